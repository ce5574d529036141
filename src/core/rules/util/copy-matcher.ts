/**
 * Aho–Corasick multi-pattern matching: every pattern that occurs in a text, in one pass over the text.
 * copy-paste-suspect looks for every other project's subject in every indicator name; with 10,000
 * projects a per-pattern scan would be quadratic.
 */
export class SubjectMatcher {
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  readonly patterns: readonly string[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    patterns.forEach((p, id) => {
      let node = 0;
      for (const ch of p) {
        let n = this.next[node].get(ch);
        if (n === undefined) {
          n = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node].set(ch, n);
        }
        node = n;
      }
      this.out[node].push(id);
    });
    // Breadth-first: failure links point to the longest proper suffix that is also a prefix.
    const queue: number[] = [...this.next[0].values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [ch, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(ch)) f = this.fail[f];
        const target = this.next[f].get(ch);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.out[child] = this.out[child].concat(this.out[this.fail[child]]);
        queue.push(child);
      }
    }
  }

  /** Ids of the patterns found in the text (each once, in order of first occurrence). */
  find(text: string): number[] {
    const found: number[] = [];
    let node = 0;
    for (const ch of text) {
      while (node !== 0 && !this.next[node].has(ch)) node = this.fail[node];
      node = this.next[node].get(ch) ?? 0;
      for (const id of this.out[node]) if (!found.includes(id)) found.push(id);
    }
    return found;
  }
}
