/**
 * Indicator and project names without book titles, punctuation and spaces, for comparing and matching:
 * "文稿打印、扫描成本" → "文稿打印扫描成本", "《门源县藏族百年实录》印刷出版成本" → "印刷出版成本".
 * Runs on every indicator, so the common case (nothing to remove) is one regex test and no allocation.
 */
const NAME_NOISE = /《[^》]*》|[\s、，,。.：:；;（）()“”"'‘’<>《》·\-—_/\\[\]【】]/g;
const HAS_NOISE = /[\s、，,。.：:；;（）()“”"'‘’<>《》·\-—_/\\[\]【】]/;
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ]/g;
const HAS_FULL_WIDTH_OR_UPPER = /[０-９Ａ-Ｚａ-ｚA-Z]/;

export function compactName(name: string): string {
  return HAS_NOISE.test(name) ? name.replace(NAME_NOISE, "") : name;
}

/** compactName plus full-width letters/digits to ASCII and lower case: the key for "same name". */
export function nameKey(name: string): string {
  return keyOfCompacted(compactName(name));
}

/** nameKey of a name that compactName already cleaned. */
export function keyOfCompacted(key: string): string {
  return HAS_FULL_WIDTH_OR_UPPER.test(key)
    ? key.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase()
    : key;
}
