/**
 * A project's cost indicators sorted into what the arithmetic rules add up: total-cost items, lump sums,
 * per-person amounts, unit costs and the counted quantities they may multiply with.
 * Shared by cost-over-budget, cost-total-mismatch and goal-indicator-mismatch so they read costs alike.
 */
import type Decimal from "decimal.js";
import type { Indicator, Table } from "../../model";
import { NameKind, totalCostInLine } from "../../vocab/indicator-kind";
import { compactName } from "./compact-name";
import { moneyInWan, WAN_TOLERANCE } from "./cost-money";
import { isCostAt, readQuantity, readUnitCost, type Quantity, type UnitCost } from "./cost-units";
import { NUMBER, QUALITATIVE, UNIT_COUNT, UNIT_MONEY, UNIT_PERCENT, UNIT_SLASH } from "./indicator-flags";
import { tableFacts, type TableFacts } from "./table-facts";

export interface MoneyItem {
  ind: Indicator;
  /** The amount in 万元. */
  wan: Decimal;
  /** A part that a 综合定额 covers (住宿费, 伙食费, 场地费…): see CostRole. */
  component?: boolean;
}

/**
 * How a unit cost relates to a 综合定额 (docs/domain.md, 支出标准: the 三类 meeting quota 550 = 住宿 340 + 伙食 130 +
 * 其他 80; the training quota likewise covers 住宿, 伙食, 场地资料交通, 其他):
 * - composite: the whole per-person-day quota (综合定额, 会议费/培训费 标准);
 * - component: one of its parts (住宿标准, 伙食标准, 场地费…), already inside a composite of the same
 *   project, so never added to it; without a composite, components are costs of their own;
 * - plain: anything else (单册印制成本, 讲课费).
 */
export type CostRole = "composite" | "component" | "plain";

export interface UnitCostItem {
  ind: Indicator;
  cost: UnitCost;
  role: CostRole;
}

export interface CostPicture {
  /** 总成本 / 总额 / 经费总额 / 控制在…内, in 万元. */
  totals: MoneyItem[];
  /** Lump sums that certainly add to the project's cost (not totals, not per-unit). */
  lumpSums: MoneyItem[];
  /** 人均… / 每人… amounts in 元/万元 with no count (人均培训成本 ≤4300元). */
  perPerson: MoneyItem[];
  /**
   * Bare-元 amounts that are probably per-unit costs written without their "/次", "/人": left out of
   * the certain sum (see isProbablyPerUnit).
   */
  probablyPerUnit: MoneyItem[];
  unitCosts: UnitCostItem[];
  /**
   * The counted quantities unit costs may multiply with: those in a unit cost's per-units (all of them
   * when the project also has bare-元 amounts); none without unit costs. (Bare-元 amounts are compared
   * with all of them while the picture is made: see isProbablyPerUnit.)
   */
  quantities: readonly Quantity[];
  /** The project amount ± WAN_TOLERANCE, once asked (see nearAmount). */
  near?: { amount: Decimal; lo: Decimal; hi: Decimal };
}

/**
 * The project amount ± 0.005 万元 (WAN_TOLERANCE), made once per project for the rules that compare with it:
 * "x exceeds the amount" is x > hi, "x is below it" x < lo (decimal.js is slow: no subtraction per item).
 */
export function nearAmount(pic: CostPicture, amount: Decimal): { lo: Decimal; hi: Decimal } {
  if (pic.near === undefined || pic.near.amount !== amount) {
    pic.near = { amount, lo: amount.minus(WAN_TOLERANCE), hi: amount.plus(WAN_TOLERANCE) };
  }
  return pic.near;
}

const NO_QUANTITIES: readonly Quantity[] = Object.freeze([]);

// Marks a per-unit amount in the name: 人均, 每人, 单价, 标准 (a spending standard), 定额.
const PER_UNIT_NAME = /人均|每人|生均|户均|每次|每期|每场|每本|每册|每天|每日|单价|单位成本|标准|定额/;
const PER_PERSON_NAME = /人均|每人/;
// Money figures that are benefits, not costs: 节约资金, 带动增收.
const BENEFIT_MONEY = /节约|节省|增收|收入|效益|产值|带动|挽回|减少|降低/;
// Parts a 综合定额 covers, and the names of the quota itself (会议费综合定额, 人均培训费, 会议费标准).
const COMPONENT_NAME = /住宿|伙食|餐|场地|会议室|会场|资料|交通|其他/;
const COMPOSITE_NAME = /综合|定额|(会议|会务|培训)费/;

/** The role of a cost item with this (compacted) name; see CostRole. */
export function costRole(compactedName: string): CostRole {
  if (COMPONENT_NAME.test(compactedName)) return "component";
  return COMPOSITE_NAME.test(compactedName) ? "composite" : "plain";
}

const COST_SUFFIX = /(单位成本|成本|费用|经费|费|单价|标准|定额|补贴|补助|金额|资金|支出|开支)$/;

/**
 * What a cost pays for, as its last two characters before the cost word (Chinese compounds are
 * head-final): "印刷出版成本" → "出版", "住宿标准" → "住宿", "征编成本" → "征编". null when too short.
 */
export function costSubjectCore(name: string): string | null {
  let n = compactName(name).replace(/^(人均|每人|每)/, "");
  for (let i = 0; i < 3 && COST_SUFFIX.test(n); i++) n = n.replace(COST_SUFFIX, "");
  return n.length >= 2 ? n.slice(-2) : null;
}

/**
 * What the sorting reads from a (compacted) name with the patterns above, as bits. A table repeats a few
 * thousand names, so each name is tested once per table (see NameClasses) rather than once per indicator.
 */
const BENEFIT = 1;
const PER_PERSON = 2;
const PER_UNIT = 4;
const COMPONENT = 8;
const COMPOSITE = 16;

function nameClassOf(compactedName: string): number {
  let bits = 0;
  if (BENEFIT_MONEY.test(compactedName)) bits |= BENEFIT;
  if (PER_PERSON_NAME.test(compactedName)) bits |= PER_PERSON;
  if (PER_UNIT_NAME.test(compactedName)) bits |= PER_UNIT;
  const role = costRole(compactedName);
  if (role === "component") bits |= COMPONENT;
  else if (role === "composite") bits |= COMPOSITE;
  return bits;
}

/** The name classes of one table's compacted names, and its names' cost subjects, worked out on first demand. */
class NameClasses {
  private readonly known = new Map<string, number>();
  private readonly cores = new Map<string, string | null>();

  of(compactedName: string): number {
    let bits = this.known.get(compactedName);
    if (bits === undefined) this.known.set(compactedName, (bits = nameClassOf(compactedName)));
    return bits;
  }

  /** costSubjectCore of a name (as written). */
  core(name: string): string | null {
    let core = this.cores.get(name);
    if (core === undefined) this.cores.set(name, (core = costSubjectCore(name)));
    return core;
  }
}

const roleOf = (bits: number): CostRole =>
  (bits & COMPONENT) !== 0 ? "component" : (bits & COMPOSITE) !== 0 ? "composite" : "plain";

// Four rules read the same pictures; the model is not changed while rules run.
const cache = new WeakMap<TableFacts, { pictures: CostPicture[]; classes: NameClasses }>();

/**
 * The cost pictures of a table's projects, by project index: each sorted on first demand (linear in the
 * project's indicators) and kept for the other rules.
 */
export function costPictures(table: Table): (p: number) => CostPicture {
  const facts = tableFacts(table);
  let cached = cache.get(facts);
  if (!cached) {
    cached = { pictures: new Array<CostPicture>(facts.projects.length), classes: new NameClasses() };
    cache.set(facts, cached);
  }
  const { pictures, classes } = cached;
  return (p) => (pictures[p] ??= buildCostPicture(facts, classes, facts.start[p], facts.start[p + 1]));
}

/** The picture of the project whose indicators are numbers first…end-1 of the facts (read from the facts' flat list). */
function buildCostPicture(facts: TableFacts, classes: NameClasses, first: number, end: number): CostPicture {
  const pic: CostPicture = {
    totals: [],
    lumpSums: [],
    perPerson: [],
    probablyPerUnit: [],
    unitCosts: [],
    quantities: NO_QUANTITIES,
  };
  const bareYuan: MoneyItem[] = [];
  const inds = facts.indicators;
  for (let k = first; k < end; k++) {
    const f = facts.flags[k];
    // Rates and 定性 values are most of a table and never part of the cost arithmetic.
    if ((f & (QUALITATIVE | UNIT_PERCENT)) !== 0) continue;
    // Neither a unit in "元/…", nor an amount of money, nor a cost whose line may hold "≤150/本": nothing.
    if (
      (f & UNIT_SLASH) === 0 &&
      (f & (UNIT_MONEY | NUMBER)) !== (UNIT_MONEY | NUMBER) &&
      !isCostAt(facts, k)
    )
      continue;
    const ind = inds[k];
    const cost = readUnitCost(ind, facts, k);
    if (cost) {
      pic.unitCosts.push({ ind, cost, role: roleOf(classes.of(facts.compact[k])) });
      continue;
    }
    if ((f & (UNIT_MONEY | NUMBER)) === (UNIT_MONEY | NUMBER)) {
      const name = facts.compact[k];
      if (facts.compactIs(k, NameKind.totalCost) || totalCostInLine(name, ind.raw))
        pic.totals.push({ ind, wan: wanOf(ind) });
      else if (!facts.compactIs(k, NameKind.cost) || (classes.of(name) & BENEFIT) !== 0) continue;
      else if ((classes.of(name) & PER_PERSON) !== 0) pic.perPerson.push({ ind, wan: wanOf(ind) });
      else if ((classes.of(name) & PER_UNIT) !== 0)
        continue; // a standard/unit price with no per-unit: nothing to add
      else if (ind.unit !== null && ind.unit.trim() === "元")
        bareYuan.push(lumpItem(ind, wanOf(ind), classes.of(name)));
      else pic.lumpSums.push(lumpItem(ind, wanOf(ind), classes.of(name)));
      continue;
    }
  }
  // The counted quantities matter only to unit costs (those in their per-units) and to bare-元 amounts (all).
  // Pictures are kept while the rules run: quantities only where certainCostSum multiplies with them.
  const quantities: Quantity[] = [];
  if (pic.unitCosts.length > 0 || bareYuan.length > 0) {
    let wanted: number[] | null = null;
    if (bareYuan.length === 0) {
      wanted = [];
      for (const u of pic.unitCosts)
        for (const per of u.cost.per) wanted.push(facts.countUnitIds.get(per) ?? -1);
    }
    for (let k = first; k < end; k++) {
      if ((facts.flags[k] & (QUALITATIVE | UNIT_PERCENT | UNIT_COUNT)) !== UNIT_COUNT) continue;
      if (wanted !== null && !wanted.includes(facts.countUnit[k])) continue;
      const ind = inds[k];
      if (pic.unitCosts.some((u) => u.ind === ind)) continue; // a unit cost read from its line ("≤150/本")
      const q = readQuantity(ind, facts, k);
      if (q) quantities.push(q);
    }
    if (pic.unitCosts.length > 0) pic.quantities = quantities;
  }
  if (bareYuan.length > 0) {
    let added = false;
    for (const item of bareYuan) {
      if (isProbablyPerUnit(item.ind, pic, quantities, classes)) pic.probablyPerUnit.push(item);
      else {
        pic.lumpSums.push(item);
        added = true;
      }
    }
    // Keep the table's order so the message's formula reads like the table (a handful of items).
    if (added && pic.lumpSums.length > 1) {
      const order = (item: MoneyItem) => inds.indexOf(item.ind, first);
      pic.lumpSums.sort((a, b) => order(a) - order(b));
    }
  }
  return pic;
}

/** The flags said it is an amount of money. */
const wanOf = (ind: Indicator): Decimal => moneyInWan(ind) as Decimal;

function lumpItem(ind: Indicator, wan: Decimal, nameClass: number): MoneyItem {
  return (nameClass & COMPONENT) !== 0 ? { ind, wan, component: true } : { ind, wan };
}

/**
 * A bare-元 amount is probably a per-unit cost whose "/次" or "/人" was left out when
 * - the project also states per-person amounts (人均培训成本 4300元 next to 培训教材成本 210元: the
 *   教材 cost is per trainee too), or
 * - what it pays for is a counted activity of the project (征编成本 ≤500元 next to 征编走访 ≥180次:
 *   500 元 per visit, not 500 元 in all).
 * Such items are neither added as lump sums nor multiplied: leaving them out only lowers the sum, so a
 * sum that still exceeds the amount exceeds it certainly.
 */
function isProbablyPerUnit(
  ind: Indicator,
  pic: CostPicture,
  quantities: readonly Quantity[],
  classes: NameClasses,
): boolean {
  if (pic.perPerson.length > 0) return true;
  const core = classes.core(ind.name);
  return core !== null && quantities.some((q) => q.ind.name.includes(core));
}

/**
 * The quantity a unit cost's per-unit refers to, when unambiguous: the only count in that unit, or the
 * only one whose name names what the cost pays for (住宿标准 ↔ 住宿人数). null when it is a guess.
 */
export function matchQuantity(
  costInd: Indicator,
  perUnit: string,
  quantities: readonly Quantity[],
): Quantity | null {
  const sameUnit = quantities.filter((q) => q.unit === perUnit);
  if (sameUnit.length === 1) return sameUnit[0];
  if (sameUnit.length === 0) return null;
  const core = costSubjectCore(costInd.name);
  if (core === null) return null;
  const named = sameUnit.filter((q) => compactName(q.ind.name).includes(core));
  return named.length === 1 ? named[0] : null;
}
