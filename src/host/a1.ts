/**
 * A1 addresses as the Excel API writes and wants them: sheet-qualified locations, comma lists of areas
 * for RangeAreas (split well below the lengths at which Excel starts failing), vertical runs merged.
 */
import { parseA1, rangeToA1, toA1, type CellRange } from "../core/grid";

/** Long RangeAreas addresses fail near 8,000 characters / 500 areas in Excel: stay well below. */
export const MAX_ADDRESS_CHARS = 6000;
export const MAX_AREAS = 400;

/** "$b$5" → "B5"; null when it is not a single-cell address. */
export function normalizeCell(address: string): string | null {
  const p = parseA1(address);
  return p ? toA1(p.row, p.col) : null;
}

/** A sheet name quoted for use in an address: 'My Sheet'!A1 (quoting is always allowed). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const AREA =
  /(?:(?:'(?:[^']|'')*'|[^'!,\s][^'!,]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?/g;

/** Areas of an address list such as "Sheet1!A1:B2, 'a,b'!C3"; sheet prefixes are dropped. */
export function parseAreaList(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const a = parseA1(m[1]);
    const b = m[2] ? parseA1(m[2]) : a;
    if (!a || !b) continue;
    out.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return out;
}

/** The sheet and cell of a sheet-qualified single-cell address ("'My Sheet'!B5", "Sheet1!$B$5"). */
export function splitSheetAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = normalizeCell(address.slice(bang + 1).split(":")[0]);
  return cell ? { sheet, cell } : null;
}

/** Cells as few areas as possible without effort: vertical runs in a column become "B5:B9". */
export function cellsToAreas(cells: readonly string[]): string[] {
  return cellsToRanges(cells).map(rangeToA1);
}

/** The same runs as ranges. */
export function cellsToRanges(cells: readonly string[]): CellRange[] {
  const pos = cells
    .map(parseA1)
    .filter((p): p is { row: number; col: number } => p !== null)
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const ranges: CellRange[] = [];
  let i = 0;
  while (i < pos.length) {
    const start = pos[i];
    let end = start;
    while (i + 1 < pos.length && pos[i + 1].col === start.col && pos[i + 1].row <= end.row + 1)
      end = pos[++i];
    ranges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
    i++;
  }
  return ranges;
}

/** Comma lists for worksheet.getRanges, each under MAX_ADDRESS_CHARS characters and MAX_AREAS areas. */
export function chunkAreas(
  areas: readonly string[],
  maxChars = MAX_ADDRESS_CHARS,
  maxAreas = MAX_AREAS,
): string[] {
  const chunks: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of areas) {
    if (cur.length > 0 && (len + 1 + a.length > maxChars || cur.length >= maxAreas)) {
      chunks.push(cur.join(","));
      cur = [];
      len = 0;
    }
    len += (cur.length ? 1 : 0) + a.length;
    cur.push(a);
  }
  if (cur.length) chunks.push(cur.join(","));
  return chunks;
}
