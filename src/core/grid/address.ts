/** A1 addresses for 0-based absolute coordinates. */

/** Letters of the columns asked for so far (every finding needs its cell's address). */
const LETTERS: string[] = [];
const LETTERS_CACHED = 1024;

export function columnLetters(col: number): string {
  if (Number.isInteger(col) && col >= 0 && col < LETTERS_CACHED) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(r: { top: number; left: number; bottom: number; right: number }): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parse "B12" (or "$B$12") into 0-based coordinates; null when it is not a cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
