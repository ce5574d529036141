/**
 * Colours as an .xlsx stores them (ARGB, theme index with tint, legacy palette index) → "#RRGGBB", the
 * only form the fake Excel keeps. Theme colours come from the workbook's own theme part when it has one.
 */

export interface XlsxColor {
  argb?: string;
  theme?: number;
  indexed?: number;
  tint?: number;
}

/** Office's default theme (dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink). */
const DEFAULT_SCHEME = [
  "000000",
  "FFFFFF",
  "44546A",
  "E7E6E6",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];
const SCHEME_NAMES = [
  "dk1",
  "lt1",
  "dk2",
  "lt2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

/** The legacy indexed palette (indexes 0–63; 64 is the system foreground). */
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

const SCHEME_ENTRY =
  /<a:(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"/g;

/** The theme's 12 colours in scheme order; Office's defaults for any the theme part does not give. */
export function themeScheme(themeXml: string | undefined): string[] {
  const scheme = [...DEFAULT_SCHEME];
  if (!themeXml) return scheme;
  for (const m of themeXml.matchAll(SCHEME_ENTRY)) scheme[SCHEME_NAMES.indexOf(m[1])] = m[2].toUpperCase();
  return scheme;
}

/**
 * A colour without its tint. SpreadsheetML's theme index swaps the first two pairs of the scheme:
 * 0 = lt1, 1 = dk1, 2 = lt2, 3 = dk2. null when the colour is "automatic" (no usable value).
 */
export function baseColor(color: XlsxColor | undefined, scheme: readonly string[]): string | null {
  if (!color) return null;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(color.argb))
    return `#${color.argb.slice(2).toUpperCase()}`;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{6}$/.test(color.argb))
    return `#${color.argb.toUpperCase()}`;
  if (typeof color.theme === "number") {
    const i = color.theme < 4 ? [1, 0, 3, 2][color.theme] : color.theme;
    const hex = scheme[i];
    return hex ? `#${hex}` : null;
  }
  if (typeof color.indexed === "number" && color.indexed < INDEXED.length)
    return `#${INDEXED[color.indexed]}`;
  return null;
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's HSL luminance. */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  let h = 0;
  let s = 0;
  if (d !== 0) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let out: number[];
  if (s === 0) out = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    out = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return `#${out
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase()}`;
}
