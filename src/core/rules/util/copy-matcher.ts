/**
 * Finding every project subject that occurs in an indicator name. copy-paste-suspect asks this for
 * every indicator of the workbook, against every other project's subject, so it must not scan all
 * subjects per name: subjects are indexed by their first two characters, and a name is walked once,
 * looking each of its character pairs up in that index (almost always a miss, without allocating; a
 * 64 KB table of pair digests answers most misses without the map).
 */
const NONE: readonly number[] = Object.freeze([]);
/**
 * Longer patterns are ignored: a project's subject is a few words, and a pattern as long as the text
 * (a 100,000-character name of one repeated character) would make every position a full comparison —
 * quadratic. With the cap, find() is linear in the text.
 */
const MAX_PATTERN = 64;

const pairKey = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
/** A 16-bit digest of a character pair: most pairs of a name are not any pattern's head, and say so here. */
const pairBit = (text: string, i: number) => (text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) & 0xffff;

export class SubjectMatcher {
  readonly patterns: readonly string[];
  /** First two UTF-16 code units of a pattern → ids of the patterns starting with them. */
  private readonly byHead = new Map<number, number[]>();
  /** 1 where some pattern's first two characters have that pairBit digest. */
  private readonly heads = new Uint8Array(0x10000);

  /** Patterns must be 2 to MAX_PATTERN characters long (others are ignored). */
  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    patterns.forEach((p, id) => {
      if (p.length < 2 || p.length > MAX_PATTERN) return;
      this.heads[pairBit(p, 0)] = 1;
      const key = pairKey(p, 0);
      const list = this.byHead.get(key);
      if (list) list.push(id);
      else this.byHead.set(key, [id]);
    });
  }

  /** Ids of the patterns found in the text (each once, in order of first occurrence). */
  find(text: string): readonly number[] {
    let found: number[] | null = null;
    for (let i = 0; i + 1 < text.length; i++) {
      if (this.heads[pairBit(text, i)] === 0) continue;
      const ids = this.byHead.get(pairKey(text, i));
      if (ids === undefined) continue;
      for (const id of ids) {
        if (!text.startsWith(this.patterns[id], i)) continue;
        if (found === null) found = [id];
        else if (!found.includes(id)) found.push(id);
      }
    }
    return found ?? NONE;
  }
}
