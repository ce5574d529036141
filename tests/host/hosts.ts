/**
 * The hosts the gateway contract runs on: Excel (the fake Excel, ExcelApi 1.20: marks note with notes)
 * and WPS 表格 (the fake WPS: marks note with 批注, which are the same notes in the shared in-memory
 * workbook). Each `open` is a fresh gateway on the workbook — as when the file is opened again.
 */
import { createExcelGateway } from "../../src/excel/excel-gateway";
import type { WorkbookGateway } from "../../src/host/gateway";
import { createWpsGateway } from "../../src/wps/wps-gateway";
import { ADDIN_SHEET_PREFIX } from "../../src/core/grid";
import { FakeExcel, workbookSnapshot, type FakeWorkbookData } from "../excel/fake-excel";
import { upTo } from "../excel/helpers";
import { FakeWps } from "../wps/fake-wps/fake-wps";

export interface Host {
  name: string;
  open(data: FakeWorkbookData): WorkbookGateway;
}

export const HOSTS: readonly Host[] = [
  {
    name: "Excel",
    open: (data) => {
      const excel = new FakeExcel(data);
      return createExcelGateway({ run: (o, b) => excel.run(o, b), isSetSupported: upTo("1.20") });
    },
  },
  { name: "WPS 表格", open: (data) => createWpsGateway({ app: new FakeWps(data) }) },
];

/** For describe.each: [name, host]. */
export const EACH_HOST = HOSTS.map((h) => [h.name, h] as const);

/**
 * What the user sees of the workbook: its snapshot without the add-in's own storage (Excel's workbook
 * settings, the very hidden sheets of either host), to compare hosts and before/after.
 */
export function userSnapshot(data: FakeWorkbookData): unknown {
  const s = workbookSnapshot(data) as { sheets: { name: string }[]; settings: unknown };
  return { ...s, sheets: s.sheets.filter((x) => !x.name.startsWith(ADDIN_SHEET_PREFIX)), settings: null };
}
