/**
 * Fast lookup of merged areas: which merge (if any) covers a cell, and where its top-left (the only cell
 * holding the value) sits. Built once per sheet; detection asks it for many cells, so merges are listed
 * per row (a row holds only a few) instead of per cell.
 */
import type { CellRange, Sheet } from "./grid";

export class MergeIndex {
  /** byRow[row - firstRow]: the merges that include that row. */
  private readonly byRow: (CellRange[] | undefined)[] = [];
  private readonly firstRow: number;

  constructor(merges: readonly CellRange[]) {
    let first = Infinity;
    for (const m of merges) if (m.top < first) first = m.top;
    this.firstRow = merges.length > 0 ? first : 0;
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const i = r - this.firstRow;
        const list = this.byRow[i];
        if (list) list.push(m);
        else this.byRow[i] = [m];
      }
    }
  }

  static of(sheet: Sheet): MergeIndex {
    return new MergeIndex(sheet.merges);
  }

  /** The merged area covering (row, col), or null when the cell is not merged. */
  mergeAt(row: number, col: number): CellRange | null {
    const list = this.byRow[row - this.firstRow];
    if (list === undefined) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  /** The top-left cell of the merge covering (row, col); the cell itself when it is not merged. */
  anchorOf(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** True when the cell lies inside a merge but is not its top-left cell (it shows the anchor's value). */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  }

  /** True when the cell is the top-left of a merge spanning more than one row. */
  isTallMergeTop(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== null && m.top === row && m.left === col && m.bottom > m.top;
  }
}
