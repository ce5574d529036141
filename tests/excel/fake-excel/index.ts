export { FakeExcel, FakeExcelError, type FakeStats } from "./fake-excel";
export * from "./workbook-data";
export { workbookSnapshot } from "./snapshot";
