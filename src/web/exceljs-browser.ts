/**
 * exceljs in the browser: its own browser build (package.json "browser" field → dist/exceljs.min.js),
 * loaded on first use. The merged-cell shim of the CLI is not installed: it targets exceljs's Node
 * sources, and the browser build is fast enough for the sheets a person opens by hand.
 */
import type ExcelJS from "exceljs";

export type ExcelJSModule = typeof ExcelJS;

let loading: Promise<ExcelJSModule> | undefined;

export function loadBrowserExcelJS(): Promise<ExcelJSModule> {
  loading ??= import("exceljs").then(
    (m) => ((m as { default?: ExcelJSModule }).default ?? m) as ExcelJSModule,
  );
  return loading;
}
