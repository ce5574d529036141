/**
 * Indicators written as labelled records in one cell: every part of the indicator after the label of
 * the grid column it would have had —
 * 「一级指标：产出指标；二级指标：数量指标；三级指标：培训人数；指标值：≥20人」, the fields separated by
 * ；，。 or line breaks, in any order, a level left out, 计量单位/指标性质 as fields of their own. The
 * labels are the grid's header words (vocab/header-aliases.ts), so the vocabulary lives once. A new
 * record starts where a field comes again or where the field the cell began with comes back; every
 * record must name its indicator (三级指标/指标名称) and hold one more field.
 */
import { roleOfHeader } from "../vocab/header-aliases";
import { registerCache } from "./caches";
import { isJsSpace } from "../text/space";
import { isIndicatorPartRole, type IndicatorPartRole } from "../vocab/indicator-columns";

/** A record's fields are an indicator's parts (vocab/indicator-columns.ts). */
export type RecordRole = IndicatorPartRole;

export type RecordFields = Partial<Record<RecordRole, string>>;

export interface LabelledRecord {
  /** The record as written, on one line. */
  text: string;
  fields: RecordFields;
}

export interface LabelledCell {
  /** Text before the first record (a heading such as 「一、产出指标」), read as ordinary lines. */
  before: string;
  records: LabelledRecord[];
  /** Text after the last record's last field on a line of its own, read as ordinary lines. */
  after: string;
}

/**
 * Field labels: a short word after the start or a separator, then a colon (normalizeText made it ':') —
 * what /(?<=^|[\n;；,，。:\s])([\u4e00-\u9fff]{2,10})[ \t]*:/g matches, found from each colon backwards:
 * most cells hold a few colons (「(一)数量指标:」), and a regex with a lookbehind tries every character.
 */
function fieldLabels(text: string): { word: string; start: number; valueStart: number }[] {
  const out: { word: string; start: number; valueStart: number }[] = [];
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let end = colon;
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    let start = end;
    while (start > 0 && isIdeograph(text.charCodeAt(start - 1))) start--;
    const length = end - start;
    if (length < 2 || length > 10) continue; // a longer run has no separator inside it to start after
    if (start > 0 && !isLabelSeparator(text.charCodeAt(start - 1))) continue;
    out.push({ word: text.slice(start, end), start, valueStart: colon + 1 });
  }
  return out;
}

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * \n ; ； , ， 。 or any \s; or a colon, where a heading runs straight into the first field
 * (「产出指标：二级指标：数量指标；…」, 「（一）数量指标：三级指标：…」).
 */
function isLabelSeparator(c: number): boolean {
  return (
    c === 0x3b ||
    c === 0xff1b ||
    c === 0x2c ||
    c === 0xff0c ||
    c === 0x3002 ||
    c === 0x3a ||
    c === 0xff1a ||
    isJsSpace(c)
  );
}
const EDGE_SEPARATORS = /^[\s;；,，。]+|[\s;；,，。]+$/g;

interface Field {
  role: RecordRole;
  priority: number;
  start: number;
  valueStart: number;
}

/**
 * The field a label word names, or null when it names no part of an indicator. Most cells hold a few
 * colons after the same headings (「数量指标:」「质量指标:」), so each word is looked up once per sheet.
 */
function partRoleOf(word: string): { role: RecordRole; priority: number } | null {
  let found = partRoles.get(word);
  if (found === undefined) {
    const role = roleOfHeader(word);
    found =
      role !== null && isIndicatorPartRole(role.role) ? { role: role.role, priority: role.priority } : null;
    if (partRoles.size >= PART_ROLES_LIMIT) partRoles.clear();
    partRoles.set(word, found);
  }
  return found;
}

const partRoles = registerCache(new Map<string, { role: RecordRole; priority: number } | null>());
const PART_ROLES_LIMIT = 2000;

/** The cell's records, or null when the cell is no labelled-record cell. `text` is normalized. */
export function labelledRecords(text: string): LabelledCell | null {
  if (!text.includes(":")) return null;
  const fields: Field[] = [];
  for (const label of fieldLabels(text)) {
    const role = partRoleOf(label.word);
    if (role === null) continue;
    fields.push({
      role: role.role,
      priority: role.priority,
      start: label.start,
      valueStart: label.valueStart,
    });
  }
  if (fields.length < 2) return null;
  const groups: { fields: Field[]; values: string[] }[] = [];
  let after = "";
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const end = i + 1 < fields.length ? fields[i + 1].start : text.length;
    let value = text.slice(f.valueStart, end);
    const br = value.indexOf("\n");
    if (br >= 0 && value.slice(br).replace(EDGE_SEPARATORS, "") !== "") {
      // Text on a line of its own after a field: only after the cell's last field.
      if (i + 1 < fields.length) return null;
      after = value.slice(br + 1);
      value = value.slice(0, br);
    }
    value = value.replace(EDGE_SEPARATORS, "");
    const cur = groups[groups.length - 1];
    const same = cur?.fields.findIndex((g) => g.role === f.role) ?? -1;
    if (cur && same >= 0 && f.role === "value" && cur.fields[same].priority !== f.priority) {
      // 年度指标值 and 中期指标值 in one record: the 年度 one is the target.
      if (f.priority > cur.fields[same].priority) cur.values[same] = value;
      continue;
    }
    // A new record where a field comes again or where the first record's first field comes back.
    if (!cur || same >= 0 || f.role === fields[0].role) groups.push({ fields: [f], values: [value] });
    else {
      cur.fields.push(f);
      cur.values.push(value);
    }
  }
  const records: LabelledRecord[] = [];
  for (let g = 0; g < groups.length; g++) {
    const { fields: fs, values } = groups[g];
    const out: RecordFields = {};
    fs.forEach((f, i) => (out[f.role] = values[i]));
    if (!out.level3 || fs.length < 2) return null;
    const from = fs[0].start;
    const to = g + 1 < groups.length ? groups[g + 1].fields[0].start : text.length - after.length;
    records.push({
      text: text
        .slice(from, to)
        .replace(/\s*\n\s*/g, " ")
        .replace(EDGE_SEPARATORS, ""),
      fields: out,
    });
  }
  return { before: text.slice(0, fields[0].start), records, after };
}
