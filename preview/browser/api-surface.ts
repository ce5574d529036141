/**
 * The slice of the Excel JavaScript API the stand-in host offers: every object type the adapter
 * (src/excel/office-api.ts) reaches, each member with the ExcelApi requirement set it needs. A member
 * not listed here throws "not implemented"; a listed one needing a newer set than the host is configured
 * for throws ApiNotFound, as Excel does for an API it does not have. Sources: Microsoft's Excel
 * JavaScript API reference (requirement set per member).
 *
 * Each type's list is checked against the adapter's interface at compile time: a member the adapter
 * adds to office-api.ts fails this file until it is listed here with its set.
 */
import type {
  XClientResult,
  XComment,
  XCommentCollection,
  XNote,
  XNoteCollection,
  XRange,
  XRangeAreas,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XRequestContext,
  XSetting,
  XSettingCollection,
  XTable,
  XTableCollection,
  XWorkbook,
  XWorkbookProtection,
  XWorksheet,
  XWorksheetCollection,
  XWorksheetFreezePanes,
  XWorksheetProtection,
} from "../../src/excel/office-api";

export type MemberKind = "prop" | "method" | "list";

export interface Member {
  kind: MemberKind;
  /** The object type a prop or method returns (wrapped in turn), or the item type of a list. */
  type?: string;
  /** The ExcelApi set it needs; 1.1 when absent. */
  set?: string;
  /** A prop the adapter may assign. */
  settable?: boolean;
  /** The set assigning it needs, when newer than reading it. */
  writeSet?: string;
}

const prop = (type?: string, set?: string): Member => ({ kind: "prop", type, set });
const settable = (set?: string): Member => ({ kind: "prop", set, settable: true });
const method = (type?: string, set?: string): Member => ({ kind: "method", type, set });
const list = (type: string, set?: string): Member => ({ kind: "list", type, set });

const loadable = { isNullObject: prop(), load: method() };

/** Exactly the members of the adapter's interface T. */
const of = <T>(members: Record<Extract<keyof T, string>, Member>): Record<string, Member> => members;

export const API_SURFACE: Record<string, Record<string, Member>> = {
  RequestContext: of<XRequestContext>({ workbook: prop("Workbook"), sync: method() }),
  Workbook: of<XWorkbook>({
    load: method(),
    name: prop(undefined, "1.7"),
    getActiveCell: method("Range", "1.7"),
    worksheets: prop("WorksheetCollection"),
    settings: prop("SettingCollection", "1.4"),
    comments: prop("CommentCollection", "1.10"),
    notes: prop("NoteCollection", "1.18"),
    protection: prop("WorkbookProtection", "1.7"),
  }),
  WorkbookProtection: of<XWorkbookProtection>({ load: method(), protected: prop() }),
  WorksheetCollection: of<XWorksheetCollection>({
    load: method(),
    items: list("Worksheet"),
    getItem: method("Worksheet"),
    add: method("Worksheet"),
    getActiveWorksheet: method("Worksheet"),
  }),
  Worksheet: of<XWorksheet>({
    ...loadable,
    name: prop(),
    visibility: { kind: "prop", settable: true, writeSet: "1.2" },
    protection: prop("WorksheetProtection", "1.2"),
    notes: prop("NoteCollection", "1.18"),
    getUsedRange: method("Range"),
    getRange: method("Range"),
    getRanges: method("RangeAreas", "1.9"),
    tables: prop("TableCollection"),
    freezePanes: prop("WorksheetFreezePanes", "1.7"),
    activate: method(),
    delete: method(),
  }),
  WorksheetFreezePanes: of<XWorksheetFreezePanes>({ freezeRows: method(undefined, "1.7") }),
  TableCollection: of<XTableCollection>({ add: method("Table") }),
  Table: of<XTable>({ name: settable(), style: settable() }),
  WorksheetProtection: of<XWorksheetProtection>({ load: method(), protected: prop() }),
  Range: of<XRange>({
    ...loadable,
    address: prop(),
    rowIndex: prop(),
    columnIndex: prop(),
    rowCount: prop(),
    columnCount: prop(),
    values: settable(),
    text: prop(),
    formulas: prop(),
    numberFormat: settable(),
    hyperlink: settable("1.7"),
    format: prop("RangeFormat"),
    getIntersectionOrNullObject: method("Range", "1.4"),
    getMergedAreasOrNullObject: method("RangeAreas", "1.13"),
    getCellProperties: method("ClientResult", "1.9"),
    setCellProperties: method(undefined, "1.9"),
    copyFrom: method(undefined, "1.9"),
    select: method(),
    insert: method("Range"),
    delete: method(),
    merge: method(undefined, "1.2"),
    unmerge: method(undefined, "1.2"),
  }),
  RangeAreas: of<XRangeAreas>({ ...loadable, address: prop(), format: prop("RangeFormat") }),
  RangeFormat: of<XRangeFormat>({
    fill: prop("RangeFill"),
    font: prop("RangeFont"),
    columnWidth: settable("1.2"),
  }),
  RangeFill: of<XRangeFill>({
    color: settable(),
    pattern: settable("1.9"),
    tintAndShade: settable("1.9"),
    patternColor: settable("1.9"),
    clear: method(),
  }),
  RangeFont: of<XRangeFont>({ color: settable(), bold: settable() }),
  ClientResult: of<XClientResult<unknown>>({ value: prop() }),
  NoteCollection: of<XNoteCollection>({
    load: method(),
    items: list("Note"),
    add: method("Note"),
    getItem: method("Note"),
    getItemOrNullObject: method("Note"),
  }),
  Note: of<XNote>({ ...loadable, content: settable(), delete: method(), getLocation: method("Range") }),
  SettingCollection: of<XSettingCollection>({
    load: method(),
    items: list("Setting"),
    add: method(),
    getItem: method("Setting"),
    getItemOrNullObject: method("Setting"),
  }),
  Setting: of<XSetting>({ ...loadable, key: prop(), value: prop(), delete: method() }),
  CommentCollection: of<XCommentCollection>({
    load: method(),
    items: list("Comment"),
    add: method("Comment"),
    getItem: method("Comment"),
  }),
  Comment: of<XComment>({
    load: method(),
    id: prop(),
    content: settable(),
    getLocation: method("Range"),
    delete: method(),
  }),
};

/** Whether the set `need` ("1.18") is within `max` ("1.20"). */
export function setWithin(need: string, max: string): boolean {
  const [a, b] = need.split(".").map(Number);
  const [x, y] = max.split(".").map(Number);
  return a < x || (a === x && b <= y);
}
