export { FakeExcel, FakeExcelError, type FakeStats, type PayloadLimit } from "./fake-excel";
export * from "./workbook-data";
export { workbookSnapshot } from "./snapshot";
