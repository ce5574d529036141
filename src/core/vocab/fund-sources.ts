/**
 * The words of a fund block's lines (资金来源), as data: what a 年度资金总额 is made of. A form writes
 * them under the total (「其中：财政拨款 | 150」「其他资金 | 30」), in the amount cell after it
 * (「财政拨款:80万元」), numbered (「1.中央资金」「2.市级资金」), nested (「财政拨款 | 80」 then
 * 「其中：一般公共预算 | 60」), or in groups with a 小计 line each (「财政拨款 | 小计 | 80」, then the
 * group's own lines). A line is recognised by its key (labelKey: brackets, spaces and colons removed)
 * after its numbering and 其中.
 */
import { labelKey } from "./label-key";

/**
 * Sources that make up the total by themselves: public money as one line, and everything that is not
 * public money. 财政拨款 and its synonyms come first: they are the ones with parts of their own.
 */
export const PUBLIC_MONEY_WORDS: readonly string[] = ["财政拨款", "财政资金", "财政补助"];
const OTHER_SOURCE_WORDS: readonly string[] = [
  "其他",
  "自有",
  "单位自有",
  "自筹",
  "单位自筹",
  "单位",
  "上年结转",
  "结转",
  "社会",
  "事业收入",
  "经营收入",
  "专项债券",
  "债券",
  "银行贷款",
];
/**
 * The parts public money is split into: by budget (一般公共预算, 政府性基金, 国有资本经营预算, 财政专户)
 * or by level of government (中央, 省级, 市级, 县级, 本级, 上级, 地方). Under a 财政拨款 line they are its
 * parts; with no 财政拨款 line above them they are the total's own parts (「其中：中央补助」「地方资金」).
 */
const PUBLIC_PART_WORDS: readonly string[] = [
  "一般公共预算",
  "政府性基金",
  "国有资本经营预算",
  "财政专户",
  "中央",
  "省级",
  "市级",
  "州级",
  "县级",
  "区级",
  "乡级",
  "镇级",
  "本级",
  "上级",
  "地方",
];
/** What may follow a source word: 「中央补助资金」「一般公共预算拨款」「本级财政」「地方配套资金」. */
const SUFFIX = /^(?:资金|拨款|预算|补助|收入|财政|管理|安排|投入|申请|来源|配套)*$/;
/** What may precede it: 「当年财政拨款」「本年度上年结转」. */
const PREFIX = /^(?:当年|本年度?|年度)/;
/** Numbering before a line: 1. 1、 一、 (1) (一) ①. */
const NUMBERING =
  /^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,2}[、.]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,2}\)|[①-⑩])/;

export type FundLineKind = "public" | "other" | "publicPart" | "subtotal";

export interface FundLine {
  kind: FundLineKind;
  /** The line's name without numbering, 其中 and colons: 「财政拨款」「中央补助资金」「小计」「财政拨款小计」. */
  name: string;
  /** Written after 其中 (a part of what comes before it). */
  under: boolean;
  /** For a named 小计 line (「财政拨款小计」), the group it totals. */
  group?: string;
}

function startsWithWord(key: string, words: readonly string[]): boolean {
  return words.some((w) => key.startsWith(w) && SUFFIX.test(key.slice(w.length)));
}

/** The fund line a label is, or null when it is none (a goal label, prose, a 合计 line). */
export function fundLineOf(text: string): FundLine | null {
  if (text.length > 30) return null;
  const half = text
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/[\s\u00a0\u3000]+/g, "");
  const numbered = half.replace(NUMBERING, "");
  let key = labelKey(numbered);
  const under = key.startsWith("其中");
  if (under) key = key.slice(2).replace(NUMBERING, "");
  key = key.replace(PREFIX, "");
  if (key === "" || key.length > 16) return null;
  if (key.endsWith("小计")) {
    const group = key.slice(0, -2);
    if (group === "") return { kind: "subtotal", name: "小计", under };
    const of = fundLineOf(group);
    return of && of.kind !== "subtotal" ? { kind: "subtotal", name: key, under, group: of.name } : null;
  }
  if (startsWithWord(key, PUBLIC_MONEY_WORDS)) return { kind: "public", name: key, under };
  if (startsWithWord(key, PUBLIC_PART_WORDS)) return { kind: "publicPart", name: key, under };
  if (startsWithWord(key, OTHER_SOURCE_WORDS)) return { kind: "other", name: key, under };
  return null;
}

/** A numbered line (「1.中央资金」「2、项目资金」): a line of a block under a total, whatever its words. */
const NUMBERED_LINE = /^\d[.、][\u4e00-\u9fff]/;

/**
 * A sub-line of a fund block — 其中 …, a numbered line, or a fund line of the words above (财政拨款,
 * 其他资金, 上年结转, 中央补助 …, a named 小计): a part of the total, never the total itself. Form
 * labels use it so a 其中 line is never taken for the amount's label or its value.
 */
export function isFundSubline(text: string): boolean {
  const key = labelKey(text);
  if (key.startsWith("其中") || NUMBERED_LINE.test(key)) return true;
  const line = fundLineOf(text);
  return line !== null && (line.kind !== "subtotal" || line.group !== undefined);
}
