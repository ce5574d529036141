/**
 * Character hints for indicator names: one look-up per character tells which word lists a name may
 * match. A word list cannot match a name that lacks every character its words need ("…率" needs 率), so
 * the rules skip most word-list regexes — and most indicators — without reading the name again.
 * A hint only ever rules a word list out; a name that has the characters is still tested in full.
 */
import { COST_WORDS, NameKind, ON_TIME_WORDS } from "../../vocab/indicator-kind";
import { NAME_NOISE_CHARS } from "./compact-name";

/** A character compactName removes (punctuation, spaces, book-title marks). */
export const H_NOISE = 1 << 0;
/** Full-width letters and digits, ASCII capitals (nameKey folds them). */
export const H_FOLD = 1 << 1;
/** 率 */
export const H_LV = 1 << 2;
/** 比 */
export const H_BI = 1 << 3;
/** 满 */
export const H_MAN = 1 << 4;
/** 增 涨 */
export const H_GROWTH = 1 << 5;
/** 控 */
export const H_CONTROL = 1 << 6;
/** 时 期 */
export const H_TIME = 1 << 7;
/** The characters of the cost words: 成本 费 资金 金额 补贴 补助 单价 定额 预算 开支 支出, 标准. */
export const H_COST = 1 << 8;
/** The characters of 健全 机制 制度 长效 可持续 合理性 规范性. */
export const H_LASTING = 1 << 9;
/** 验 (验收) */
export const H_YAN = 1 << 10;
/** 数 次 (次数, 个数, 场次, 数量…) */
export const H_COUNT = 1 << 11;
/** 人 名 (人数, 人次, 名额) */
export const H_PEOPLE = 1 << 12;
/** 总 合 控 (总成本, 合计, 控制在…内) */
export const H_TOTAL = 1 << 13;
/** 会 培 (会期, 会议时间, 培训天数) */
export const H_MEET = 1 << 14;
/** 受 惠 帮 覆 服 (受益, 惠及, 帮扶, 覆盖…人, 服务对象) */
export const H_BENEFICIARY = 1 << 16;
/** The last character of a money word: 成本 费 费用 资金 金额 补贴 补助 单价 定额 标准 开支 支出 工资 薪酬 慰问金 租金. */
export const H_MONEY_LAST = 1 << 17;

// Facts the pass adds to a name's hints (not character hints).
/** A cost word of the vocab (COST_WORDS) in the name; exact when the name has no whitespace. */
export const H_MONEY_WORD = 1 << 18;
/** The name ends with 标准. */
export const H_ENDS_STANDARD = 1 << 19;
/** The name has whitespace: words found by their ends may differ from the vocab's, which ignores it. */
export const H_SPACED = 1 << 20;

/** Hints of each UTF-16 code unit. */
export const CHAR_HINTS = new Uint32Array(0x10000);

function mark(chars: string, hint: number): void {
  for (const c of chars) CHAR_HINTS[c.charCodeAt(0)] |= hint;
}
mark(NAME_NOISE_CHARS, H_NOISE);
for (const [from, to] of [
  ["０", "９"],
  ["Ａ", "Ｚ"],
  ["ａ", "ｚ"],
  ["A", "Z"],
]) {
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) CHAR_HINTS[c] |= H_FOLD;
}
mark("率", H_LV);
mark("比", H_BI);
mark("满", H_MAN);
mark("增涨", H_GROWTH);
mark("控", H_CONTROL);
mark("时期", H_TIME);
mark("成费资金补单定预开支标", H_COST);
mark("健机制长可理范", H_LASTING);
mark("验", H_YAN);
mark("数次", H_COUNT);
mark("人名", H_PEOPLE);
mark("总合控", H_TOTAL);
mark("会培", H_MEET);
mark("受惠帮覆服", H_BENEFICIARY);
mark("本费用金额贴助价准支出资酬", H_MONEY_LAST);

// Words found by their last character during the pass (bits of WordEnd). A character that ends such a
// word carries, in the top byte of its hints, the number of its list of words in ENDINGS.
const END_SHIFT = 24;
/** The hint bits below the ending number. */
export const HINT_BITS = (1 << END_SHIFT) - 1;

/** What the words found by their ends say. */
export const WordEnd = { costWord: 1, timely: 2, satisfaction: 4, rate: 8, money: 16 } as const;

interface Ending {
  /** The characters before the last, nearest first (-1: none needed). */
  before1: number;
  before2: number;
  /** The word does not count right after these characters ("效率", "频率" are not rates). */
  notAfter: readonly number[];
  word: number;
}
const ENDINGS: Ending[][] = [[]];

function ending(word: string, bits: number, notAfter = ""): void {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  let id = CHAR_HINTS[last] >>> END_SHIFT;
  if (id === 0) {
    id = ENDINGS.length;
    ENDINGS.push([]);
    CHAR_HINTS[last] |= id << END_SHIFT;
  }
  ENDINGS[id].push({
    before1: n >= 2 ? word.charCodeAt(n - 2) : -1,
    before2: n >= 3 ? word.charCodeAt(n - 3) : -1,
    notAfter: [...notAfter].map((c) => c.charCodeAt(0)),
    word: bits,
  });
}
ending("成本", WordEnd.costWord);
for (const w of ON_TIME_WORDS) ending(w, WordEnd.timely);
ending("满意", WordEnd.satisfaction);
ending("率", WordEnd.rate, "效频");
for (const w of ["占比", "比例", "百分比"]) ending(w, WordEnd.rate);
for (const w of COST_WORDS) ending(w, WordEnd.money);

/** Whether character `c` (with its hints `hint`) ends any word of the lists. */
export const endsWords = (hint: number): boolean => hint >>> END_SHIFT !== 0;

/**
 * The words (WordEnd bits) that end with character `c`, whose hints are `hint`, given the one or two
 * characters before it (0 at the start). On a name without whitespace these are exactly: 成本 → costWord;
 * 及时, 按时, 准时, 按期, 时效 → timely (the vocab's ON_TIME_WORDS); 满意 → satisfaction; 率 (not after
 * 效/频), 占比, 比例, 百分比 → rate (the vocab's tests); the vocab's COST_WORDS → money.
 */
export function wordsEndingAt(hint: number, prev2: number, prev: number): number {
  let words = 0;
  for (const e of ENDINGS[hint >>> END_SHIFT]) {
    if (e.before1 >= 0 && e.before1 !== prev) continue;
    if (e.before2 >= 0 && e.before2 !== prev2) continue;
    if (e.notAfter.includes(prev)) continue;
    words |= e.word;
  }
  return words;
}

/**
 * The hints a name must have for the word list of a NameKind to possibly match it (any one of them);
 * 0: no shortcut (the headcount list has too many characters).
 */
export function hintsNeeded(kind: NameKind): number {
  switch (kind) {
    case NameKind.satisfaction:
      return H_MAN;
    case NameKind.rate:
      return H_LV | H_BI;
    case NameKind.count:
      return H_COUNT;
    case NameKind.peopleCount:
      return H_PEOPLE;
    case NameKind.cost:
    case NameKind.spending:
      return H_COST;
    case NameKind.headcount:
      return 0;
    case NameKind.totalCost:
      return H_TOTAL;
    case NameKind.cappedDuration:
      return H_MEET;
    case NameKind.timeliness:
      return H_TIME;
    case NameKind.sustainable:
      return H_LASTING;
    case NameKind.quality:
      return H_LV | H_YAN;
    case NameKind.negativeRate:
    case NameKind.controlRate:
      return H_LV;
  }
}
