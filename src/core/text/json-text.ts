/** JSON typed by people (settings, unit templates): a byte-order mark and where a parse error sits. */

/** Notepad on Windows saves UTF-8 with a byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** "（第 3 行第 5 列附近）" from the parser's "at position N", when it says where. */
export function jsonErrorPlace(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!m) return "";
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const col = before.length - before.lastIndexOf("\n");
  return `（第 ${line} 行第 ${col} 列附近）`;
}
