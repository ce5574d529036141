/**
 * The slice of the Excel JavaScript API the stand-in host offers: every object type the adapter
 * (src/excel/office-api.ts) reaches, each member with the ExcelApi requirement set it needs. A member
 * not listed here throws "not implemented"; a listed one needing a newer set than the host is configured
 * for throws ApiNotFound, as Excel does for an API it does not have. Sources: Microsoft's Excel
 * JavaScript API reference (requirement set per member) and TOOLCHAIN-NOTES.
 */

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

export const API_SURFACE: Record<string, Record<string, Member>> = {
  RequestContext: { workbook: prop("Workbook"), sync: method() },
  Workbook: {
    load: method(),
    name: prop(undefined, "1.7"),
    worksheets: prop("WorksheetCollection"),
    settings: prop("SettingCollection", "1.4"),
    comments: prop("CommentCollection", "1.10"),
    notes: prop("NoteCollection", "1.18"),
    protection: prop("WorkbookProtection", "1.7"),
  },
  WorkbookProtection: { load: method(), protected: prop() },
  WorksheetCollection: { load: method(), items: list("Worksheet"), getItem: method("Worksheet"), add: method("Worksheet") },
  Worksheet: {
    ...loadable,
    name: prop(),
    visibility: { kind: "prop", settable: true, writeSet: "1.2" },
    protection: prop("WorksheetProtection", "1.2"),
    notes: prop("NoteCollection", "1.18"),
    getUsedRange: method("Range"),
    getRange: method("Range"),
    getRanges: method("RangeAreas", "1.9"),
    activate: method(),
    delete: method(),
  },
  WorksheetProtection: { load: method(), protected: prop() },
  Range: {
    ...loadable,
    address: prop(),
    rowIndex: prop(),
    columnIndex: prop(),
    rowCount: prop(),
    columnCount: prop(),
    values: prop(),
    text: prop(),
    formulas: prop(),
    numberFormat: prop(),
    format: prop("RangeFormat"),
    getIntersectionOrNullObject: method("Range", "1.4"),
    getMergedAreasOrNullObject: method("RangeAreas", "1.13"),
    getCellProperties: method("ClientResult", "1.9"),
    setCellProperties: method(undefined, "1.9"),
    copyFrom: method(undefined, "1.9"),
    select: method(),
  },
  RangeAreas: { ...loadable, address: prop(), format: prop("RangeFormat") },
  RangeFormat: { fill: prop("RangeFill"), font: prop("RangeFont") },
  RangeFill: {
    color: settable(),
    pattern: settable("1.9"),
    tintAndShade: settable("1.9"),
    patternColor: settable("1.9"),
    clear: method(),
  },
  RangeFont: { color: settable() },
  ClientResult: { value: prop() },
  NoteCollection: {
    load: method(),
    items: list("Note"),
    add: method("Note"),
    getItem: method("Note"),
    getItemOrNullObject: method("Note"),
  },
  Note: { ...loadable, content: settable(), delete: method(), getLocation: method("Range") },
  SettingCollection: {
    load: method(),
    items: list("Setting"),
    add: method(),
    getItem: method("Setting"),
    getItemOrNullObject: method("Setting"),
  },
  Setting: { ...loadable, key: prop(), value: prop(), delete: method() },
  CommentCollection: { load: method(), items: list("Comment"), add: method("Comment"), getItem: method("Comment") },
  Comment: { load: method(), id: prop(), content: settable(), getLocation: method("Range"), delete: method() },
};

/** Whether the set `need` ("1.18") is within `max` ("1.20"). */
export function setWithin(need: string, max: string): boolean {
  const [a, b] = need.split(".").map(Number);
  const [x, y] = max.split(".").map(Number);
  return a < x || (a === x && b <= y);
}
