/**
 * getCellProperties / setCellProperties beyond fill and font colour: bold, italic, font name and size,
 * alignment, wrapping and the four edges' borders (FakeCellStyle). A property the fake does not keep
 * throws "not implemented" rather than coming back empty.
 */
import type {
  XCellBorder,
  XCellProperties,
  XCellPropertiesLoadOptions,
  XSettableCellProperties,
} from "../../../src/excel/office-api";
import { normalizeColor } from "./batch";
import { DEFAULT_STYLE, NO_BORDER, type BorderEdge, type FakeBorder, type FakeCell } from "./workbook-data";

const EDGES: readonly BorderEdge[] = ["top", "bottom", "left", "right"];
const FORMAT_KEYS = new Set([
  "fill",
  "font",
  "borders",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
]);
const FILL_KEYS = new Set(["color", "pattern", "tintAndShade", "patternColor"]);
const FONT_KEYS = new Set(["color", "bold", "italic", "name", "size"]);
const BORDER_KEYS = new Set(["color", "style", "weight"]);
const H_ALIGN = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const V_ALIGN = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
const BORDER_STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
]);
const BORDER_WEIGHTS = new Set(["Hairline", "Thin", "Medium", "Thick"]);

function only(obj: object | undefined, keys: ReadonlySet<string>, what: string): void {
  for (const k of Object.keys(obj ?? {}))
    if (!keys.has(k)) throw new Error(`not implemented in fake Excel: ${what}.${k}`);
}

/** Check the load options name only what the fake keeps. */
export function checkLoadOptions(o: XCellPropertiesLoadOptions): void {
  only(o, new Set(["format"]), "getCellProperties");
  only(o.format, FORMAT_KEYS, "getCellProperties format");
  only(o.format?.fill, FILL_KEYS, "getCellProperties format.fill");
  only(o.format?.font, FONT_KEYS, "getCellProperties format.font");
  only(o.format?.borders, BORDER_KEYS, "getCellProperties format.borders");
}

/** The style members of getCellProperties' answer (fill and font colour are done by the caller). */
export function styleProperties(
  cell: FakeCell | undefined,
  o: NonNullable<XCellPropertiesLoadOptions["format"]>,
  out: NonNullable<XCellProperties["format"]>,
): void {
  const s = { ...DEFAULT_STYLE, ...cell?.style };
  const f = o.font;
  if (f && (f.bold || f.italic || f.name || f.size)) {
    const font = (out.font ??= {});
    if (f.bold) font.bold = s.bold;
    if (f.italic) font.italic = s.italic;
    if (f.name) font.name = s.fontName;
    if (f.size) font.size = s.fontSize;
  }
  if (o.horizontalAlignment) out.horizontalAlignment = s.horizontalAlignment;
  if (o.verticalAlignment) out.verticalAlignment = s.verticalAlignment;
  if (o.wrapText) out.wrapText = s.wrapText;
  const b = o.borders;
  if (b && (b.color || b.style || b.weight)) {
    out.borders = {};
    for (const edge of EDGES) {
      const have: FakeBorder = cell?.style?.borders?.[edge] ?? NO_BORDER;
      const e: XCellBorder = {};
      if (b.style) e.style = have.style;
      if (b.color) e.color = have.color;
      if (b.weight) e.weight = have.weight;
      out.borders[edge] = e;
    }
  }
}

/** Apply the style members of setCellProperties (fill and font colour are done by the caller). */
export function applyStyle(cell: FakeCell, p: NonNullable<XSettableCellProperties["format"]>): void {
  only(p, FORMAT_KEYS, "setCellProperties format");
  only(p.fill, FILL_KEYS, "setCellProperties format.fill");
  only(p.font, FONT_KEYS, "setCellProperties format.font");
  only(p.borders, new Set(EDGES), "setCellProperties format.borders");
  const style = { ...cell.style };
  const font = p.font;
  if (font?.bold !== undefined) style.bold = font.bold;
  if (font?.italic !== undefined) style.italic = font.italic;
  if (font?.name !== undefined) style.fontName = font.name;
  if (font?.size !== undefined) style.fontSize = font.size;
  if (p.horizontalAlignment !== undefined) {
    if (!H_ALIGN.has(p.horizontalAlignment))
      throw new Error(`not implemented in fake Excel: horizontalAlignment "${p.horizontalAlignment}"`);
    style.horizontalAlignment = p.horizontalAlignment;
  }
  if (p.verticalAlignment !== undefined) {
    if (!V_ALIGN.has(p.verticalAlignment))
      throw new Error(`not implemented in fake Excel: verticalAlignment "${p.verticalAlignment}"`);
    style.verticalAlignment = p.verticalAlignment;
  }
  if (p.wrapText !== undefined) style.wrapText = p.wrapText;
  for (const edge of EDGES) {
    const e = p.borders?.[edge];
    if (!e) continue;
    only(e, BORDER_KEYS, `setCellProperties format.borders.${edge}`);
    const have = style.borders?.[edge] ?? NO_BORDER;
    const next: FakeBorder = { ...have };
    if (e.style !== undefined) {
      if (!BORDER_STYLES.has(e.style))
        throw new Error(`not implemented in fake Excel: border style "${e.style}"`);
      next.style = e.style;
    }
    if (e.color !== undefined) next.color = normalizeColor(e.color);
    if (e.weight !== undefined) {
      if (!BORDER_WEIGHTS.has(e.weight))
        throw new Error(`not implemented in fake Excel: border weight "${e.weight}"`);
      next.weight = e.weight;
    }
    style.borders = { ...style.borders, [edge]: next };
  }
  // A member set to Excel's default is the default: kept as absent, so equal looks compare equal.
  for (const k of Object.keys(DEFAULT_STYLE) as (keyof typeof DEFAULT_STYLE)[])
    if (style[k] === DEFAULT_STYLE[k]) delete style[k];
  if (style.borders) {
    for (const edge of EDGES) {
      const b = style.borders[edge];
      if (b && b.style === NO_BORDER.style && b.color === NO_BORDER.color && b.weight === NO_BORDER.weight)
        delete style.borders[edge];
    }
    if (Object.keys(style.borders).length === 0) delete style.borders;
  }
  if (Object.keys(style).length === 0) delete cell.style;
  else cell.style = style;
}
