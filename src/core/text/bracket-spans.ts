/**
 * Removing bracketed notes such as "（含慰问金）" or "《文史资料》" from names in linear time. A regular
 * expression like /（[^）]*）/g retries from every opening bracket and scans to the end of the text when
 * no closing bracket follows: a name of 30,000 "（" took seconds. Here the next closing bracket is found
 * once and remembered, so every character is looked at a bounded number of times. The result is exactly
 * what the regular expression gives: each opening bracket, left to right, takes the text up to the first
 * closing bracket after it.
 */

/** An opening and a closing bracket, one character each: ["（", "）"]. */
export type BracketPair = readonly [open: string, close: string];

/**
 * `text` with every span open…close (the first close after the open) replaced by `by`, as
 * text.replace(/（[^）]*）|\([^)]*\)/g, by) does for the pairs [["（","）"], ["(",")"]].
 */
export function replaceBracketSpans(text: string, pairs: readonly BracketPair[], by: string): string {
  const opens = pairs.map((p) => p[0].charCodeAt(0));
  const closes = pairs.map((p) => p[1]);
  // Per pair: the position of the first close at or after some earlier point; -1 once none is left.
  const nextClose = pairs.map(() => -2);
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const k = opens.indexOf(text.charCodeAt(i));
    if (k < 0) continue;
    if (nextClose[k] === -1) continue; // no closing bracket anywhere after: no span can start here
    if (nextClose[k] <= i) nextClose[k] = text.indexOf(closes[k], i + 1);
    const j = nextClose[k];
    if (j < 0) continue;
    (out ??= []).push(text.slice(from, i), by);
    from = j + 1;
    i = j;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join("");
}
