/**
 * One workbook shown read-only: sheet tabs and the active sheet as a table with row and column
 * headings, merged areas, hidden rows (shown dimmed: they are checked too), the marks (fill by worst
 * severity, the findings as a tooltip) and the selected cell. Very long sheets show a window of rows
 * around the selection. Cell text goes in as text, never as markup.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { columnLetters, sheetBounds, toA1, type Cell, type CellRange, type Sheet } from "../core/grid";
import type { CellMark } from "../core/report/marks";

/** Rows drawn at once; a longer sheet shows this many around the selected cell. */
export const WINDOW_ROWS = 400;
const MAX_COLS = 60;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, flex: 1 },
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    gap: "2px",
    padding: "4px 4px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  tab: {
    font: "inherit",
    padding: "4px 12px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: "none",
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    borderRadius: "4px 4px 0 0",
  },
  tabActive: { background: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflow: "auto", flex: 1, minHeight: 0, position: "relative" },
  table: {
    borderCollapse: "collapse",
    fontSize: "12px",
    lineHeight: "16px",
    color: "#000",
    background: "#fff",
    tableLayout: "auto",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    background: "#f3f3f3",
    color: "#424242",
    fontWeight: "normal",
    border: "1px solid #d1d1d1",
    padding: "0 4px",
    minWidth: "32px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    background: "#f3f3f3",
    color: "#424242",
    fontWeight: "normal",
    border: "1px solid #d1d1d1",
    padding: "0 4px",
    textAlign: "right",
  },
  hiddenRow: { opacity: 0.55 },
  cell: {
    border: "1px solid #e0e0e0",
    padding: "2px 4px",
    verticalAlign: "top",
    maxWidth: "360px",
    minWidth: "24px",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    cursor: "cell",
  },
  cellText: { maxHeight: "160px", overflow: "hidden" },
  error: { background: "#FFC7CE" },
  warning: { background: "#FFEB9C" },
  info: { boxShadow: "inset 3px 0 0 #0f6cbd" },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
  note: { color: tokens.colorNeutralForeground3, padding: "4px 8px", margin: 0 },
});

export interface GridViewProps {
  sheets: readonly Sheet[];
  activeSheet: string;
  marks: readonly CellMark[];
  selected: { row: number; col: number } | null;
  /** Bumped on every selection from the pane: the grid scrolls to the cell again. */
  revealKey: number;
  onPickSheet(name: string): void;
  onSelectCell(row: number, col: number): void;
}

function shown(cell: Cell | undefined): string {
  return cell ? cell.text : "";
}

export function GridView(p: GridViewProps) {
  const styles = useStyles();
  const sheet = p.sheets.find((s) => s.name === p.activeSheet) ?? p.sheets[0];
  const scroller = useRef<HTMLDivElement>(null);

  const layout = useMemo(() => {
    if (!sheet) return null;
    const { rowEnd, colEnd } = sheetBounds(sheet);
    const rows = Math.max(rowEnd, 1);
    const cols = Math.min(Math.max(colEnd, 1), MAX_COLS);
    const covered = new Set<number>();
    const spans = new Map<number, CellRange>();
    const key = (r: number, c: number) => r * MAX_COLS * 4 + c;
    for (const m of sheet.merges) {
      spans.set(key(m.top, m.left), m);
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= Math.min(m.right, cols - 1); c++)
          if (r !== m.top || c !== m.left) covered.add(key(r, c));
    }
    return { rows, cols, covered, spans, key, hidden: new Set(sheet.hiddenRows ?? []) };
  }, [sheet]);

  const marks = useMemo(() => {
    const byCell = new Map<string, CellMark>();
    if (sheet) for (const m of p.marks) if (m.sheet === sheet.name) byCell.set(m.cell, m);
    return byCell;
  }, [p.marks, sheet]);

  useEffect(() => {
    const el = scroller.current?.querySelector<HTMLElement>("td[data-selected='true']");
    el?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [p.revealKey, p.activeSheet]);

  if (!sheet || !layout) return <p className={styles.note}>这个工作簿中没有工作表。</p>;

  const { rows, cols, covered, spans, key, hidden } = layout;
  const sel = p.selected;
  let first = 0;
  if (rows > WINDOW_ROWS && sel) first = Math.max(0, Math.min(sel.row - WINDOW_ROWS / 2, rows - WINDOW_ROWS));
  const last = Math.min(rows, first + WINDOW_ROWS);

  const body = [];
  for (let r = first; r < last; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) {
      const k = key(r, c);
      // A merged area that starts above the window is drawn from the window's first row.
      if (covered.has(k) && !(r === first && startsAbove(sheet, r, c))) continue;
      const span = spans.get(k) ?? (r === first ? startsAbove(sheet, r, c) : undefined);
      const address = toA1(span ? span.top : r, span ? span.left : c);
      const mark = marks.get(address);
      const isSelected =
        sel !== null &&
        (span ? span.top === sel.row && span.left === sel.col : r === sel.row && c === sel.col);
      const cell =
        sheet.rows[(span ? span.top : r) - sheet.originRow]?.[(span ? span.left : c) - sheet.originCol];
      cells.push(
        <td
          key={c}
          data-address={address}
          data-selected={isSelected ? "true" : undefined}
          data-mark={mark?.severity}
          rowSpan={span ? Math.min(span.bottom, last - 1) - r + 1 : undefined}
          colSpan={span ? Math.min(span.right, cols - 1) - c + 1 : undefined}
          title={mark?.note}
          className={mergeClasses(styles.cell, mark && styles[mark.severity], isSelected && styles.selected)}
          onClick={() => p.onSelectCell(span ? span.top : r, span ? span.left : c)}
        >
          <div className={styles.cellText}>{shown(cell)}</div>
        </td>,
      );
    }
    body.push(
      <tr key={r} className={hidden.has(r) ? styles.hiddenRow : undefined}>
        <th scope="row" className={styles.rowHead} title={hidden.has(r) ? "隐藏行（同样检查）" : undefined}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <section className={styles.root} aria-label="工作表">
      <div className={styles.tabs} role="tablist" aria-label="工作表">
        {p.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === sheet}
            className={mergeClasses(styles.tab, s === sheet && styles.tabActive)}
            onClick={() => p.onPickSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div
        ref={scroller}
        className={styles.scroll}
        // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={`工作表「${sheet.name}」的单元格（只读）`}
      >
        <table className={styles.table} aria-label={`工作表「${sheet.name}」`}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {(first > 0 || last < rows) && (
        <p className={styles.note}>
          显示第 {first + 1}–{last} 行（共 {rows} 行）；点击右侧的问题可跳到其他行。
        </p>
      )}
    </section>
  );
}

/** The merged area covering (r, c) that starts above row r, if any. */
function startsAbove(sheet: Sheet, r: number, c: number): CellRange | undefined {
  return sheet.merges.find((m) => m.top < r && m.bottom >= r && m.left === c);
}
