/**
 * Units of unit costs and counted quantities: "元/本", "元/人·天", "元/天·人", "元/人/天" and the
 * counts they multiply with ("800本", "162名", "3天").
 */
import Decimal from "decimal.js";
import type { Indicator } from "../../model";
import { NameKind, stripSpaces } from "../../vocab/indicator-kind";
import { canonicalCountUnit, COUNT_UNIT } from "./count-units";
import { NAME_COST_WORD, NUMBER, QUALITATIVE, UNIT_COUNT, UNIT_SLASH } from "./indicator-flags";
import { type TableFacts } from "./table-facts";

export interface UnitCost {
  /** The price in 元 per one of each per-unit. */
  priceYuan: Decimal;
  /** Canonical per-units: ["本"], ["人", "天"]. */
  per: string[];
  /** The unit as the message shows it: "元/本", "元/人·天" (元 also when "≤150/本" lost it). */
  label: string;
}

/** 元 in one of the currency written before "/": 千元, 万元 ("万" alone is 万元). */
const YUAN_PER: Record<string, number> = { 千元: 1000, 万元: 10000, 万: 10000 };

const UNIT_COST_RE = /^(万元|千元|元|万)?[/／](.+)$/;
// "≤150/本" (the unit lost its 元) as it appears in the raw line when the parser could not split it.
const RAW_UNIT_COST_RE =
  /(\d+(?:\.\d+)?)\s*(万元|千元|元)?\s*[/／]\s*([人天日本册次期场个项篇份件户台套]+(?:[·•・.*×/／][人天日次期场]+)?)/;
const PER_SPLIT = /[·•・.*×/／]/;

function perUnits(text: string): string[] | null {
  const t = text.replace(/\s+/g, "");
  let parts = t.split(PER_SPLIT).filter((p) => p !== "");
  // "人天" / "人日" written without a separator.
  if (parts.length === 1 && /^(人[天日]|[天日]人)$/.test(parts[0])) parts = [...parts[0]];
  if (parts.length === 0 || parts.length > 2) return null;
  const out = parts.map(canonicalCountUnit);
  return out.every((p) => COUNT_UNIT.test(p)) ? out : null;
}

/**
 * Read an indicator as a unit cost: a number in 元 (or 万元) per one or two count units.
 * "≤150/本" has no currency: a per-copy cost of 150 万元 is absurd, so 元 is assumed (and the message
 * shows "150元/本"). Reversed forms ("次/350元", "2次/2500元") are not read: which number is the price
 * and which the count is a guess.
 */
export function readUnitCost(ind: Indicator, facts: TableFacts, k: number): UnitCost | null {
  // The flags first: this is asked about most indicators and almost none is a unit cost.
  const f = facts.flags[k];
  if ((f & QUALITATIVE) !== 0) return null;
  // No "/" in the unit: only a cost with "≤150/本" left whole in the line can be one (see below).
  if ((f & UNIT_SLASH) === 0 && !(isCostAt(facts, k) && (ind.raw.includes("/") || ind.raw.includes("／"))))
    return null;
  const unit = ind.unit === null ? "" : stripSpaces(ind.unit);
  if (unit === "%") return null;
  if (facts.is(k, NameKind.rate) || facts.is(k, NameKind.satisfaction)) return null;
  let number = ind.number;
  let currency: string | undefined;
  let perText: string | undefined;
  const m = UNIT_COST_RE.exec(unit);
  if (number !== null && m) {
    currency = m[1];
    perText = m[2];
  } else {
    const r = RAW_UNIT_COST_RE.exec(ind.raw);
    if (!r || !isCostAt(facts, k)) return null;
    // The parser could not split value and unit: the number next to "/本" in the line is the price.
    number = new Decimal(r[1]);
    currency = r[2];
    perText = r[3];
  }
  if (number === null || perText === undefined) return null;
  const per = perUnitsOf(perText);
  if (!per) return null;
  const toYuan = currency === undefined || currency === "元" ? null : YUAN_PER[currency];
  return { priceYuan: toYuan ? number.times(toYuan) : number, per: per.units, label: per.label };
}

/** Per-units read before, by their text: a table writes a handful ("人·天", "本"). Shared, never changed. */
const PER_UNITS = new Map<string, { units: string[]; label: string } | null>();

function perUnitsOf(text: string): { units: string[]; label: string } | null {
  let found = PER_UNITS.get(text);
  if (found === undefined) {
    if (PER_UNITS.size >= 512) PER_UNITS.clear();
    const units = perUnits(text);
    found = units ? { units: Object.freeze(units) as string[], label: `元/${units.join("·")}` } : null;
    PER_UNITS.set(text, found);
  }
  return found;
}

/** A cost, or 成本 in the name (成本控制率 is a rate, but "≤150/本" beside 成本 is still a price). */
export function isCostAt(facts: TableFacts, k: number): boolean {
  return facts.is(k, NameKind.cost) || (facts.flags[k] & NAME_COST_WORD) !== 0;
}

/** A counted quantity: "800本", "≥162名", "会议时间 ≥3天" — a number with a count unit, not a cost. */
export interface Quantity {
  ind: Indicator;
  unit: string;
  number: Decimal;
}

export function readQuantity(ind: Indicator, facts: TableFacts, k: number): Quantity | null {
  if ((facts.flags[k] & (NUMBER | QUALITATIVE | UNIT_COUNT)) !== (NUMBER | UNIT_COUNT)) return null;
  if (facts.is(k, NameKind.rate) || facts.is(k, NameKind.satisfaction) || facts.is(k, NameKind.cost))
    return null;
  return { ind, unit: facts.countUnitNames[facts.countUnit[k]], number: ind.number as Decimal };
}
