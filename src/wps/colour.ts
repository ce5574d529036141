/**
 * WPS (like VBA) gives colours as a BGR number, 0xBBGGRR; the shared mark record and the pane use
 * "#RRGGBB". Assumption (WPS): Interior.Color, Interior.PatternColor and Font.Color read and write
 * this BGR long, as in Excel VBA.
 */

/** "#RRGGBB" → 0xBBGGRR. */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  const rgb = parseInt(m[1], 16);
  const r = (rgb >> 16) & 0xff;
  const g = (rgb >> 8) & 0xff;
  const b = rgb & 0xff;
  return (b << 16) | (g << 8) | r;
}

/** 0xBBGGRR → "#RRGGBB"; null when the value is not a colour (e.g. a range of mixed colours). */
export function bgrToHex(bgr: unknown): string | null {
  if (typeof bgr !== "number" || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) return null;
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}
