/**
 * Compile-time check (npm run typecheck), not a jest test: real office-js objects satisfy the slice of
 * the API the adapter is written against (src/excel/office-api.ts). If an office-js update or an
 * edit to office-api.ts breaks that, this file stops compiling.
 */
import type {
  ExcelRun,
  XComment,
  XNote,
  XRange,
  XRangeAreas,
  XRequestContext,
  XSetting,
  XTable,
  XTableCollection,
  XWorkbook,
  XWorksheet,
  XWorksheetFreezePanes,
} from "../../src/excel/office-api";

type Assignable<To, From extends To> = [To, From];

export type Conformance = [
  Assignable<XRequestContext, Excel.RequestContext>,
  Assignable<XWorkbook, Excel.Workbook>,
  Assignable<XWorksheet, Excel.Worksheet>,
  Assignable<XRange, Excel.Range>,
  Assignable<XRangeAreas, Excel.RangeAreas>,
  Assignable<XNote, Excel.Note>,
  Assignable<XSetting, Excel.Setting>,
  Assignable<XComment, Excel.Comment>,
  Assignable<XTable, Excel.Table>,
  Assignable<XTableCollection, Excel.TableCollection>,
  Assignable<XWorksheetFreezePanes, Excel.WorksheetFreezePanes>,
];

/** Excel.run with options fits the injectable runner. */
export const hostRunner: ExcelRun = (options, batch) =>
  options ? Excel.run(options, (ctx) => batch(ctx)) : Excel.run((ctx) => batch(ctx));
