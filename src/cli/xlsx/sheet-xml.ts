/**
 * One worksheet part → the grid model: values, displayed text, formulas, error values, number formats,
 * merged areas, hidden rows and the protection flag. Linear in the size of the XML.
 */
import type { Cell, CellRange, Sheet } from "../../core/grid";
import { parseA1 } from "../../core/grid";
import { dateToSerial, formatNumber } from "./number-format";
import { slideFormula } from "./shared-formula";
import { decodeXString, decodeXml, parseAttrs, scanXml } from "./xml";

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format of each style index; undefined = General. */
  formats: readonly (string | undefined)[];
  date1904: boolean;
}

/** What the text between tags belongs to. */
const Collect = { None: 0, Value: 1, Formula: 2, InlineText: 3 } as const;
type Collecting = (typeof Collect)[keyof typeof Collect];

function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function parseSheetXml(name: string, xml: string, ctx: SheetContext): Sheet {
  const grid: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let isProtected = false;
  let minRow = Infinity;
  let minCol = Infinity;

  let inSheetData = false;
  let row = -1;
  let col = -1;
  let cellType = "";
  let cellStyle = 0;
  let valueText = "";
  let formulaText = "";
  let formulaAttrs = "";
  let hasFormula = false;
  let hasValue = false;
  let inlineText = "";
  let collect: Collecting = Collect.None;
  let rphDepth = 0;

  const finishCell = (): void => {
    const cell = buildCell();
    if (!cell) return;
    let r = grid[row];
    if (!r) r = grid[row] = [];
    r[col] = cell;
    if (row < minRow) minRow = row;
    if (col < minCol) minCol = col;
  };

  const buildCell = (): Cell | undefined => {
    let formula: string | undefined;
    if (hasFormula) {
      const fa = formulaAttrs ? parseAttrs(formulaAttrs) : {};
      const text = decodeXml(formulaText);
      if (fa.t === "shared" && fa.si !== undefined) {
        if (text) shared.set(fa.si, { formula: text, row, col });
        else {
          const master = shared.get(fa.si);
          if (master) formula = `=${slideFormula(master.formula, row - master.row, col - master.col)}`;
        }
      }
      if (formula === undefined && text) formula = `=${text}`;
    }
    const numberFormat = ctx.formats[cellStyle];
    let cell: Cell;
    if (cellType === "inlineStr") {
      const s = decodeXString(inlineText);
      cell = { value: s, text: s };
    } else if (!hasValue) {
      if (!formula) return undefined;
      cell = { value: null, text: "" };
    } else {
      const raw = decodeXml(valueText);
      switch (cellType) {
        case "s": {
          const s = ctx.sharedStrings[Number(raw)] ?? "";
          cell = { value: s, text: s };
          break;
        }
        case "str": {
          const s = decodeXString(raw);
          cell = { value: s, text: s };
          break;
        }
        case "b": {
          const b = raw.trim() === "1" || raw.trim() === "true";
          cell = { value: b, text: b ? "TRUE" : "FALSE" };
          break;
        }
        case "e":
          cell = { value: raw, text: raw, error: raw };
          break;
        case "d": {
          const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
          if (Number.isNaN(ms)) cell = { value: raw, text: raw };
          else {
            const serial = dateToSerial(ms, ctx.date1904);
            cell = { value: serial, text: formatNumber(serial, numberFormat ?? "yyyy/m/d", ctx.date1904) };
          }
          break;
        }
        default: {
          if (raw.trim() === "") {
            if (!formula) return undefined;
            cell = { value: null, text: "" };
            break;
          }
          const n = Number(raw);
          if (!Number.isFinite(n)) cell = { value: raw, text: raw };
          else cell = { value: n, text: formatNumber(n, numberFormat, ctx.date1904) };
        }
      }
    }
    // An empty string is an empty cell, as in sheetFromValues (Excel keeps "" left behind by edits).
    if (cell.value === "" && !formula) return undefined;
    if (formula) cell.formula = formula;
    if (numberFormat) cell.numberFormat = numberFormat;
    return cell;
  };

  scanXml(xml, {
    open(tag, attrs, selfClosing) {
      if (inSheetData) {
        switch (tag) {
          case "row": {
            const a = parseAttrs(attrs);
            const r = Number(a.r);
            row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
            col = -1;
            if (a.hidden === "1" || a.hidden === "true") hiddenRows.push(row);
            return;
          }
          case "c": {
            const a = parseAttrs(attrs);
            const ref = a.r ? parseA1(a.r) : null;
            if (ref) ({ row, col } = ref);
            else col++;
            if (row < 0) row = 0;
            cellType = a.t ?? "";
            cellStyle = a.s ? Number(a.s) : 0;
            valueText = formulaText = formulaAttrs = inlineText = "";
            hasFormula = hasValue = false;
            rphDepth = 0;
            if (selfClosing) collect = Collect.None;
            return;
          }
          case "v":
            hasValue = true;
            collect = selfClosing ? Collect.None : Collect.Value;
            return;
          case "f":
            hasFormula = true;
            formulaAttrs = attrs;
            collect = selfClosing ? Collect.None : Collect.Formula;
            return;
          case "rPh":
            rphDepth++;
            return;
          case "t":
            if (!selfClosing && rphDepth === 0) collect = Collect.InlineText;
            return;
        }
        return;
      }
      if (tag === "sheetData") inSheetData = !selfClosing;
      else if (tag === "mergeCell") {
        const ref = parseAttrs(attrs).ref;
        const range = ref ? parseRange(ref) : null;
        if (range) merges.push(range);
      } else if (tag === "sheetProtection") {
        const v = parseAttrs(attrs).sheet;
        isProtected = v === "1" || v === "true";
      }
    },
    close(tag) {
      if (!inSheetData) return;
      switch (tag) {
        case "c":
          finishCell();
          collect = Collect.None;
          return;
        case "v":
        case "f":
        case "t":
          collect = Collect.None;
          return;
        case "rPh":
          rphDepth--;
          return;
        case "sheetData":
          inSheetData = false;
          return;
      }
    },
    text(raw) {
      switch (collect) {
        case Collect.Value:
          valueText += raw;
          return;
        case Collect.Formula:
          formulaText += raw;
          return;
        case Collect.InlineText:
          inlineText += decodeXml(raw);
          return;
      }
    },
  });

  const sheet: Sheet = { name, rows: [], originRow: 0, originCol: 0, merges };
  if (minRow !== Infinity) {
    sheet.originRow = minRow;
    sheet.originCol = minCol;
    const rows: (Cell | undefined)[][] = new Array(grid.length - minRow);
    for (let r = minRow; r < grid.length; r++) {
      const src = grid[r];
      rows[r - minRow] = src ? (minCol === 0 ? src : src.slice(minCol)) : [];
    }
    sheet.rows = rows;
  }
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if (isProtected) sheet.protected = true;
  return sheet;
}
