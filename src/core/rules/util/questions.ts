/**
 * The questions a rule may ask about an indicator, in a reviewer's words: is it a satisfaction, a rate,
 * a spending standard; is its value text or a number; is its unit money. Each question is answered once
 * here — by a flag of the table facts where one pass already knows, else by the vocabulary on the name —
 * so a rule says what it wants (`ctx.indicators({ are: ["satisfaction", "number"] }, …)`) instead of
 * picking bit masks, and the word lists stay in src/core/vocab.
 */
import type { Indicator, Project, Table } from "../../model";
import { NameKind } from "../../vocab/indicator-kind";
import {
  MALFORMED,
  MEASURED,
  NAME_RATE,
  NAME_SATISFACTION,
  OP_GE,
  OP_NONE,
  PERCENT_OUTSIDE,
  QUAL_TEXT,
  QUANT,
  UNIT_BLANK,
  UNIT_DAY,
  UNIT_MONEY,
  UNIT_NULL,
  UNIT_PERCENT_LIKE,
  UNIT_YUAN,
  VALUE_NULL,
} from "./indicator-flags";
import { tableFacts, type TableFacts } from "./table-facts";

interface Answer {
  /** Flags that hold exactly when the answer is yes. */
  flags?: number;
  /** The name vocabulary's answer (vocab/indicator-kind). */
  kind?: NameKind;
  /** What the question means, for the docs of rule writers. */
  means: string;
}

export const QUESTIONS = {
  satisfaction: { flags: NAME_SATISFACTION, means: "名称是满意度（…满意度、满意率）" },
  rate: { flags: NAME_RATE, means: "名称是比率（…率、占比、比例）" },
  count: { kind: NameKind.count, means: "名称是次数、个数、场次等数量" },
  peopleCount: { kind: NameKind.peopleCount, means: "名称是人数、人次" },
  cost: { kind: NameKind.cost, means: "名称是成本、费用、资金、补助、标准等金额" },
  spendingStandard: {
    kind: NameKind.spending,
    means: "名称是开支金额或开支标准（应写上限 ≤）：经费、成本、补贴、住宿标准…",
  },
  timeliness: { kind: NameKind.timeliness, means: "名称说的是及时、按时、按期、完成时间" },
  cappedDuration: { kind: NameKind.cappedDuration, means: "名称是政策限定长度的会期、培训天数" },
  sustainable: { kind: NameKind.sustainable, means: "名称说的是长效、可持续影响" },
  quality: { kind: NameKind.quality, means: "名称是合格率、完成率、覆盖率、达标率等质量比率" },
  number: { flags: QUANT, means: "指标值是数字（定量）" },
  noValue: { flags: VALUE_NULL, means: "没有指标值" },
  text: { flags: QUAL_TEXT, means: "指标值是文字（定性，或没有数字）" },
  malformed: { flags: MALFORMED, means: "指标值读不准（解析时发现问题）" },
  percent: { flags: UNIT_PERCENT_LIKE, means: "单位是百分比（%、‰、百分点）" },
  money: { flags: UNIT_MONEY, means: "单位是金额（元、千元、万元、亿元）" },
  yuan: { flags: UNIT_YUAN, means: "单位含「元」（元、万元、元/人·天）" },
  days: { flags: UNIT_DAY, means: "单位是天、日、工作日" },
  noUnit: { flags: UNIT_NULL, means: "没有单位" },
  blankUnit: { flags: UNIT_BLANK, means: "单位格只有空格" },
  percentOutside: { flags: PERCENT_OUTSIDE, means: "百分数大于 100 或小于 0" },
  atLeast: { flags: OP_GE, means: "符号是 ≥ 或 >" },
  noOperator: { flags: OP_NONE, means: "没有写符号" },
  measured: { flags: MEASURED, means: "在数量、质量、时效或成本指标下（必须有数字）" },
} as const satisfies Record<string, Answer>;

export type Question = keyof typeof QUESTIONS;

export interface Where {
  /** Every one of these holds. */
  are?: readonly Question[];
  /** None of these holds. */
  not?: readonly Question[];
  /** At least one of these holds. */
  anyOf?: readonly Question[];
}

/** Ask a question about the indicator being visited. */
export type Ask = (q: Question) => boolean;

function answer(facts: TableFacts, k: number, q: Question): boolean {
  const a: Answer = QUESTIONS[q];
  if (a.flags !== undefined) return (facts.flags[k] & a.flags) === a.flags;
  return facts.is(k, a.kind!);
}

/**
 * The flags every indicator must carry for `are` to hold, those none may carry for `not`, and — when
 * every question of `anyOf` is a flag — the flags one of which it must carry.
 */
function flagFilter(where: Where): { all: number; none: number; some: number; exact: boolean } {
  let all = 0;
  let none = 0;
  // Whether the flags answer every question: each is one flag (then the filter is the whole test).
  let exact = true;
  const oneFlag = (a: Answer) => a.flags !== undefined && a.flags !== 0 && !(a.flags & (a.flags - 1));
  for (const q of where.are ?? []) {
    const a: Answer = QUESTIONS[q];
    all |= a.flags ?? 0;
    if (!oneFlag(a)) exact = false;
  }
  for (const q of where.not ?? []) {
    const a: Answer = QUESTIONS[q];
    if (oneFlag(a))
      none |= a.flags!; // one exact flag
    else exact = false;
  }
  let some = 0;
  for (const q of where.anyOf ?? []) {
    const a: Answer = QUESTIONS[q];
    const f = a.flags;
    if (f === undefined) return { all, none, some: 0, exact: false }; // a vocabulary question: no flag filter
    if (!oneFlag(a)) exact = false;
    some |= f;
  }
  return { all, none, some, exact };
}

/**
 * Visit, in table order, every indicator of the table for which the questions of `where` are answered
 * as asked, with its project, an `ask` for further questions and its index k in the table facts (for
 * rewriteAt). Flags filter first (whole projects
 * without a needed flag are skipped); the vocabulary is consulted only for what the flags cannot say.
 */
export function visitIndicators(
  table: Table,
  where: Where,
  visit: (ind: Indicator, project: Project, ask: Ask, k: number) => void,
): void {
  const facts = tableFacts(table);
  const { flags, start, indicators, projects, projectFlags } = facts;
  const { all, none, some, exact } = flagFilter(where);
  const are = where.are ?? [];
  const not = where.not ?? [];
  const anyOf = where.anyOf ?? [];
  let k = 0;
  const ask: Ask = (q) => answer(facts, k, q);
  for (let p = 0; p < projects.length; p++) {
    const any = projectFlags[p];
    if ((any & all) !== all || (some !== 0 && (any & some) === 0)) continue;
    const end = start[p + 1];
    for (k = start[p]; k < end; k++) {
      const f = flags[k];
      if ((f & all) !== all || (f & none) !== 0 || (some !== 0 && (f & some) === 0)) continue;
      if (!exact && (!are.every(ask) || not.some(ask) || (anyOf.length > 0 && !anyOf.some(ask)))) continue;
      visit(indicators[k], projects[p], ask, k);
    }
  }
}
