/**
 * One row per indicator (long layout and the grid of a single-project form): 一级/二级 cells merged down
 * (or left blank below their value) continue until a new value appears; 三级/指标性质/指标值/计量单位
 * give the indicator. Headings are counted as they are met, so category-empty sees empty 二级 rows too.
 */
import type { Heading, Indicator, Level1Key, Level2Key, SkippedRow } from "../model";
import { sharedMeasureOfCells, stripLeadingNumber, withNameUnit } from "../parse";
import { labelledRecords, type RecordFields } from "../parse/labelled-record";
import { readNumbering } from "../parse/numbering";
import { normalizeText } from "../text/normalize";
import { LEVEL1_NAME, level1KeyOf, level2KeyFromName, level2KeyOf } from "../vocab/categories";
import { footerSkip, footerText, type ColumnMap } from "./row-kinds";
import { ownText, type SheetView } from "./sheet-view";

export interface IndicatorTree {
  headings: Heading[];
  indicators: Indicator[];
}

const TRAILING_COLON = /[:：]\s*$/;
const CATEGORY_WORD = /指标/;
/** A heading names a category: it ends in 指标, perhaps with an annotation (「产出指标（50分）」). */
const HEADING_END = /指标\s*(?:[(（][^()（）]*[)）])?\s*$/;

/** A 一级/二级/三级 text as written, cleaned of debris, numbering and a trailing colon. */
export function cleanLabel(text: string): string {
  const t = stripLeadingNumber(text); // trimmed: only a colon at its end is left to remove
  const last = t.charCodeAt(t.length - 1);
  return last === 0x3a || last === 0xff1a ? t.replace(TRAILING_COLON, "").trim() : t;
}

/** The row's texts joined by one space, empty ones left out. */
function joinNonEmpty(a: string, b: string, c: string, d: string): string {
  let s = a;
  if (b !== "") s = s === "" ? b : `${s} ${b}`;
  if (c !== "") s = s === "" ? c : `${s} ${c}`;
  if (d !== "") s = s === "" ? d : `${s} ${d}`;
  return s;
}

/** The texts of one indicator row, by column role. */
interface RowCells {
  l1: string;
  l2: string;
  l3: string;
  op: string;
  value: string;
  unit: string;
}

/** The category headings a labelled-record cell names before its records (「一、产出指标」「数量指标：」). */
interface RecordContext {
  l1: string | null;
  l2: string | null;
}

/**
 * The labelled records of a 三级 cell (each naming its indicator), with the headings written before
 * them in the same cell; null when the cell holds no records, or holds other text before them.
 */
function recordsIn(text: string): { context: RecordContext; records: RecordFields[] } | null {
  if (!text.includes(":") && !text.includes("：")) return null;
  const cell = labelledRecords(normalizeText(text));
  if (cell === null || cell.after.trim() !== "") return null;
  const context = headingsBefore(cell.before);
  if (context === null) return null;
  return { context, records: cell.records.map((r) => r.fields) };
}

/** The headings of the text before a cell's records, one per piece; null when a piece is no heading. */
function headingsBefore(before: string): RecordContext | null {
  const context: RecordContext = { l1: null, l2: null };
  for (const piece of before.split(/[\n;；,，。:：]/)) {
    const t = piece.trim();
    if (t === "") continue;
    const level = headingLevelOf(t);
    if (level === 0) return null;
    if (level === 1) context.l1 = cleanLabel(t);
    else context.l2 = cleanLabel(t);
  }
  return context;
}

export class IndicatorGridReader {
  private level1: { raw: string; heading: Heading } | null = null;
  private level2: { raw: string; heading: Heading } | null = null;
  private tree: IndicatorTree = { headings: [], indicators: [] };

  constructor(
    private readonly view: SheetView,
    private readonly columns: ColumnMap,
  ) {}

  /** Start a new project: the 一级/二级 context does not carry over. */
  begin(): IndicatorTree {
    this.level1 = null;
    this.level2 = null;
    this.tree = { headings: [], indicators: [] };
    return this.tree;
  }

  /** Read one grid row into the current tree; a footer row is not read and comes back with the reason. */
  readRow(row: number): SkippedRow | null {
    const { view, columns } = this;
    const first = footerText(view, row);
    if (first !== null) return footerSkip(row, first);
    const own = (c: number | undefined) => ownText(view, row, c);
    const cells: RowCells = {
      l1: own(columns.level1),
      l2: own(columns.level2),
      l3: own(columns.level3),
      op: own(columns.operator),
      value: own(columns.value),
      unit: own(columns.unit),
    };
    const records = cells.op === "" && cells.value === "" ? recordsIn(cells.l3) : null;
    if (records === null) {
      this.readCells(row, cells, false);
      return null;
    }
    // 「一级指标：…；二级指标：…；三级指标：…；指标值：…」 in the 三级 cell: each record is a row of its own,
    // its fields in place of the cells it names (the row's 一级/二级 cells stand for the fields left out).
    // A heading before the records (「一、产出指标」) stands in for the row's cells of its level and below.
    const { l1, l2 } = records.context;
    const fromHeading = l1 !== null || l2 !== null;
    if (fromHeading) {
      const none = { l3: "", op: "", value: "", unit: "" };
      this.readCells(row, { ...none, l1: l1 ?? cells.l1, l2: l2 ?? "" }, true);
    }
    for (const f of records.records) {
      this.readCells(
        row,
        {
          l1: f.level1 ?? (l1 !== null ? "" : cells.l1),
          l2: f.level2 ?? (fromHeading ? "" : cells.l2),
          l3: f.level3 ?? "",
          op: f.operator ?? "",
          value: f.value ?? "",
          unit: f.unit ?? cells.unit,
        },
        true,
      );
    }
    return null;
  }

  /** One indicator row's texts into the tree; `fromRecord`: a labelled record, not the row's own cells. */
  private readCells(row: number, cells: RowCells, fromRecord: boolean): void {
    const { view, columns } = this;
    const { l1, l2, l3, op, value, unit } = cells;
    if (columns.level2 === undefined && l1 === "" && l3 !== "" && value === "" && op === "" && unit === "") {
      const level = headingLevelOf(l3);
      if (level !== 0) {
        this.headingRow(row, level, l3);
        return;
      }
    }
    const hasIndicator = l3 !== "" || value !== "" || op !== "";
    // Footer lines (填报人：…, 备注) are not categories: read a lone 一级 cell only when it names one.
    if (!hasIndicator && l2 === "" && (l1 === "" || (!CATEGORY_WORD.test(l1) && level1KeyOf(l1) === null)))
      return;
    // The records of one cell share its row: only a new text starts a new heading there.
    const mergeTop = (col: number | undefined) => !fromRecord && this.isMergeTop(row, col);

    if (l1 !== "" && (this.level1 === null || l1 !== this.level1.raw || mergeTop(columns.level1))) {
      const text = cleanLabel(l1);
      const heading: Heading = {
        level: 1,
        text,
        key: level1KeyOf(text),
        indicatorCount: 0,
        source: view.ref(row, columns.level1!),
      };
      this.tree.headings.push(heading);
      this.level1 = { raw: l1, heading };
      this.level2 = null;
    }
    if (l2 !== "" && (this.level2 === null || l2 !== this.level2.raw || mergeTop(columns.level2))) {
      const text = cleanLabel(l2);
      const heading: Heading = {
        level: 2,
        text,
        key: level2KeyOf(text),
        level1Key: (this.level1?.heading.key as Level1Key | null | undefined) ?? null,
        indicatorCount: 0,
        source: view.ref(row, columns.level2!),
      };
      this.tree.headings.push(heading);
      this.level2 = { raw: l2, heading };
    }
    if (!hasIndicator) return;

    const h1 = this.level1?.heading;
    const h2 = this.level2?.heading;
    // fields copied below, never changed; a unit carried by the name (「受益人数(人)」) counts as written
    const measure = withNameUnit(sharedMeasureOfCells(op, value, unit), l3);
    const indicator: Indicator = {
      level1: h1?.text ?? "",
      level1Key: (h1?.key as Level1Key | null | undefined) ?? null,
      level2: h2?.text ?? "",
      level2Key: (h2?.key as Level2Key | null | undefined) ?? null,
      // 三级 left empty: the 二级 label is the only name the row has.
      name: l3 !== "" ? cleanLabel(l3) : (h2?.text ?? h1?.text ?? ""),
      operator: measure.operator,
      qualitative: measure.qualitative,
      value: measure.value,
      number: measure.number,
      unit: measure.unit,
      raw: joinNonEmpty(l3, op, value, unit),
      source: view.ref(row, columns.level3 ?? columns.value ?? columns.operator!),
    };
    if (measure.malformed) indicator.malformed = measure.malformed;
    // What kind of text a 定性 value is (a date, a grade list, prose), as the wide layout's parser says.
    if (measure.kind) indicator.valueKind = measure.kind;
    if (l3 === "" && columns.level3 !== undefined) indicator.nameFromHeading = true;
    if (columns.level2 === undefined && columns.level3 !== undefined && l3 !== "" && h2 === undefined) {
      // No 二级 column at all (grade-band and older forms): the 二级 a reviewer would file the
      // indicator under, from its name and unit; none when the name does not say.
      const inferred = level2KeyFromName(indicator.name, measure.unit);
      if (inferred !== null) {
        indicator.level2Key = inferred;
        indicator.level2FromName = true;
      }
    }
    if (columns.value !== undefined && !fromRecord) {
      const valueIsNumber = typeof view.cell(row, columns.value).value === "number";
      const valueCell = view.ref(row, columns.value);
      indicator.written = { operator: op, value, unit, valueCell, valueIsNumber };
    }
    this.tree.indicators.push(indicator);
    // Same meaning as the wide layout's parser: a 一级 heading counts everything beneath it.
    if (h2) h2.indicatorCount++;
    if (h1) h1.indicatorCount++;
  }

  /**
   * A category written as a row of its own in the name column, its value cells empty —「一、产出指标」
   * then 「（一）数量指标」 above the indicators it holds, where the grid has no 二级 column.
   */
  private headingRow(row: number, level: 1 | 2, raw: string): void {
    const text = cleanLabel(raw);
    const source = this.view.ref(row, this.columns.level3!);
    if (level === 1) {
      const heading: Heading = { level: 1, text, key: level1KeyOf(text), indicatorCount: 0, source };
      this.tree.headings.push(heading);
      this.level1 = { raw, heading };
      this.level2 = null;
      return;
    }
    const level1Key = (this.level1?.heading.key as Level1Key | null | undefined) ?? null;
    const heading: Heading = { level: 2, text, key: level2KeyOf(text), level1Key, indicatorCount: 0, source };
    this.tree.headings.push(heading);
    this.level2 = { raw, heading };
  }

  private isMergeTop(row: number, col: number | undefined): boolean {
    return col !== undefined && this.view.merges.isTallMergeTop(row, col);
  }
}

/**
 * Which heading a name cell with no value is: 一级 when numbered 「一、」 (or, unnumbered, when it names
 * a 一级 category itself), 二级 when numbered 「（一）」 or naming a 二级 category; 0 for anything else,
 * an indicator left without a value included.
 */
function headingLevelOf(text: string): 0 | 1 | 2 {
  const numbering = readNumbering(normalizeText(text).trim());
  const body = cleanLabel(text);
  if (!HEADING_END.test(body)) return 0;
  const l1 = level1KeyOf(body);
  const l2 = level2KeyOf(body);
  if (numbering.kind === "chinese") return l1 !== null ? 1 : 0;
  if (numbering.kind === "chineseParen") return l2 !== null ? 2 : 0;
  if (l1 !== null && LEVEL1_NAMES.has(body.replace(/\s+/g, ""))) return 1;
  return l2 !== null ? 2 : 0;
}
const LEVEL1_NAMES: ReadonlySet<string> = new Set(Object.values(LEVEL1_NAME));
