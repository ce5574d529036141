/**
 * Units that count things (次, 人, 本, 天…) and their canonical spelling: "名" → 人, "/次" → 次.
 * Used by the cost arithmetic (quantities a unit cost multiplies with) and by goal matching.
 */

/** Synonyms a count may be written in: 名/位 are people, 册 are volumes, 日 are days. */
const UNIT_ALIAS = new Map<string, string>([
  ["名", "人"],
  ["位", "人"],
  ["册", "本"],
  ["日", "天"],
]);

const UNIT_NEEDS_CLEANING = /\s|^[/／]/;

/** The canonical count unit: "名" → "人", "/次" → "次". */
export function canonicalCountUnit(unit: string): string {
  const u = UNIT_NEEDS_CLEANING.test(unit) ? unit.replace(/\s+/g, "").replace(/^[/／]+/, "") : unit;
  return UNIT_ALIAS.get(u) ?? u;
}

/** Units that count things (次, 人, 本, 天…), as opposed to %, money or per-units. */
export const COUNT_UNIT =
  /^(人次|批次|场次|期次|次|期|人|名|位|天|日|场|个|项|篇|本|册|批|条|年|月|个月|周|户|台|套|种|份|件|班|轮|小时|学时|课时|辆|间|所|家|处|部|张|餐)$/;

/**
 * Units of a span of time (工作日, 天, 小时, 个月 …): a value in one is a duration or a deadline, whatever
 * the name says. 「检测及时率 ≤7工作日」 is a time limit, not a rate: ≤ is its right direction, and it
 * is never rewritten as 7%.
 */
const DURATION_UNIT = /^(个?工作日|天|日|个?小时|工作小时|分钟|周|个?月)$/;

/** Whether the unit measures a span of time. */
export function isDurationUnit(unit: string): boolean {
  return DURATION_UNIT.test(unit.replace(/\s+/g, ""));
}

/** A unit that counts things, once canonical ("名" → 人, "/次" → 次). */
export function isCountUnit(unit: string): boolean {
  return COUNT_UNIT.test(canonicalCountUnit(unit));
}

/** Count units that count the same thing: 期 and 次 both count events, 名 and 人 people. */
const FAMILY = new Map<string, string>([
  ["次", "event"],
  ["期", "event"],
  ["场", "event"],
  ["批", "event"],
  ["批次", "event"],
  ["轮", "event"],
  ["场次", "event"],
  ["期次", "event"],
  ["人", "person"],
  ["名", "person"],
  ["位", "person"],
  ["天", "day"],
  ["日", "day"],
  ["本", "volume"],
  ["册", "volume"],
  ["个", "item"],
  ["项", "item"],
]);

/** unitFamily's answers by unit as written: a workbook writes a handful. Emptied when it grows large. */
const FAMILY_OF = new Map<string, string>();

/** The family of a unit ("期" → event, "名" → person); other units are their own family. */
export function unitFamily(unit: string): string {
  let family = FAMILY_OF.get(unit);
  if (family === undefined) {
    if (FAMILY_OF.size >= 512) FAMILY_OF.clear();
    const u = canonicalCountUnit(unit);
    FAMILY_OF.set(unit, (family = FAMILY.get(u) ?? u));
  }
  return family;
}
