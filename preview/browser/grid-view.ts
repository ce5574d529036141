/**
 * The preview's picture of the workbook: sheet tabs and an HTML table of the active sheet with each
 * cell's text, fill, font colour and a corner marker for a note or comment (its text as a tooltip).
 * Cell text is set as textContent, never as markup. Rendered again after every sync that wrote. A click
 * on a cell selects it (a merged block: its top-left cell), as in Excel, so the pane's flows that read
 * the active cell can be tried by hand.
 */
import { columnLetters, parseA1, toA1, type CellRange } from "../../src/core/grid";
import {
  COLS,
  DEFAULT_FONT,
  key,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookData,
} from "../../tests/excel/fake-excel/workbook-data";
import { applyTint } from "../xlsx-colors";

/** Past this many rows or columns the grid stops drawing (and says so). */
const MAX_ROWS = 400;
const MAX_COLS = 40;

export interface GridOptions {
  /** Called when the user picks another sheet tab. */
  onPickSheet(name: string): void;
  /** Called when the user clicks a cell of the shown sheet (its A1 address). */
  onPickCell(sheet: string, address: string): void;
}

function extent(sheet: FakeSheet, data: FakeWorkbookData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const take = (r: number, c: number): void => {
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  };
  for (const k of sheet.cells.keys()) take(Math.floor(k / COLS), k % COLS);
  for (const a of sheet.notes.keys()) {
    const p = parseA1(a);
    if (p) take(p.row, p.col);
  }
  for (const m of data.comments.values()) {
    const p = m.sheet === sheet.name ? parseA1(m.cell) : null;
    if (p) take(p.row, p.col);
  }
  for (const m of sheet.merges) take(m.bottom, m.right);
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

function cellText(c: FakeCell | undefined): string {
  if (!c || c.value === null) return "";
  if (c.text !== undefined) return c.text;
  return typeof c.value === "boolean" ? (c.value ? "TRUE" : "FALSE") : String(c.value);
}

function selectionArea(data: FakeWorkbookData, sheet: string): CellRange | null {
  const sel = data.selection;
  if (!sel || !sel.startsWith(`${sheet}!`)) return null;
  const [a, b] = sel.slice(sheet.length + 1).split(":");
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : null;
}

export function renderGrid(root: HTMLElement, data: FakeWorkbookData, options: GridOptions): void {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    cls?: string,
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const scroller = root.querySelector<HTMLElement>(".grid-scroll");
  const scroll = scroller ? { top: scroller.scrollTop, left: scroller.scrollLeft } : null;
  root.replaceChildren();

  const visible = data.sheets.filter((s) => s.visibility === "Visible");
  const hidden = data.sheets.length - visible.length;
  const active = visible.find((s) => s.name === data.activeSheet) ?? visible[0];

  const tabs = el("div", "tabs");
  tabs.setAttribute("role", "tablist");
  tabs.setAttribute("aria-label", "工作表");
  for (const s of visible) {
    const tab = el("button", "tab", s.protected ? `${s.name}（受保护）` : s.name);
    tab.type = "button";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(s === active));
    tab.dataset.sheet = s.name;
    tab.addEventListener("click", () => options.onPickSheet(s.name));
    tabs.append(tab);
  }
  if (hidden > 0) tabs.append(el("span", "hidden-count", `另有 ${hidden} 个隐藏工作表`));
  root.append(tabs);
  if (!active) {
    root.append(el("p", "empty", "没有可见的工作表。"));
    return;
  }

  const { rows, cols } = extent(active, data);
  const shownRows = Math.min(rows, MAX_ROWS);
  const shownCols = Math.min(cols, MAX_COLS);
  const covered = new Set<number>();
  const spans = new Map<number, CellRange>();
  for (const m of active.merges) {
    spans.set(key(m.top, m.left), m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }
  const commentAt = new Map<string, string>();
  for (const m of data.comments.values()) if (m.sheet === active.name) commentAt.set(m.cell, m.content);
  const sel = selectionArea(data, active.name);

  const table = el("table", "grid");
  table.setAttribute("aria-label", `工作表“${active.name}”`);
  const head = el("tr");
  head.append(el("th", "corner"));
  for (let c = 0; c < shownCols; c++) {
    const th = el("th", "col", columnLetters(c));
    th.scope = "col";
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  table.append(thead);
  const body = el("tbody");
  for (let r = 0; r < shownRows; r++) {
    const tr = el("tr");
    const th = el("th", "row", String(r + 1));
    th.scope = "row";
    tr.append(th);
    for (let c = 0; c < shownCols; c++) {
      const k = key(r, c);
      if (covered.has(k)) continue;
      const address = toA1(r, c);
      const cell = active.cells.get(k);
      const td = el("td");
      td.dataset.address = address;
      const span = spans.get(k);
      if (span) {
        td.rowSpan = Math.min(span.bottom, shownRows - 1) - r + 1;
        td.colSpan = Math.min(span.right, shownCols - 1) - c + 1;
      }
      if (cell && !cell.fill.none) {
        td.style.backgroundColor = applyTint(cell.fill.color, cell.fill.tint);
        td.classList.add("filled");
      }
      // Automatic (black) text stays black on a fill, whatever the page's theme.
      if (cell && (cell.font !== DEFAULT_FONT || !cell.fill.none)) td.style.color = cell.font;
      if (cell?.hyperlink) {
        td.classList.add("link");
        td.title = `链接到 ${cell.hyperlink.documentReference ?? cell.hyperlink.address ?? ""}`;
      }
      const note = active.notes.get(address);
      const comment = commentAt.get(address);
      if (note !== undefined || comment !== undefined) {
        td.classList.add(note !== undefined ? "has-note" : "has-comment");
        td.title = note ?? comment ?? "";
      }
      if (sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right)
        td.classList.add("selected");
      td.append(el("div", "text", cellText(cell)));
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  // One listener for every cell: the cell (or merged block) under the click.
  body.addEventListener("click", (e) => {
    const td = e.target instanceof Element ? e.target.closest<HTMLElement>("td[data-address]") : null;
    if (td?.dataset.address) options.onPickCell(active.name, td.dataset.address);
  });
  const wrap = el("div", "grid-scroll");
  // Scrollable with the keyboard too.
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", `工作表“${active.name}”的单元格`);
  wrap.append(table);
  root.append(wrap);
  if (rows > shownRows || cols > shownCols)
    root.append(
      el("p", "clipped", `只显示前 ${shownRows} 行、${shownCols} 列（共 ${rows} 行、${cols} 列）。`),
    );
  if (scroll) {
    wrap.scrollTop = scroll.top;
    wrap.scrollLeft = scroll.left;
  }
}

/** Scroll the selected cell into view (after a select from the pane). */
export function revealSelection(root: HTMLElement): void {
  root.querySelector("td.selected")?.scrollIntoView({ block: "center", inline: "nearest" });
}
