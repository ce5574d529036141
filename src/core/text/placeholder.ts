/**
 * Template placeholders that were never filled in. Provincial templates and the examples in filling
 * instructions mark the blanks a unit must fill with stars (「≥**人」「项目总投入(≥**万元)」), X's
 * (「覆盖率达XX%」「20XX年」), crosses (「×××」), boxes (「□人」), circles (「○○村」), underlines
 * (「____人」), empty brackets (「（  ）亩」), 某某 and a bare ellipsis row (「…」). Published tables keep
 * them verbatim. A single X or × counts only where it stands for a number — next to an operator, a
 * digit or a unit — so 「X光机」「X射线」 and 「2×3」 are left alone; so does a single star (「95*」 is a
 * footnote mark, import-rejected-chars' case).
 */

/** One placeholder found in a text: the token as written. */
export interface Placeholder {
  token: string;
  index: number;
}

/** A unit or operator next to a single X / ×: the letter stands for a number. */
const UNIT_AFTER =
  "(?=\\s*(?:%|％|‰|万|亿|元|个|人|次|天|日|年|月|周|小时|件|项|台|套|所|户|家|名|场|期|篇|本|册|条|处|座|间|辆|株|棵|亩|吨|公里|千米|米|平方|立方|km|m))";
const OP_BEFORE = "(?<=[≥≤＞＜><=≧≦]\\s*)";

const PATTERNS: RegExp[] = [
  /[*＊]{2,}/g, // ** ＊＊
  new RegExp(`${OP_BEFORE}[*＊]|[*＊]${UNIT_AFTER}|^\\s*[*＊]\\s*$`, "g"), // ≥*%, *人, a lone *
  /(?<![A-Za-z])[xXＸｘ]{2,}(?![A-Za-z])/g, // XX xx XXX
  /×{2,}/g, // ×××
  /[□☐]+/g, // □人
  /○{2,}/g, // ○○村
  /_{2,}|＿+/g, // ____人
  /[（(]\s*[)）]|【\s*】|\[\s*\]/g, // （  ）亩
  /某某/g,
  new RegExp(`${OP_BEFORE}[xXＸｘ×](?![A-Za-z])`, "g"), // ≥X%
  new RegExp(`(?<![A-Za-z])[xXＸｘ]${UNIT_AFTER}`, "g"), // X公里
  new RegExp(`(?<=\\d)[xXＸｘ](?=年)`, "g"), // 202X年
];

/** Quick test before the patterns: none of these characters, no placeholder. */
const CANDIDATE = /[*＊xXＸｘ×□☐○_＿（(【[某…]|\.\.\./;

/** A text that is only an ellipsis (the template's 「…」 row). */
const ELLIPSIS_ONLY = /^\s*(?:…+|\.{3,}|。{3,}|—?…+—?)\s*$/;

/** False when the text cannot hold a placeholder (findPlaceholder's quick test): none of its characters. */
export function mayHoldPlaceholder(text: string): boolean {
  return text !== "" && CANDIDATE.test(text);
}

/** The first placeholder in the text, or null. */
export function findPlaceholder(text: string): Placeholder | null {
  if (!mayHoldPlaceholder(text)) return null;
  if (ELLIPSIS_ONLY.test(text)) return { token: text.trim(), index: text.indexOf(text.trim()) };
  let best: Placeholder | null = null;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) best = { token: m[0], index: m.index };
  }
  return best;
}
