/**
 * What the rules need to know about every indicator of a table, worked out in one pass and kept in dense
 * arrays. Most rules look at every indicator (10,000 projects × 30 = 300,000 of them) and skip almost all:
 * reading each indicator object again in every rule costs more than the rules' own tests, because the
 * objects do not stay in the CPU cache. A rule reads the flags instead (one number per indicator, side by
 * side) and touches an indicator only when its flags say it may be a case.
 *
 * A table repeats a few thousand names over all its indicators, so what depends on the name alone (its
 * character hints, key hash, compacted forms) is worked out once per distinct name. The word classes of a
 * name (vocab NameKind: rate, cost, headcount…) are worked out the first time a rule asks about that name
 * and remembered, so rules that ask the same question share the answer; rate and satisfaction, which
 * nearly every rule asks, are worked out in the pass and are flags too.
 *
 * Cached per table: the model does not change while rules run. The flags are listed in indicator-flags.ts.
 */
import type { Indicator, Level1Key, Level2Key, Project, Table } from "../../model";
import { costFrom, NameKind, nameIs, spendingFrom, stripSpaces } from "../../vocab/indicator-kind";
import { removePinyinGlosses, toSimplified } from "../../text/match-key";
import { keyOfCompacted, removeNameNoise } from "./compact-name";
import { canonicalCountUnit, unitFamily } from "./count-units";
import { MEASURED_LEVEL2 } from "./indicator-hints";
import { measureCharsOf, textCharsOf } from "./text-chars";
import {
  fieldFlags,
  KEY_UNUSUAL,
  LEVEL1_NUMBER,
  LEVEL2_NUMBER,
  MEASURED,
  NAME_CONTROL_RATE,
  NAME_COST_WORD,
  NAME_GROWTH,
  NAME_MAN,
  NAME_MONEY_END,
  NAME_RATE,
  NAME_SATISFACTION,
  NAME_TIMELY,
  UNIT_COUNT,
  unitFlagsOf,
} from "./indicator-flags";
import {
  CHAR_HINTS,
  endsWords,
  H_CONTROL,
  H_ENDS_STANDARD,
  H_FOLD,
  H_GROWTH,
  H_MAN,
  H_MONEY_LAST,
  H_MONEY_WORD,
  H_NOISE,
  H_SPACED,
  HINT_BITS,
  hintsNeeded,
  WordEnd,
  wordsEndingAt,
} from "./name-hints";

const PASS_KINDS = NameKind.rate | NameKind.satisfaction;
const CHAR_BIAO = "标".charCodeAt(0);
const CHAR_ZHUN = "准".charCodeAt(0);
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, as the pass computes it. */
function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** What the pass works out from an indicator's name alone (the same for every indicator so named). */
interface NameFacts {
  /** The NAME_* and KEY_UNUSUAL bits of the flags. */
  flags: number;
  hints: number;
  keyHash: number;
  compact: string;
  /** The name without whitespace (the name itself when it has none). */
  plain: string;
  /** The classes of the characters of the name as written (text-chars.ts). */
  chars: number;
  /** The NameKind questions answered for this name so far (rate and satisfaction by the pass)… */
  asked: number;
  /** …and the kinds it is among them. */
  answer: number;
}

/** One pass over the name: its character hints, a hash of it, and the words found by their ends. */
function nameFacts(name: string): NameFacts {
  let f = 0;
  let h = 0;
  let hash = FNV_OFFSET;
  let words = 0;
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    const hint = CHAR_HINTS[ch];
    h |= hint;
    hash = Math.imul(hash ^ ch, FNV_PRIME);
    if (endsWords(hint)) words |= wordsEndingAt(hint, prev2, prev);
    prev2 = prev;
    prev = ch;
  }
  h &= HINT_BITS;
  if ((words & WordEnd.money) !== 0) h |= H_MONEY_WORD;
  if (prev === CHAR_ZHUN && prev2 === CHAR_BIAO) h |= H_ENDS_STANDARD;
  if ((CHAR_HINTS[prev] & H_MONEY_LAST) !== 0) f |= NAME_MONEY_END;
  if ((words & WordEnd.costWord) !== 0) f |= NAME_COST_WORD;
  if ((words & WordEnd.timely) !== 0) f |= NAME_TIMELY;
  // compactName drops whitespace among other things: when it leaves the name alone, so does stripSpaces.
  const c = (h & H_NOISE) !== 0 ? removeNameNoise(name) : name;
  const n = c === name ? c : stripSpaces(name);
  const key = (h & (H_NOISE | H_FOLD)) !== 0 ? keyOfCompacted(c) : name;
  if (key.length < 2 || key.endsWith("指标")) f |= KEY_UNUSUAL;
  // Rate and satisfaction from the word ends; whitespace inside the name can join words: ask the vocab.
  const spaced = (h & H_NOISE) !== 0 && n !== name;
  if (spaced) h |= H_SPACED;
  let answer = 0;
  if (spaced ? nameIs(n, NameKind.rate) : (words & WordEnd.rate) !== 0) {
    f |= NAME_RATE;
    answer |= NameKind.rate;
  }
  if (spaced ? nameIs(n, NameKind.satisfaction) : (words & WordEnd.satisfaction) !== 0) {
    f |= NAME_SATISFACTION;
    answer |= NameKind.satisfaction;
  }
  if ((h & H_MAN) !== 0) f |= NAME_MAN;
  if ((h & H_GROWTH) !== 0) f |= NAME_GROWTH;
  if ((h & H_CONTROL) !== 0 && name.includes("控制率")) f |= NAME_CONTROL_RATE;
  const keyHash = key === name ? hash : hashOf(key);
  return { flags: f, hints: h, keyHash, compact: c, plain: n, chars: 0, asked: PASS_KINDS, answer };
}

export class TableFacts {
  /** Flags of every indicator of the table, project after project. */
  readonly flags: Uint32Array;
  /** Index in `flags` of each project's first indicator; start[projects.length] is the total. */
  readonly start: Uint32Array;
  /** Each project's indicators' flags together (OR): a flag missing here is missing from every one. */
  readonly projectFlags: Uint32Array;
  /** Every indicator of the table, in the same order as `flags`. */
  readonly indicators: readonly Indicator[];
  /** compactName of every indicator's name. */
  readonly compact: readonly string[];
  /** Every indicator's 一级 and 二级 keys as one number: see categoryLevel1/categoryLevel2. */
  readonly category: Uint8Array;
  /** The character hints of every indicator's name (name-hints.ts). */
  readonly hints: Uint32Array;
  /** A hash of every indicator's name key (nameKey): different hashes, different keys. */
  readonly keyHash: Int32Array;
  /** The family (count-units unitFamily) of every indicator's unit as a number of `familyIds`; 0: no unit or %. */
  readonly unitFamily: Uint16Array;
  /** Unit family → its number in `unitFamily`, and back. */
  readonly familyIds = new Map<string, number>();
  readonly familyNames: string[] = [""];
  /** Every indicator's count unit, canonical (count-units canonicalCountUnit), as a number of `countUnitIds`; 0: none. */
  readonly countUnit: Uint16Array;
  /** Canonical count unit → its number in `countUnit`, and back. */
  readonly countUnitIds = new Map<string, number>();
  readonly countUnitNames: string[] = [""];
  /** The classes of the characters of every indicator's texts, name and measure (text-chars.ts). */
  readonly textChars: Uint8Array;
  /** Each indicator's name as a number of `names` (the facts of each distinct name). */
  readonly nameOf: Uint32Array;
  private readonly names: NameFacts[] = [];
  /** nameMatches' answers by pattern, per distinct name: 1 yes, -1 no, 0 not asked yet. */
  private readonly matches = new Map<RegExp, Int8Array>();

  /** How many distinct names the table has (the numbers of `nameOf` are below it). */
  get nameCount(): number {
    return this.names.length;
  }

  constructor(readonly projects: readonly Project[]) {
    let total = 0;
    const start = new Uint32Array(projects.length + 1);
    for (let p = 0; p < projects.length; p++) {
      start[p] = total;
      total += projects[p].indicators.length;
    }
    start[projects.length] = total;
    this.start = start;
    const flags = (this.flags = new Uint32Array(total));
    const category = (this.category = new Uint8Array(total));
    const hints = (this.hints = new Uint32Array(total));
    const keyHash = (this.keyHash = new Int32Array(total));
    const families = (this.unitFamily = new Uint16Array(total));
    const countUnits = (this.countUnit = new Uint16Array(total));
    const nameOf = (this.nameOf = new Uint32Array(total));
    const textChars = (this.textChars = new Uint8Array(total));
    const names = this.names;
    const indicators: Indicator[] = new Array<Indicator>(total);
    const compact: string[] = new Array<string>(total);
    // A table writes few distinct units and runs of indicators share their headings.
    const units = new Map<string, { flags: number; family: number; countUnit: number }>();
    const byName = new Map<string, number>();
    let level1: Level1Key | null | undefined;
    let level2: Level2Key | null | undefined;
    let levels = 0;
    let measured = false;
    const projectFlags = (this.projectFlags = new Uint32Array(projects.length));
    let k = 0;
    for (let p = 0; p < projects.length; p++) {
      let any = 0;
      for (const ind of projects[p].indicators) {
        indicators[k] = ind;
        let f = fieldFlags(ind);
        const unit = ind.unit;
        if (unit !== null && unit !== "%" && unit !== "％") {
          let u = units.get(unit);
          if (u === undefined) units.set(unit, (u = this.unitFacts(unit)));
          f |= u.flags;
          families[k] = u.family;
          countUnits[k] = u.countUnit;
        }
        // Names repeat across the table (the parser shares one string per name): each is read once.
        const name = ind.name;
        let id = byName.get(name);
        if (id === undefined) {
          id = names.length;
          // Traditional characters and pinyin glosses (「滿意度」「產(chǎn)出」) are read as the words they are.
          const nf = nameFacts(removePinyinGlosses(toSimplified(name)));
          nf.chars = textCharsOf(name);
          names.push(nf);
          byName.set(name, id);
        }
        const nf = names[id];
        textChars[k] = nf.chars | measureCharsOf(ind);
        nameOf[k] = id;
        f |= nf.flags;
        hints[k] = nf.hints;
        keyHash[k] = nf.keyHash;
        compact[k] = nf.compact;
        if (ind.level1Key !== level1 || ind.level2Key !== level2) {
          level1 = ind.level1Key;
          level2 = ind.level2Key;
          levels = (LEVEL1_NUMBER.get(level1) ?? 0) + 8 * (LEVEL2_NUMBER.get(level2) ?? 0);
          measured = level2 !== null && MEASURED_LEVEL2.has(level2);
        }
        category[k] = levels;
        if (measured) f |= MEASURED;
        flags[k] = f;
        any |= f;
        k++;
      }
      projectFlags[p] = any;
    }
    this.indicators = indicators;
    this.compact = compact;
  }

  private unitFacts(unit: string): { flags: number; family: number; countUnit: number } {
    const flags = unitFlagsOf(unit);
    let countUnit = 0;
    if ((flags & UNIT_COUNT) !== 0) {
      const canonical = canonicalCountUnit(unit);
      countUnit = this.countUnitIds.get(canonical) ?? 0;
      if (countUnit === 0) {
        countUnit = this.countUnitNames.length;
        this.countUnitIds.set(canonical, countUnit);
        this.countUnitNames.push(canonical);
      }
    }
    return { flags, family: this.familyId(unitFamily(unit)), countUnit };
  }

  /** The number of a unit family in `unitFamily` (a new one for a family no unit of the table has). */
  familyId(family: string): number {
    let id = this.familyIds.get(family);
    if (id === undefined) {
      id = this.familyNames.length;
      this.familyIds.set(family, id);
      this.familyNames.push(family);
    }
    return id;
  }

  /** Whether indicator k's name is of the kind (vocab nameIs on the name without whitespace); remembered. */
  is(k: number, kind: NameKind): boolean {
    // The answer depends on the name alone: asked once per distinct name.
    const nf = this.names[this.nameOf[k]];
    if ((nf.asked & kind) !== 0) return (nf.answer & kind) !== 0;
    const h = this.hints[k];
    let yes: boolean;
    if (kind === NameKind.cost && (h & H_SPACED) === 0) {
      // From the pass: rate, satisfaction, a cost word, 标准 at the end (the name is read only for the last).
      const rateOrSatisfaction = (this.flags[k] & (NAME_RATE | NAME_SATISFACTION)) !== 0;
      yes = costFrom(nf.plain, rateOrSatisfaction, (h & H_MONEY_WORD) !== 0, (h & H_ENDS_STANDARD) !== 0);
    } else if (kind === NameKind.spending) {
      yes = spendingFrom(nf.plain, this.is(k, NameKind.cost));
    } else {
      const needed = hintsNeeded(kind);
      // Without any of the characters the word list needs, the name is not read at all.
      yes = (needed === 0 || (h & needed) !== 0) && nameIs(nf.plain, kind);
    }
    nf.asked |= kind;
    if (yes) nf.answer |= kind;
    return yes;
  }

  /**
   * Whether indicator k's name (as written) matches the pattern, a regex without the g or y flag:
   * tested once per distinct name and pattern, remembered.
   */
  nameMatches(k: number, pattern: RegExp): boolean {
    let known = this.matches.get(pattern);
    if (known === undefined) this.matches.set(pattern, (known = new Int8Array(this.names.length)));
    const id = this.nameOf[k];
    let answer = known[id];
    if (answer === 0) known[id] = answer = pattern.test(this.indicators[k].name) ? 1 : -1;
    return answer === 1;
  }

  /** The same question about the compacted name (no punctuation or book titles): as `is` when they agree. */
  compactIs(k: number, kind: NameKind): boolean {
    if ((this.hints[k] & H_NOISE) === 0) return this.is(k, kind);
    const c = this.compact[k];
    return c === this.names[this.nameOf[k]].plain ? this.is(k, kind) : nameIs(c, kind);
  }
}

const cache = new WeakMap<Table, TableFacts>();

export function tableFacts(table: Table): TableFacts {
  let facts = cache.get(table);
  if (!facts || facts.projects !== table.projects) cache.set(table, (facts = new TableFacts(table.projects)));
  return facts;
}

/** Which flags an indicator must have: all of `all`, none of `none`, and at least one of `some` (when given). */
export interface FlagFilter {
  all?: number;
  none?: number;
  some?: number;
}

/**
 * Calls `visit` for every indicator of the table whose flags pass the filter, in table order, with its
 * project and its index in the facts. The flags decide which indicators are touched at all; `visit` makes
 * the exact test.
 */
export function eachIndicator(
  table: Table,
  { all = 0, none = 0, some = 0 }: FlagFilter,
  visit: (ind: Indicator, project: Project, k: number, facts: TableFacts) => void,
): void {
  const facts = tableFacts(table);
  const { flags, start, indicators, projects, projectFlags } = facts;
  const mask = all | none;
  for (let p = 0; p < projects.length; p++) {
    // A project none of whose indicators has the flags needed is skipped whole.
    const any = projectFlags[p];
    if ((any & all) !== all || (some !== 0 && (any & some) === 0)) continue;
    const end = start[p + 1];
    for (let k = start[p]; k < end; k++) {
      const f = flags[k];
      if ((f & mask) === all && (some === 0 || (f & some) !== 0)) visit(indicators[k], projects[p], k, facts);
    }
  }
}
