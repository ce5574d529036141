/**
 * What the rules need to know about every indicator of a table, worked out in one pass and kept in dense
 * arrays. Most rules look at every indicator (10,000 projects × 30 = 300,000 of them) and skip almost all:
 * reading each indicator object again in every rule costs more than the rules' own tests, because the
 * objects do not stay in the CPU cache. A rule reads the flags instead (one number per indicator, side by
 * side) and touches an indicator only when its flags say it may be a case.
 *
 * The word classes of a name (vocab NameKind: rate, cost, headcount…) are worked out the first time a rule
 * asks and remembered, so rules that ask the same question share the answer.
 *
 * Cached per table: the model does not change while rules run.
 */
import type { Indicator, Project, Table } from "../../model";
import { nameIs, stripSpaces, type NameKind } from "../../vocab/indicator-kind";
import { compactName } from "./compact-name";
import { wanFactor } from "./cost-money";
import { isCountUnit } from "./count-units";
import { MEASURED_LEVEL2 } from "./indicator-hints";

// Facts read from the indicator's fields (bits of TableFacts.flags).
/** Operator ≥ or >. */
export const OP_GE = 1 << 0;
/** Operator ≤ or <. */
export const OP_LE = 1 << 1;
/** No operator written. */
export const OP_NONE = 1 << 2;
/** The parser could not read the value cleanly (ind.malformed). */
export const MALFORMED = 1 << 3;
/** 定性 (ind.qualitative). */
export const QUALITATIVE = 1 << 4;
/** ind.number is not null. */
export const NUMBER = 1 << 5;
/** A number and not 定性 (indicator-text isQuantitative). */
export const QUANT = 1 << 6;
/** A text value (indicator-text isQualitativeText). */
export const QUAL_TEXT = 1 << 7;
/** No value at all. */
export const VALUE_NULL = 1 << 8;
/** No unit. */
export const UNIT_NULL = 1 << 9;
/** A unit cell holding only spaces. */
export const UNIT_BLANK = 1 << 10;
/** Unit exactly "%". */
export const UNIT_PERCENT = 1 << 11;
/** Unit exactly "%" or "％". */
export const UNIT_ANY_PERCENT = 1 << 12;
/** The unit contains 元 (元, 万元, 元/人·天). */
export const UNIT_YUAN = 1 << 13;
/** The unit is days: 天, 日, 工作日. */
export const UNIT_DAY = 1 << 14;
/** An amount of money: 元, 千元, 万元, 亿元 (cost-money wanFactor). */
export const UNIT_MONEY = 1 << 15;
/** A count unit: 次, 人, 本, 天… (cost-units isCountUnit). */
export const UNIT_COUNT = 1 << 16;
/** A "/" in the unit or the line: a unit cost may be written there (元/本, ≤150/本). */
export const SLASH = 1 << 17;
/** |number| ≥ 100. */
export const NUM_BIG = 1 << 18;
/** number ≤ 0. */
export const NUM_NONPOSITIVE = 1 << 19;
/** 满 in the name (a cheap hint for satisfaction). */
export const NAME_MAN = 1 << 20;
/** Under a 二级 whose indicators must carry a number (数量/质量/时效/成本). */
export const MEASURED = 1 << 21;
/** 增 or 涨 in the name (a cheap hint for 增长率, 增幅, 涨幅). */
export const NAME_GROWTH = 1 << 22;
/** 控制率 in the name. */
export const NAME_CONTROL_RATE = 1 << 23;

const DAY_UNIT = /^(天|日|个?工作日)$/;

/** The flags of one indicator. */
export function flagsOf(ind: Indicator): number {
  let f = 0;
  switch (ind.operator) {
    case ">=":
    case ">":
      f |= OP_GE;
      break;
    case "<=":
    case "<":
      f |= OP_LE;
      break;
    case null:
      f |= OP_NONE;
  }
  if (ind.malformed) f |= MALFORMED;
  const n = ind.number;
  if (ind.qualitative) f |= QUALITATIVE;
  if (n !== null) {
    f |= NUMBER;
    if (!ind.qualitative) f |= QUANT;
    if (n.e >= 2) f |= NUM_BIG;
    if (n.isZero() || n.isNegative()) f |= NUM_NONPOSITIVE;
  }
  if (ind.value === null) f |= VALUE_NULL;
  else if (ind.qualitative || n === null) f |= QUAL_TEXT;
  const unit = ind.unit;
  if (unit === null) f |= UNIT_NULL;
  else if (unit === "%") f |= UNIT_PERCENT | UNIT_ANY_PERCENT;
  else if (unit === "％") f |= UNIT_ANY_PERCENT;
  else {
    const u = unit.trim();
    if (u === "") f |= UNIT_BLANK;
    if (unit.includes("元")) f |= UNIT_YUAN;
    if (wanFactor(unit) !== null) f |= UNIT_MONEY;
    if (DAY_UNIT.test(u)) f |= UNIT_DAY;
    if (isCountUnit(unit)) f |= UNIT_COUNT;
    if (unit.includes("/") || unit.includes("／")) f |= SLASH;
  }
  if ((f & SLASH) === 0 && (ind.raw.includes("/") || ind.raw.includes("／"))) f |= SLASH;
  const name = ind.name;
  if (name.includes("满")) f |= NAME_MAN;
  if (name.includes("增") || name.includes("涨")) f |= NAME_GROWTH;
  if (name.includes("控制率")) f |= NAME_CONTROL_RATE;
  if (ind.level2Key !== null && MEASURED_LEVEL2.has(ind.level2Key)) f |= MEASURED;
  return f;
}

export class TableFacts {
  /** Flags of every indicator of the table, project after project. */
  readonly flags: Uint32Array;
  /** Index in `flags` of each project's first indicator; start[projects.length] is the total. */
  readonly start: Uint32Array;
  /** Every indicator of the table, in the same order as `flags`. */
  readonly indicators: readonly Indicator[];
  /** compactName of every indicator's name. */
  readonly compact: readonly string[];
  /** Every indicator's name without whitespace (the name itself when it has none). */
  readonly plain: readonly string[];
  private readonly asked: Uint16Array;
  private readonly answer: Uint16Array;

  constructor(readonly projects: readonly Project[]) {
    let total = 0;
    const start = new Uint32Array(projects.length + 1);
    for (let p = 0; p < projects.length; p++) {
      start[p] = total;
      total += projects[p].indicators.length;
    }
    start[projects.length] = total;
    this.start = start;
    this.flags = new Uint32Array(total);
    this.asked = new Uint16Array(total);
    this.answer = new Uint16Array(total);
    const indicators: Indicator[] = new Array<Indicator>(total);
    const compact: string[] = new Array<string>(total);
    const plain: string[] = new Array<string>(total);
    let k = 0;
    for (const project of projects) {
      for (const ind of project.indicators) {
        indicators[k] = ind;
        this.flags[k] = flagsOf(ind);
        const c = compactName(ind.name);
        compact[k] = c;
        // compactName drops whitespace among other things: when it left the name alone, so would stripSpaces.
        plain[k] = c === ind.name ? c : stripSpaces(ind.name);
        k++;
      }
    }
    this.indicators = indicators;
    this.compact = compact;
    this.plain = plain;
  }

  /** Whether indicator k's name is of the kind (vocab nameIs on the name without whitespace); remembered. */
  is(k: number, kind: NameKind): boolean {
    if ((this.asked[k] & kind) !== 0) return (this.answer[k] & kind) !== 0;
    const yes = nameIs(this.plain[k], kind);
    this.asked[k] |= kind;
    if (yes) this.answer[k] |= kind;
    return yes;
  }

  /** The same question about the compacted name (no punctuation or book titles): as `is` when they agree. */
  compactIs(k: number, kind: NameKind): boolean {
    const c = this.compact[k];
    return c === this.plain[k] ? this.is(k, kind) : nameIs(c, kind);
  }
}

const cache = new WeakMap<Table, TableFacts>();

export function tableFacts(table: Table): TableFacts {
  let facts = cache.get(table);
  if (!facts || facts.projects !== table.projects) cache.set(table, (facts = new TableFacts(table.projects)));
  return facts;
}

/**
 * Calls `visit` for every indicator of the table whose flags pass `test`, in table order, with its project
 * and its index in the facts.
 */
export function eachIndicator(
  table: Table,
  test: (flags: number) => boolean,
  visit: (ind: Indicator, project: Project, k: number, facts: TableFacts) => void,
): void {
  const facts = tableFacts(table);
  const { flags, start, indicators, projects } = facts;
  for (let p = 0; p < projects.length; p++) {
    const end = start[p + 1];
    for (let k = start[p]; k < end; k++) {
      if (test(flags[k])) visit(indicators[k], projects[p], k, facts);
    }
  }
}
