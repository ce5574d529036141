/**
 * A settings problem as one Chinese sentence: what was wrong where, and (for a settings file, whose bad
 * fields fall back while the check runs) what is used instead. The CLI prints it per problem; the pane
 * words the problems of its own fields itself (next to each field) and uses this only for the rest.
 */
import { DEFAULT_SETTINGS } from "./settings";
import type { SettingsProblem } from "./validate";

const QUOTA_LABEL: Readonly<Record<string, string>> = {
  lodging: "住宿",
  meals: "伙食",
  other: "其他",
  total: "综合定额",
};
const CLASS_TABLE_LABEL: Readonly<Record<string, string>> = {
  training: "培训费综合定额",
  lectureFee: "讲课费",
};
const STANDARD_LABEL: Readonly<Record<string, string>> = {
  travelMeal: "差旅伙食补助",
  receptionMeal: "接待工作餐",
};

/** A value as the user wrote it: text in 「」, nothing as 空, anything else as short JSON. */
export function showGiven(v: unknown): string {
  if (typeof v === "string") return `「${v.length > 60 ? `${v.slice(0, 60)}…` : v}」`;
  if (v === undefined) return "空";
  return brief(v, 3);
}

/**
 * JSON of a value, at most `depth` levels and five entries per level (「[[[…]]]」): a settings file
 * nested 100,000 deep or holding a huge list still gives a short line, in bounded time and stack.
 */
function brief(v: unknown, depth: number): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? String(v);
  if (depth === 0) return Array.isArray(v) ? "[…]" : "{…}";
  if (Array.isArray(v)) {
    const items = v.slice(0, 5).map((x: unknown) => brief(x, depth - 1));
    return `[${items.join(",")}${v.length > 5 ? ",…" : ""}]`;
  }
  const keys = Object.keys(v);
  const items = keys
    .slice(0, 5)
    .map((k) => `${JSON.stringify(k)}:${brief((v as Record<string, unknown>)[k], depth - 1)}`);
  return `{${items.join(",")}${keys.length > 5 ? ",…" : ""}}`;
}

/** 「一类、二类或三类」; Latin words and digits get spaces around 或 (「auto、2015 或 2021」). */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  const or = /^[\x21-\x7e]+$/.test(last) ? " 或 " : "或";
  return `${items.slice(0, -1).join("、")}${or}${last}`;
}

/** The sentence without its ending, and the clause saying what is used instead. */
function parts(p: SettingsProblem): { what: string; instead: string } {
  const [top, second, third, fourth] = p.path;
  const given = showGiven(p.given);
  const ignored = "已忽略";
  const usedDefault =
    typeof p.fallback === "number" || typeof p.fallback === "string"
      ? `已使用默认值 ${String(p.fallback)}`
      : "已使用默认值";
  const allowed = p.allowed ?? [];

  if (p.path.length === 0)
    return { what: `设置应为一组「名称: 值」，收到的是 ${given}`, instead: "已全部使用默认设置" };

  if (p.code === "unknownKey") {
    if (p.path.length === 1) return { what: `未知的设置项「${top}」`, instead: ignored };
    if (top === "indicatorCount")
      return { what: `指标数量要求中的未知设置项「${second}」`, instead: ignored };
    if (top === "standards" && p.path.length === 2)
      return { what: `开支标准中的「${second}」不是已知项目`, instead: ignored };
    if (second === "meeting" && p.path.length === 3)
      return { what: `会议费标准中的类别「${third}」不存在（应为${allowed.join("、")}）`, instead: ignored };
    if (second === "meeting")
      return {
        what: `${third}会议费标准中的「${fourth}」不是已知项目（${allowed.join("、")}）`,
        instead: ignored,
      };
    const table = CLASS_TABLE_LABEL[second] ?? second;
    return { what: `${table}中的类别「${third}」不存在（应为${allowed.join("、")}）`, instead: ignored };
  }

  switch (top) {
    case "profile":
      return {
        what: `指标体系（profile）设置 ${given} 无效，应为 ${orList(allowed)}`,
        instead: usedDefault,
      };
    case "satisfaction": {
      if (p.code === "errorAboveWarn") {
        const g = p.given as { warnBelow: number; errorBelow: number };
        const d = DEFAULT_SETTINGS.satisfaction;
        return {
          what: `满意度错误线 ${g.errorBelow} 高于警告线 ${g.warnBelow}，应不高于警告线`,
          instead: `已使用默认值（警告线 ${d.warnBelow}，错误线 ${d.errorBelow}）`,
        };
      }
      if (second === "warnBelow" || second === "errorBelow") {
        const label = second === "warnBelow" ? "满意度警告线（warnBelow）" : "满意度错误线（errorBelow）";
        return { what: `${label}应为 0 到 100 之间的数，收到 ${given}`, instead: usedDefault };
      }
      return {
        what: `满意度阈值（satisfaction）应包含 warnBelow 和 errorBelow 两个数，收到 ${given}`,
        instead: usedDefault,
      };
    }
    case "severity":
      if (p.code === "notObject")
        return { what: `规则级别（severity）应为「规则编号: 级别」的列表，收到 ${given}`, instead: ignored };
      if (p.code === "unknownRule")
        return { what: `规则级别中的规则编号「${second}」不存在`, instead: ignored };
      return {
        what: `规则「${second}」的级别 ${given} 无效，应为 error（错误）、warning（警告）或 info（提示）`,
        instead: "已使用该规则的默认级别",
      };
    case "disabledRules":
      if (p.code === "notList")
        return { what: `停用规则（disabledRules）应为规则编号的列表，收到 ${given}`, instead: ignored };
      return { what: `停用规则中的规则编号 ${given} 不存在`, instead: ignored };
    case "indicatorCount":
      if (second === "minQuantitative")
        return {
          what: `定量指标最少个数（minQuantitative）应为不小于 0 的整数，收到 ${given}`,
          instead: ignored,
        };
      if (second === "maxQualitativePercent")
        return {
          what: `定性指标最高占比（maxQualitativePercent）应为 0 到 100 之间的数，收到 ${given}`,
          instead: ignored,
        };
      return {
        what: `指标数量要求（indicatorCount）应包含 minQuantitative 和/或 maxQualitativePercent，收到 ${given}`,
        instead: "已忽略（不检查指标数量）",
      };
    default:
      return standardsParts(p, given, usedDefault);
  }
}

function standardsParts(
  p: SettingsProblem,
  given: string,
  usedDefault: string,
): { what: string; instead: string } {
  const [, second, third, fourth] = p.path;
  if (p.code === "notPositive") {
    const label =
      second === "meeting"
        ? `${third}会议${QUOTA_LABEL[fourth] ?? fourth}`
        : second in CLASS_TABLE_LABEL
          ? `${CLASS_TABLE_LABEL[second]}（${third}）`
          : (STANDARD_LABEL[second] ?? second);
    return { what: `开支标准「${label}」应为大于 0 的数（元），收到 ${given}`, instead: usedDefault };
  }
  if (p.code === "notOneOf") {
    const kind = second === "defaultMeetingClass" ? "会议" : "培训";
    return {
      what: `未注明类别时的${kind}类别 ${given} 无效，应为${orList(p.allowed ?? [])}`,
      instead: usedDefault,
    };
  }
  // notObject
  if (second === undefined)
    return { what: `开支标准（standards）应为一组标准，收到 ${given}`, instead: "已使用默认标准" };
  if (second === "meeting" && third === undefined)
    return { what: `会议费标准应按一类、二类、三类、四类分别填写，收到 ${given}`, instead: usedDefault };
  if (second === "meeting")
    return {
      what: `${third}会议费标准应包含住宿、伙食、其他和综合定额，收到 ${given}`,
      instead: usedDefault,
    };
  return {
    what: `${CLASS_TABLE_LABEL[second] ?? second}应按类别分别填写，收到 ${given}`,
    instead: usedDefault,
  };
}

/**
 * One Chinese sentence for a problem. `fallback: false` leaves out what is used instead (the pane saves
 * nothing while a field is wrong, so that clause would mislead there).
 */
export function settingsProblemText(p: SettingsProblem, options: { fallback?: boolean } = {}): string {
  const { what, instead } = parts(p);
  return options.fallback === false ? `${what}。` : `${what}，${instead}。`;
}
