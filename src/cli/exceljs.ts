/**
 * The one place the CLI loads exceljs: on first use (it takes about half a second to load, which
 * `jixiao --help` should not pay), with the merged-cell shim installed before any workbook is read.
 */
import type ExcelJS from "exceljs";
import { installMergeShim, type MergeShimStatus } from "./exceljs-merge-shim";

export type ExcelJSModule = typeof ExcelJS;

let loading: Promise<{ excel: ExcelJSModule; shim: MergeShimStatus }> | undefined;

async function load(): Promise<{ excel: ExcelJSModule; shim: MergeShimStatus }> {
  const excel = (await import("exceljs")) as ExcelJSModule;
  return { excel, shim: installMergeShim(excel) };
}

/** exceljs, with the merge shim installed (or refused, for a version it was not written for). */
export async function loadExcelJS(): Promise<ExcelJSModule> {
  loading ??= load();
  return (await loading).excel;
}

/** Whether the shim is active ("refused" means plain exceljs: correct, slow on many merged areas). */
export async function mergeShimStatus(): Promise<MergeShimStatus> {
  loading ??= load();
  return (await loading).shim;
}
