/**
 * A form's indicator grid in several blocks, each under its own copy of the header: a page break that
 * repeats the header, or one block per period (长期绩效指标 above 年度绩效指标, each labelled in a merged
 * cell beside it or on a row above it). Without this, the second block reads as a table of its own with
 * no project name and is dropped. A block joins the form above it when it follows within a few rows, has
 * the same columns, and nothing above its header but a period label.
 */
import { periodOfLabel, type Period } from "../vocab/periods";
import { readFormLabels } from "./form-labels";
import type { TableSpan } from "./regions";
import { cellText, type SheetView } from "./sheet-view";

/** The data rows of one block (inclusive), and the period its label names. */
export interface IndicatorBlock {
  from: number;
  to: number;
  period: Period | null;
}

/** At most this many rows between one block's last row and the next block's header. */
const MAX_GAP_ROWS = 3;

export function joinContinuedBlocks(view: SheetView, spans: readonly TableSpan[]): TableSpan[] {
  const out: TableSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && continues(view, prev, span)) {
      out[out.length - 1] = {
        ...prev,
        dataEnd: span.dataEnd,
        blocks: [...blocksOf(view, prev), ownBlock(view, span)],
      };
    } else out.push(span);
  }
  return out;
}

/** The blocks whose indicators are checked, and what the reading says about the others. */
export function blocksToRead(blocks: readonly IndicatorBlock[]): { read: IndicatorBlock[]; note: string } {
  const annual = blocks.filter((b) => b.period === "annual");
  const mid = blocks.filter((b) => b.period === "mid");
  if (annual.length > 0 && mid.length > 0) {
    return {
      read: annual,
      note:
        `指标按期分块填列：${rowsText(mid)}为中长期绩效指标，${rowsText(annual)}为年度绩效指标。` +
        `按年度绩效指标检查；中长期绩效指标未逐条检查。`,
    };
  }
  // b.from - 1 is the repeated header's last row (0-based), so b.from is its 1-based number.
  const later = blocks.slice(1).map((b) => `第${b.from}行`);
  return {
    read: [...blocks],
    note: `${later.join("、")}又出现了指标表头（如分页打印时每页重复的表头），其下的指标与上方的作为同一项目一并检查。`,
  };
}

function rowsText(blocks: readonly IndicatorBlock[]): string {
  return blocks.map((b) => `第${b.from + 1}–${b.to + 1}行`).join("、");
}

function continues(view: SheetView, prev: TableSpan, span: TableSpan): boolean {
  const a = prev.header;
  const b = span.header;
  if (a.kind !== "grid" || b.kind !== "grid" || !sameColumns(a.columns, b.columns)) return false;
  if (span.regionTop - prev.dataEnd > MAX_GAP_ROWS) return false;
  if (readFormLabels(view, span.regionTop, b.top).name) return false;
  // Above the header only empty rows or a period label: any other text begins a table of its own.
  for (let r = span.regionTop; r < b.top; r++) {
    for (const cell of view.rowCells(r)) {
      const t = cell ? cellText(cell) : "";
      if (t !== "" && periodOfLabel(t) === null) return false;
    }
  }
  return true;
}

function sameColumns(a: TableSpan["header"]["columns"], b: TableSpan["header"]["columns"]): boolean {
  const roles = Object.keys(a) as (keyof typeof a)[];
  if (roles.length === 0 || roles.length !== Object.keys(b).length) return false;
  return roles.every((role) => a[role] === b[role]);
}

function blocksOf(view: SheetView, span: TableSpan): IndicatorBlock[] {
  return span.blocks ? [...span.blocks] : [ownBlock(view, span)];
}

function ownBlock(view: SheetView, span: TableSpan): IndicatorBlock {
  return { from: span.header.bottom + 1, to: span.dataEnd, period: periodOf(view, span) };
}

/** A period label in a cell left of the header's first column (merged down the block), or just above it. */
function periodOf(view: SheetView, span: TableSpan): Period | null {
  const { header } = span;
  const first = Math.min(...Object.values(header.columns));
  for (let c = view.colStart; c < first; c++) {
    const p = periodOfLabel(view.shownText(header.top, c));
    if (p) return p;
  }
  if (header.top - 1 < view.rowStart) return null;
  for (const cell of view.rowCells(header.top - 1)) {
    const p = cell ? periodOfLabel(cellText(cell)) : null;
    if (p) return p;
  }
  return null;
}
