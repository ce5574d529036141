/**
 * A fix for one quadratic step of exceljs 4.4.0 (pinned in package.json), installed on its Worksheet
 * prototype once, before the CLI reads or marks a workbook.
 *
 * Why: `Worksheet.prototype._mergeCellsInternal` (node_modules/exceljs/lib/doc/worksheet.js) checks a
 * new merged area against every merged area already on the sheet. Loading a sheet calls it once per
 * <mergeCell>, so a long-layout table (one merged column per project, tens of thousands of merged
 * areas) takes minutes to open.
 *
 * What: the same method, step for step, except that the overlap check looks up the cells of the new
 * area in an index (cell → master address of the merged area covering it) instead of scanning every
 * area. It still throws exceljs's own error on a real overlap, still merges every other cell of the
 * area into its top-left master, and still records the area in `worksheet._merges` under the master's
 * address. The index belongs to one `_merges` object; merged areas removed later (unMergeCells) leave
 * stale entries, which are recognised because the address no longer maps to an area that intersects.
 * Areas with a sheet name (never produced by reading a file) are compared by name in exceljs, which a
 * cell index cannot do: such a sheet goes back to the original scan for good.
 *
 * Safety: the shim installs only when the method's source is exactly the 4.4.0 one below; any other
 * version keeps plain exceljs (correct, only slow on sheets with very many merged areas).
 */
import type ExcelJS from "exceljs";

/** The exceljs version whose `_mergeCellsInternal` this replaces. */
export const SHIMMED_EXCELJS_VERSION = "4.4.0";

/** exceljs 4.4.0's method, comments removed and whitespace collapsed. */
const EXPECTED_SOURCE =
  "_mergeCellsInternal(dimensions, ignoreStyle) { _.each(this._merges, merge => { if (merge.intersects(dimensions)) { throw new Error('Cannot merge already merged cells'); } }); const master = this.getCell(dimensions.top, dimensions.left); for (let i = dimensions.top; i <= dimensions.bottom; i++) { for (let j = dimensions.left; j <= dimensions.right; j++) { if (i > dimensions.top || j > dimensions.left) { this.getCell(i, j).merge(master, ignoreStyle); } } } this._merges[master.address] = dimensions; }";

/** The parts of exceljs's Range this code touches (1-based, inclusive). */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  sheetName?: string;
  intersects(other: MergeRange): boolean;
}

interface MergeCell {
  address: string;
  merge(master: MergeCell, ignoreStyle?: boolean): void;
}

/** The internals of exceljs's Worksheet that the method uses. */
interface WorksheetInternals {
  _merges: Record<string, MergeRange>;
  getCell(row: number, col: number): MergeCell;
  _mergeCellsInternal(dimensions: MergeRange, ignoreStyle?: boolean): void;
}

type MergeMethod = WorksheetInternals["_mergeCellsInternal"];

export type MergeShimStatus = "installed" | "already-installed" | "refused";

/**
 * Marks the installed method (so a second install, or a second copy of this module, is a no-op) and
 * keeps the method it replaced (for uninstallMergeShim).
 */
const SHIM_MARK = Symbol.for("jixiao.exceljsMergeShim");

/** Above Excel's 16,384 columns, so row * COLS + col is unique per cell. */
const COLS = 16_385;

/** cell key → address of the master of the merged area that covered it when it was added. */
type CoverIndex = Map<number, string>;

/** One index per `_merges` object; null when that sheet has to use the original scan. */
const indexes = new WeakMap<object, CoverIndex | null>();

/** The original method an installed shim replaced, or undefined when `fn` is not the shim. */
function replacedBy(fn: unknown): MergeMethod | undefined {
  if (typeof fn !== "function") return undefined;
  return (fn as unknown as Record<symbol, MergeMethod | undefined>)[SHIM_MARK];
}

function normalizedSource(fn: unknown): string {
  return typeof fn === "function"
    ? fn
        .toString()
        .replace(/\/\/[^\n]*/g, "")
        .replace(/\s+/g, " ")
        .trim()
    : "";
}

function cover(index: CoverIndex, range: MergeRange, master: string): void {
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) index.set(r * COLS + c, master);
  }
}

/** The index of a sheet's merged areas, built from what is already there on first use. */
function indexFor(merges: Record<string, MergeRange>): CoverIndex | null {
  const known = indexes.get(merges);
  if (known !== undefined) return known;
  let index: CoverIndex | null = new Map();
  for (const [master, range] of Object.entries(merges)) {
    if (range.sheetName) {
      index = null;
      break;
    }
    cover(index, range, master);
  }
  indexes.set(merges, index);
  return index;
}

function makeIndexedMerge(original: MergeMethod): MergeMethod {
  const indexed = function (this: WorksheetInternals, dimensions: MergeRange, ignoreStyle?: boolean): void {
    const merges = this._merges;
    const index = indexFor(merges);
    if (index === null || dimensions.sheetName) {
      indexes.set(merges, null);
      original.call(this, dimensions, ignoreStyle);
      return;
    }
    // check cells aren't already merged (only the areas that cover one of the new area's cells)
    for (let r = dimensions.top; r <= dimensions.bottom; r++) {
      for (let c = dimensions.left; c <= dimensions.right; c++) {
        const address = index.get(r * COLS + c);
        const existing = address === undefined ? undefined : merges[address];
        if (existing && existing.intersects(dimensions)) throw new Error("Cannot merge already merged cells");
      }
    }
    // apply merge, exactly as exceljs does
    const master = this.getCell(dimensions.top, dimensions.left);
    for (let i = dimensions.top; i <= dimensions.bottom; i++) {
      for (let j = dimensions.left; j <= dimensions.right; j++) {
        if (i > dimensions.top || j > dimensions.left) this.getCell(i, j).merge(master, ignoreStyle);
      }
    }
    merges[master.address] = dimensions;
    cover(index, dimensions, master.address);
  };
  Object.defineProperty(indexed, SHIM_MARK, { value: original });
  return indexed;
}

/**
 * Install the indexed merge check on exceljs's Worksheet prototype. Returns "refused" (and changes
 * nothing) when the method is not the exceljs 4.4.0 one this was written against.
 */
export function installMergeShim(excel: Pick<typeof ExcelJS, "Workbook">): MergeShimStatus {
  const probe = new excel.Workbook().addWorksheet("probe") as unknown as Partial<WorksheetInternals>;
  const proto = Object.getPrototypeOf(probe) as Partial<WorksheetInternals>;
  const current = proto._mergeCellsInternal;
  if (replacedBy(current)) return "already-installed";
  const shapeOk =
    typeof current === "function" &&
    normalizedSource(current) === EXPECTED_SOURCE &&
    typeof proto.getCell === "function" &&
    probe._merges !== null &&
    typeof probe._merges === "object" &&
    Object.getPrototypeOf(probe._merges) === Object.prototype;
  if (!shapeOk || !current) return "refused";
  proto._mergeCellsInternal = makeIndexedMerge(current);
  return "installed";
}

/** Put exceljs's own method back (tests compare both). Returns false when the shim was not installed. */
export function uninstallMergeShim(excel: Pick<typeof ExcelJS, "Workbook">): boolean {
  const proto = Object.getPrototypeOf(
    new excel.Workbook().addWorksheet("probe"),
  ) as Partial<WorksheetInternals>;
  const original = replacedBy(proto._mergeCellsInternal);
  if (!original) return false;
  proto._mergeCellsInternal = original;
  return true;
}
