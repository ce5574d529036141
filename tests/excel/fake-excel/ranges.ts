/** Ranges and range areas of the fake Excel: reads, getCellProperties, fills and fonts. */
import { parseA1, rangeToA1, type CellRange } from "../../../src/core/grid";
import type {
  XCellProperties,
  XCellPropertiesLoadOptions,
  XClientResult,
  XRange,
  XRangeAreas,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XRangeHyperlink,
  XSettableCellProperties,
} from "../../../src/excel/office-api";
import {
  cellCount,
  Client,
  Ctx,
  editCells,
  FakeExcelError,
  intersect,
  MAX_RANGE_CELLS,
  normalizeColor,
  notLoaded,
  parseArea,
  quoteSheet,
  strict,
  withColor,
  withPattern,
  withPatternColor,
  withTint,
  writable,
} from "./batch";
import { applyStyle, checkLoadOptions, styleProperties } from "./cell-style";
import { storedValue } from "./cell-input";
import { deleteRows, insertRows, isWholeRows, mergeArea, unmergeArea } from "./structure";
import {
  COLS,
  DEFAULT_FONT,
  findSheet,
  fontColorOf,
  setFontColor,
  setValue,
  key,
  NO_FILL,
  type FakeCell,
  type FakeFill,
  type FakeSheet,
  type FakeWorkbookData,
} from "./workbook-data";

const contains = (outer: CellRange, inner: CellRange): boolean =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

export type RangeTarget = { sheet: FakeSheet; area: CellRange } | null;

const RANGE_PROPS = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "text",
  "formulas",
  "numberFormat",
];

export class FakeRangeApi extends Client implements XRange {
  readonly format: XRangeFormat;
  private resolved: { version: number; target: RangeTarget } | null = null;

  constructor(
    ctx: Ctx,
    private readonly resolve: () => RangeTarget,
  ) {
    super(ctx);
    this.format = strict(new FakeFormat(ctx, () => this.areas()));
  }

  /** Resolve at execution time, like Excel's object paths (reused while nothing was written). */
  private target(): RangeTarget {
    if (!this.resolved || this.resolved.version !== this.ctx.version) {
      this.resolved = { version: this.ctx.version, target: this.resolve() };
    }
    return this.resolved.target;
  }

  private areas(): { sheet: FakeSheet; areas: CellRange[] } {
    const t = this.target();
    if (!t)
      throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (a null object was used).");
    return { sheet: t.sheet, areas: [t.area] };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }

  /** Excel's conversion of what is written: see cell-input.ts. */
  set values(v: unknown[][]) {
    this.writeGrid(v, "values", (cell, input) => {
      setValue(cell, storedValue(input, cell.numberFormat));
      delete cell.formula;
      delete cell.text;
    });
  }

  get hyperlink(): XRangeHyperlink {
    throw notLoaded("hyperlink");
  }
  /** On one cell, as the add-in uses it; textToDisplay becomes the cell's value (text). */
  set hyperlink(link: XRangeHyperlink) {
    this.ctx.sends(JSON.stringify(link)?.length ?? 0);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      const a = areas[0];
      if (a.top !== a.bottom || a.left !== a.right)
        throw new Error("not implemented in fake Excel: a hyperlink on more than one cell");
      if (!link.documentReference && !link.address)
        throw new FakeExcelError("InvalidArgument", "A hyperlink needs an address or a documentReference.");
      editCells(this.ctx, sheet, [a], (cell) => {
        const { documentReference, address, screenTip } = link;
        cell.hyperlink = JSON.parse(
          JSON.stringify({ documentReference, address, screenTip }),
        ) as FakeCell["hyperlink"];
        if (link.textToDisplay !== undefined) {
          setValue(cell, link.textToDisplay === "" ? null : link.textToDisplay);
          delete cell.formula;
          delete cell.text;
        }
      });
    });
  }

  set numberFormat(v: unknown[][]) {
    this.writeGrid(v, "numberFormat", (cell, input) => {
      if (typeof input !== "string")
        throw new Error("not implemented in fake Excel: a number format that is not text");
      if (input === "General") delete cell.numberFormat;
      else cell.numberFormat = input;
    });
  }

  /** A 2-D array the size of the range, one entry per cell. */
  private writeGrid(v: unknown[][], what: string, write: (cell: FakeCell, input: unknown) => void): void {
    this.ctx.sends(JSON.stringify(v)?.length ?? 0);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      const a = areas[0];
      if (
        !Array.isArray(v) ||
        v.length !== a.bottom - a.top + 1 ||
        v.some((row) => !Array.isArray(row) || row.length !== a.right - a.left + 1)
      ) {
        throw new FakeExcelError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size of the range (${what}).`,
        );
      }
      editCells(this.ctx, sheet, [a], () => undefined);
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) write(sheet.cells.get(key(r, c))!, v[r - a.top][c - a.left]);
      }
    });
  }

  insert(shift: "Down"): XRange {
    if (shift !== "Down") throw new Error(`not implemented in fake Excel: insert("${String(shift)}")`);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      const a = areas[0];
      if (!isWholeRows(a))
        throw new Error("not implemented in fake Excel: inserting cells other than whole rows");
      insertRows(this.ctx, writable(sheet), a.top, a.bottom - a.top + 1);
    });
    return strict(new FakeRangeApi(this.ctx, () => this.target()));
  }

  delete(shift: "Up"): void {
    if (shift !== "Up") throw new Error(`not implemented in fake Excel: delete("${String(shift)}")`);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      const a = areas[0];
      if (!isWholeRows(a))
        throw new Error("not implemented in fake Excel: deleting cells other than whole rows");
      deleteRows(this.ctx, writable(sheet), a.top, a.bottom);
    });
  }

  merge(across = false): void {
    if (across) throw new Error("not implemented in fake Excel: merge(true)");
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      mergeArea(this.ctx, writable(sheet), areas[0]);
    });
  }

  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      unmergeArea(this.ctx, writable(sheet), areas[0]);
    });
  }

  load(names: string): this {
    const list = this.props(names, RANGE_PROPS);
    this.ctx.enqueue(() => {
      const t = this.target();
      if (!t) return this.setLoaded({ isNullObject: true });
      const { sheet, area } = t;
      const out: Record<string, unknown> = { isNullObject: false };
      const grids = list.filter((p) => ["values", "text", "formulas", "numberFormat"].includes(p));
      if (grids.length) {
        const n = cellCount(area);
        if (n > MAX_RANGE_CELLS)
          throw new FakeExcelError(
            "ResponsePayloadSizeLimitExceeded",
            `Range of ${n} cells is too large to read.`,
          );
        this.ctx.stats.maxRangeCells = Math.max(this.ctx.stats.maxRangeCells, n);
      }
      for (const p of list) {
        if (p === "address") out.address = `${quoteSheet(sheet.name)}!${rangeToA1(area)}`;
        else if (p === "rowIndex") out.rowIndex = area.top;
        else if (p === "columnIndex") out.columnIndex = area.left;
        else if (p === "rowCount") out.rowCount = area.bottom - area.top + 1;
        else if (p === "columnCount") out.columnCount = area.right - area.left + 1;
        else out[p] = this.grid(sheet, area, p);
      }
      this.setLoaded(out);
    });
    return this;
  }

  private grid(sheet: FakeSheet, area: CellRange, prop: string): unknown[][] {
    const rows: unknown[][] = [];
    let chars = 0;
    for (let r = area.top; r <= area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cells.get(key(r, c));
        const v = cell?.value ?? "";
        let out: unknown;
        if (prop === "values") out = v;
        else if (prop === "text")
          out = cell?.text ?? (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
        else if (prop === "formulas") out = cell?.formula ?? v;
        else out = cell?.numberFormat ?? "General";
        chars += typeof out === "string" ? out.length + 3 : 8;
        row.push(out);
      }
      rows.push(row);
    }
    this.ctx.chars += chars;
    return rows;
  }

  getIntersectionOrNullObject(address: string): XRange {
    this.ctx.sends(address.length);
    const other = parseArea(address);
    return strict(
      new FakeRangeApi(this.ctx, () => {
        const t = this.target();
        if (!t)
          throw new FakeExcelError(
            "InvalidObjectPath",
            "The object path is not valid (a null object was used).",
          );
        const area = intersect(t.area, other);
        return area ? { sheet: t.sheet, area } : null;
      }),
    );
  }

  getMergedAreasOrNullObject(): XRangeAreas {
    return strict(
      new FakeRangeAreasApi(this.ctx, () => {
        const t = this.target();
        if (!t)
          throw new FakeExcelError(
            "InvalidObjectPath",
            "The object path is not valid (a null object was used).",
          );
        const areas = t.sheet.merges.filter((m) => intersect(m, t.area) !== null);
        return areas.length ? { sheet: t.sheet, areas } : null;
      }),
    );
  }

  getCellProperties(options: XCellPropertiesLoadOptions): XClientResult<XCellProperties[][]> {
    checkLoadOptions(options);
    const result = new FakeClientResult<XCellProperties[][]>();
    this.ctx.enqueue(() => {
      const t = this.target();
      if (!t)
        throw new FakeExcelError(
          "InvalidObjectPath",
          "The object path is not valid (a null object was used).",
        );
      const rows: XCellProperties[][] = [];
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        const row: XCellProperties[] = [];
        for (let c = t.area.left; c <= t.area.right; c++)
          row.push(cellProperties(t.sheet.cells.get(key(r, c)), options));
        rows.push(row);
      }
      this.ctx.chars += cellCount(t.area) * 90;
      result.resolve(rows);
    });
    return strict(result);
  }

  setCellProperties(values: XSettableCellProperties[][]): void {
    this.ctx.sends(JSON.stringify(values)?.length ?? 0);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      const a = areas[0];
      if (
        values.length !== a.bottom - a.top + 1 ||
        values.some((row) => row.length !== a.right - a.left + 1)
      ) {
        throw new FakeExcelError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size of the range.",
        );
      }
      writable(sheet);
      values.forEach((row, r) =>
        row.forEach((p, c) => {
          for (const k of Object.keys(p))
            if (k !== "format") throw new Error(`not implemented in fake Excel: setCellProperties ${k}`);
          editCells(
            this.ctx,
            sheet,
            [{ top: a.top + r, left: a.left + c, bottom: a.top + r, right: a.left + c }],
            (cell) => {
              if (p.format) applyStyle(cell, p.format);
              const f = p.format?.fill;
              if (f?.color !== undefined) cell.fill = withColor(cell.fill, f.color);
              if (f?.pattern !== undefined) cell.fill = withPattern(cell.fill, f.pattern);
              if (f?.tintAndShade !== undefined) cell.fill = withTint(cell.fill, f.tintAndShade);
              if (f?.patternColor !== undefined) cell.fill = withPatternColor(cell.fill, f.patternColor);
              if (p.format?.font?.color !== undefined)
                setFontColor(cell, normalizeColor(p.format.font.color));
            },
          );
        }),
      );
    });
  }

  /**
   * Only "Formats", as one paste of a rectangular source of the same size (or onto a single cell, which
   * grows to the source's size). Copies fill, font colour, style, number format and the cell style
   * (好 / 差 …) — what the fake keeps of a cell's formats — and merged areas lying wholly inside the
   * source; never values or notes. The destination's rich-text runs are kept (assumed: character
   * formatting belongs to the text, which a paste of formats leaves). A merged area cut by the source or
   * the destination: unknown in Excel, so not implemented.
   */
  copyFrom(sourceRange: string, copyType: "Formats", skipBlanks: boolean, transpose: boolean): void {
    if (copyType !== "Formats") throw new Error(`not implemented in fake Excel: copyFrom with "${copyType}"`);
    if (transpose) throw new Error("not implemented in fake Excel: copyFrom with transpose");
    this.ctx.sends(sourceRange.length);
    this.ctx.enqueue(() => {
      const { sheet: dest, areas } = this.areas();
      const bang = sourceRange.lastIndexOf("!");
      let source = dest;
      if (bang >= 0) {
        let name = sourceRange.slice(0, bang);
        if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
        const found = findSheet(this.ctx.data, name);
        if (!found)
          throw new FakeExcelError(
            "ItemNotFound",
            `The requested resource doesn't exist: worksheet "${name}".`,
          );
        source = found;
      }
      const from = parseArea(bang >= 0 ? sourceRange.slice(bang + 1) : sourceRange);
      const rows = from.bottom - from.top;
      const cols = from.right - from.left;
      const at = areas[0];
      const single = at.top === at.bottom && at.left === at.right;
      if (!single && (at.bottom - at.top !== rows || at.right - at.left !== cols)) {
        throw new Error("not implemented in fake Excel: copyFrom onto a destination of another size");
      }
      const to: CellRange = { top: at.top, left: at.left, bottom: at.top + rows, right: at.left + cols };
      const cut = (m: CellRange, a: CellRange): boolean => intersect(m, a) !== null && !contains(a, m);
      if (source.merges.some((m) => cut(m, from)) || dest.merges.some((m) => cut(m, to))) {
        throw new Error("not implemented in fake Excel: copyFrom cutting through a merged area");
      }
      writable(dest);
      // Read the source first: it may overlap the destination.
      const looks: (FakeCell | undefined)[] = [];
      for (let r = 0; r <= rows; r++)
        for (let c = 0; c <= cols; c++) looks.push(source.cells.get(key(from.top + r, from.left + c)));
      const copied = looks.map((c) =>
        c
          ? {
              fill: c.fill,
              font: c.font,
              style: c.style,
              styleName: c.styleName,
              numberFormat: c.numberFormat,
              blank: c.value === null && c.formula === undefined,
            }
          : undefined,
      );
      const merges = source.merges.filter((m) => contains(from, m));
      editCells(this.ctx, dest, [to], () => undefined);
      let i = 0;
      for (let r = 0; r <= rows; r++) {
        for (let c = 0; c <= cols; c++, i++) {
          const look = copied[i];
          if (skipBlanks && (!look || look.blank)) continue;
          const cell = dest.cells.get(key(to.top + r, to.left + c))!;
          cell.fill = look ? look.fill : NO_FILL;
          cell.font = look ? look.font : DEFAULT_FONT;
          if (look?.style) cell.style = { ...look.style };
          else delete cell.style;
          if (look?.styleName !== undefined) cell.styleName = look.styleName;
          else delete cell.styleName;
          if (look?.numberFormat !== undefined) cell.numberFormat = look.numberFormat;
          else delete cell.numberFormat;
        }
      }
      dest.merges = dest.merges.filter((m) => !contains(to, m));
      for (const m of merges) {
        dest.merges.push({
          top: m.top - from.top + to.top,
          left: m.left - from.left + to.left,
          bottom: m.bottom - from.top + to.top,
          right: m.right - from.left + to.left,
        });
      }
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.areas();
      this.ctx.data.activeSheet = sheet.name;
      this.ctx.data.selection = `${sheet.name}!${rangeToA1(areas[0])}`;
    });
  }
}

function cellProperties(cell: FakeCell | undefined, o: XCellPropertiesLoadOptions): XCellProperties {
  const fill = cell?.fill ?? NO_FILL;
  const out: XCellProperties = { format: {} };
  const f = o.format?.fill;
  if (f) {
    const p: NonNullable<NonNullable<XCellProperties["format"]>["fill"]> = {};
    if (f.color) p.color = fill.none ? "#FFFFFF" : fill.color;
    if (f.pattern) p.pattern = fill.none || fill.pattern === "Solid" ? null : fill.pattern;
    if (f.tintAndShade) p.tintAndShade = fill.none ? null : fill.tint;
    if (f.patternColor) p.patternColor = fill.none ? null : fill.patternColor;
    out.format!.fill = p;
  }
  if (o.format?.font?.color) out.format!.font = { color: fontColorOf(cell) };
  if (o.format) styleProperties(cell, o.format, out.format!);
  return out;
}

class FakeClientResult<T> implements XClientResult<T> {
  private ready = false;
  private v: T | undefined;

  resolve(v: T): void {
    this.v = v;
    this.ready = true;
  }

  get value(): T {
    if (!this.ready) throw notLoaded("value");
    return this.v as T;
  }
}

export class FakeRangeAreasApi extends Client implements XRangeAreas {
  readonly format: XRangeFormat;

  constructor(
    ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    super(ctx);
    this.format = strict(
      new FakeFormat(ctx, () => {
        const t = this.target();
        if (!t)
          throw new FakeExcelError(
            "InvalidObjectPath",
            "The object path is not valid (a null object was used).",
          );
        return t;
      }),
    );
  }

  get address(): string {
    return this.read("address");
  }

  load(names: string): this {
    this.props(names, ["address"]);
    this.ctx.enqueue(() => {
      const t = this.target();
      if (!t) return this.setLoaded({ isNullObject: true });
      this.setLoaded({
        isNullObject: false,
        address: t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rangeToA1(a)}`).join(","),
      });
    });
    return this;
  }
}

class FakeFormat implements XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;

  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] },
  ) {
    this.fill = strict(new FakeRangeFill(ctx, target));
    this.font = strict(new FakeRangeFont(ctx, target));
  }

  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }
  /** Every column the range touches gets the width (points). */
  set columnWidth(points: number) {
    if (!Number.isFinite(points) || points < 0)
      throw new FakeExcelError("InvalidArgument", `Column width ${points} is not valid.`);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      writable(sheet);
      sheet.columnWidths ??= new Map();
      for (const a of areas) for (let c = a.left; c <= a.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

class FakeRangeFill implements XRangeFill {
  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] },
  ) {}

  private edit(change: (f: FakeFill) => FakeFill): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      editCells(this.ctx, sheet, areas, (c) => (c.fill = change(c.fill)));
    });
  }

  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    this.edit((f) => withColor(f, v));
  }
  get pattern(): string {
    throw notLoaded("pattern");
  }
  set pattern(v: string) {
    this.edit((f) => withPattern(f, v));
  }
  get tintAndShade(): number | null {
    throw notLoaded("tintAndShade");
  }
  set tintAndShade(v: number | null) {
    this.edit((f) => withTint(f, v ?? 0));
  }
  get patternColor(): string {
    throw notLoaded("patternColor");
  }
  set patternColor(v: string) {
    this.edit((f) => withPatternColor(f, v));
  }
  clear(): void {
    this.edit(() => NO_FILL);
  }
}

class FakeRangeFont implements XRangeFont {
  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => { sheet: FakeSheet; areas: CellRange[] },
  ) {}

  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      const c = normalizeColor(v);
      editCells(this.ctx, sheet, areas, (cell) => setFontColor(cell, c));
    });
  }
  get bold(): boolean {
    throw notLoaded("bold");
  }
  set bold(v: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      editCells(this.ctx, sheet, areas, (cell) => applyStyle(cell, { font: { bold: v } }));
    });
  }
}

/** The used range as Excel computes it (values only, or values and formats); A1 for a blank sheet. */
export function usedArea(s: FakeSheet, data: FakeWorkbookData, valuesOnly: boolean): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number): void => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [k, cell] of s.cells) {
    const hasValue = cell.value !== null || cell.formula !== undefined;
    const hasFormat = !cell.fill.none || cell.font !== "#000000";
    if (hasValue || (!valuesOnly && hasFormat)) take(Math.floor(k / COLS), k % COLS);
  }
  if (!valuesOnly) {
    for (const a of s.notes.keys()) {
      const p = parseA1(a)!;
      take(p.row, p.col);
    }
    for (const m of data.comments.values()) {
      if (m.sheet !== s.name) continue;
      const p = parseA1(m.cell)!;
      take(p.row, p.col);
    }
  }
  // A blank sheet's used range is A1.
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}
