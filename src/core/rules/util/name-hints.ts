/**
 * Character hints for indicator names: one look-up per character tells which word lists a name may
 * match. A word list cannot match a name that lacks every character its words need ("…率" needs 率), so
 * the rules skip most word-list regexes — and most indicators — without reading the name again.
 * A hint only ever rules a word list out; a name that has the characters is still tested in full.
 */
import { NameKind } from "../../vocab/indicator-kind";
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
/**
 * A character that ends a word worth finding by its characters before it: 成本; 及时, 按时, 准时, 按期, 时效;
 * 满意; …率 (not 效率, 频率), 占比, 比例, 百分比.
 */
export const H_PAIR_END = 1 << 15;

/** Hints of each UTF-16 code unit. */
export const CHAR_HINTS = new Uint16Array(0x10000);

function mark(chars: string, hint: number): void {
  for (const c of chars) CHAR_HINTS[c.charCodeAt(0)] |= hint;
}
mark(NAME_NOISE_CHARS, H_NOISE);
for (const [from, to] of [["０", "９"], ["Ａ", "Ｚ"], ["ａ", "ｚ"], ["A", "Z"]]) {
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
mark("本时期效意率比例", H_PAIR_END);

const code = (c: string) => c.charCodeAt(0);
const [CHENG, BEN, SHI, QI, XIAO, JI, AN, ZHUN, MAN, YI, LV, PIN, BI, ZHAN, LI, FEN, BAI] = [..."成本时期效及按准满意率频比占例分百"].map(code);

/** What a word ending at a H_PAIR_END character says (bits of WordEnd). */
export const WordEnd = { costWord: 1, timely: 2, satisfaction: 4, rate: 8 } as const;

/**
 * The words that end with character `c`, given the one or two characters before it (0 at the start):
 * 成本 → costWord; 及时, 按时, 准时, 按期, 时效 → timely; 满意 → satisfaction; 率 not after 效/频, 占比, 比例,
 * 百分比 → rate. On a name without whitespace these are exactly the vocab's rate and satisfaction tests
 * and indicator-misplaced's timeliness words.
 */
export function wordEndingAt(prev2: number, prev: number, c: number): number {
  switch (c) {
    case BEN:
      return prev === CHENG ? WordEnd.costWord : 0;
    case SHI:
      return prev === JI || prev === AN || prev === ZHUN ? WordEnd.timely : 0;
    case QI:
      return prev === AN ? WordEnd.timely : 0;
    case XIAO:
      return prev === SHI ? WordEnd.timely : 0;
    case YI:
      return prev === MAN ? WordEnd.satisfaction : 0;
    case LV:
      return prev === XIAO || prev === PIN ? 0 : WordEnd.rate;
    case BI:
      return prev === ZHAN || (prev === FEN && prev2 === BAI) ? WordEnd.rate : 0;
    case LI:
      return prev === BI ? WordEnd.rate : 0;
    default:
      return 0;
  }
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
