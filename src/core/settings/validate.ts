/**
 * Settings read from a file, the workbook or the task pane are untrusted: validateSettings merges them
 * onto DEFAULT_SETTINGS field by field. A bad field keeps its default and yields one Chinese message;
 * nothing throws. Rule ids come in as a parameter so settings need not import the rule registry.
 */
import type { Severity } from "../finding";
import { DEFAULT_SETTINGS, type ProfileSetting, type Settings } from "./settings";
import { DEFAULT_STANDARDS, type MeetingQuota, type SpendingStandards } from "./standards";

export interface SettingsValidation {
  settings: Settings;
  /** One Chinese sentence per rejected field, saying what was wrong and what is used instead. */
  errors: string[];
}

const PROFILES: readonly ProfileSetting[] = ["auto", "2015", "2021"];
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_TEXT = "error（错误）、warning（警告）或 info（提示）";
const TOP_KEYS = new Set([
  "profile",
  "satisfaction",
  "severity",
  "disabledRules",
  "standards",
  "indicatorCount",
]);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (typeof v === "string") return `“${v}”`;
  if (v === undefined) return "空";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

function cloneDefaults(): Settings {
  const s = DEFAULT_STANDARDS;
  return {
    profile: DEFAULT_SETTINGS.profile,
    satisfaction: { ...DEFAULT_SETTINGS.satisfaction },
    severity: { ...DEFAULT_SETTINGS.severity },
    disabledRules: [...DEFAULT_SETTINGS.disabledRules],
    standards: {
      meeting: {
        一类: { ...s.meeting.一类 },
        二类: { ...s.meeting.二类 },
        三类: { ...s.meeting.三类 },
        四类: { ...s.meeting.四类 },
      },
      training: { ...s.training },
      lectureFee: { ...s.lectureFee },
      travelMeal: s.travelMeal,
      receptionMeal: s.receptionMeal,
      defaultMeetingClass: s.defaultMeetingClass,
      defaultTrainingClass: s.defaultTrainingClass,
    },
  };
}

export function validateSettings(input: unknown, knownRuleIds: readonly string[]): SettingsValidation {
  const settings = cloneDefaults();
  const errors: string[] = [];
  if (input === undefined || input === null) return { settings, errors };
  if (!isObject(input)) {
    errors.push(`设置应为一组“名称: 值”，收到的是 ${show(input)}，已全部使用默认设置。`);
    return { settings, errors };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.has(key)) errors.push(`未知的设置项“${key}”，已忽略。`);
  }
  if ("profile" in input) readProfile(input.profile, settings, errors);
  if ("satisfaction" in input) readSatisfaction(input.satisfaction, settings, errors);
  const known = new Set(knownRuleIds);
  if ("severity" in input) readSeverity(input.severity, known, settings, errors);
  if ("disabledRules" in input) readDisabled(input.disabledRules, known, settings, errors);
  if ("standards" in input) readStandards(input.standards, settings.standards, errors);
  if ("indicatorCount" in input) readIndicatorCount(input.indicatorCount, settings, errors);
  return { settings, errors };
}

function readProfile(v: unknown, settings: Settings, errors: string[]): void {
  if (typeof v === "string" && (PROFILES as readonly string[]).includes(v))
    settings.profile = v as ProfileSetting;
  else
    errors.push(
      `指标体系（profile）设置 ${show(v)} 无效，应为 auto、2015 或 2021，已使用默认值 ${DEFAULT_SETTINGS.profile}。`,
    );
}

function readSatisfaction(v: unknown, settings: Settings, errors: string[]): void {
  if (!isObject(v)) {
    errors.push(
      `满意度阈值（satisfaction）应包含 warnBelow 和 errorBelow 两个数，收到 ${show(v)}，已使用默认值。`,
    );
    return;
  }
  const labels = {
    warnBelow: "满意度警告线（warnBelow）",
    errorBelow: "满意度错误线（errorBelow）",
  } as const;
  const next = { ...settings.satisfaction };
  for (const key of ["warnBelow", "errorBelow"] as const) {
    if (!(key in v)) continue;
    const n = v[key];
    if (typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 100) next[key] = n;
    else
      errors.push(
        `${labels[key]}应为 0 到 100 之间的数，收到 ${show(n)}，已使用默认值 ${settings.satisfaction[key]}。`,
      );
  }
  if (next.errorBelow > next.warnBelow) {
    errors.push(
      `满意度错误线 ${next.errorBelow} 高于警告线 ${next.warnBelow}，应不高于警告线，已使用默认值（警告线 ${DEFAULT_SETTINGS.satisfaction.warnBelow}，错误线 ${DEFAULT_SETTINGS.satisfaction.errorBelow}）。`,
    );
    return;
  }
  settings.satisfaction = next;
}

function readSeverity(v: unknown, known: Set<string>, settings: Settings, errors: string[]): void {
  if (!isObject(v)) {
    errors.push(`规则级别（severity）应为“规则编号: 级别”的列表，收到 ${show(v)}，已忽略。`);
    return;
  }
  for (const [id, sev] of Object.entries(v)) {
    if (!known.has(id)) errors.push(`规则级别中的规则编号“${id}”不存在，已忽略。`);
    else if (typeof sev !== "string" || !(SEVERITIES as readonly string[]).includes(sev)) {
      errors.push(`规则“${id}”的级别 ${show(sev)} 无效，应为 ${SEVERITY_TEXT}，已使用该规则的默认级别。`);
    } else settings.severity[id] = sev as Severity;
  }
}

/** indicator-count's thresholds: a whole number of 定量 indicators, a 定性 share from 0 to 100. */
function readIndicatorCount(v: unknown, settings: Settings, errors: string[]): void {
  if (!isObject(v)) {
    errors.push(
      `指标数量要求（indicatorCount）应包含 minQuantitative 和/或 maxQualitativePercent，收到 ${show(v)}，已忽略（不检查指标数量）。`,
    );
    return;
  }
  const out: NonNullable<Settings["indicatorCount"]> = {};
  const n = v.minQuantitative;
  if ("minQuantitative" in v) {
    if (typeof n === "number" && Number.isInteger(n) && n >= 0) out.minQuantitative = n;
    else errors.push(`定量指标最少个数（minQuantitative）应为不小于 0 的整数，收到 ${show(n)}，已忽略。`);
  }
  const x = v.maxQualitativePercent;
  if ("maxQualitativePercent" in v) {
    if (typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 100) out.maxQualitativePercent = x;
    else
      errors.push(
        `定性指标最高占比（maxQualitativePercent）应为 0 到 100 之间的数，收到 ${show(x)}，已忽略。`,
      );
  }
  for (const key of Object.keys(v)) {
    if (key !== "minQuantitative" && key !== "maxQualitativePercent")
      errors.push(`指标数量要求中的未知设置项“${key}”，已忽略。`);
  }
  if (Object.keys(out).length > 0) settings.indicatorCount = out;
}

function readDisabled(v: unknown, known: Set<string>, settings: Settings, errors: string[]): void {
  if (!Array.isArray(v)) {
    errors.push(`停用规则（disabledRules）应为规则编号的列表，收到 ${show(v)}，已忽略。`);
    return;
  }
  for (const id of v) {
    if (typeof id !== "string" || !known.has(id))
      errors.push(`停用规则中的规则编号 ${show(id)} 不存在，已忽略。`);
    else if (!settings.disabledRules.includes(id)) settings.disabledRules.push(id);
  }
}

/** A positive, finite number, or the default with a message. */
function positive(v: unknown, fallback: number, label: string, errors: string[]): number {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return v;
  errors.push(`开支标准“${label}”应为大于 0 的数（元），收到 ${show(v)}，已使用默认值 ${fallback}。`);
  return fallback;
}

function readStandards(v: unknown, std: SpendingStandards, errors: string[]): void {
  if (!isObject(v)) {
    errors.push(`开支标准（standards）应为一组标准，收到 ${show(v)}，已使用默认标准。`);
    return;
  }
  const QUOTA_LABEL: Record<keyof MeetingQuota, string> = {
    lodging: "住宿",
    meals: "伙食",
    other: "其他",
    total: "综合定额",
  };
  if ("meeting" in v) {
    const m = v.meeting;
    if (!isObject(m))
      errors.push(`会议费标准应按一类、二类、三类、四类分别填写，收到 ${show(m)}，已使用默认值。`);
    else {
      for (const [cls, q] of Object.entries(m)) {
        if (!(cls in std.meeting)) {
          errors.push(`会议费标准中的类别“${cls}”不存在（应为一类、二类、三类、四类），已忽略。`);
          continue;
        }
        const target = std.meeting[cls as keyof SpendingStandards["meeting"]];
        if (!isObject(q)) {
          errors.push(`${cls}会议费标准应包含住宿、伙食、其他和综合定额，收到 ${show(q)}，已使用默认值。`);
          continue;
        }
        for (const [k, n] of Object.entries(q)) {
          if (!(k in QUOTA_LABEL))
            errors.push(`${cls}会议费标准中的“${k}”不是已知项目（lodging、meals、other、total），已忽略。`);
          else {
            const key = k as keyof MeetingQuota;
            target[key] = positive(n, target[key], `${cls}会议${QUOTA_LABEL[key]}`, errors);
          }
        }
      }
    }
  }
  readClassTable(v, "training", "培训费综合定额", std.training, errors);
  readClassTable(v, "lectureFee", "讲课费", std.lectureFee, errors);
  if ("travelMeal" in v) std.travelMeal = positive(v.travelMeal, std.travelMeal, "差旅伙食补助", errors);
  if ("receptionMeal" in v)
    std.receptionMeal = positive(v.receptionMeal, std.receptionMeal, "接待工作餐", errors);
  if ("defaultMeetingClass" in v) {
    const c = v.defaultMeetingClass;
    if (typeof c === "string" && c in std.meeting)
      std.defaultMeetingClass = c as SpendingStandards["defaultMeetingClass"];
    else
      errors.push(
        `未注明类别时的会议类别 ${show(c)} 无效，应为一类、二类、三类或四类，已使用默认值 ${std.defaultMeetingClass}。`,
      );
  }
  if ("defaultTrainingClass" in v) {
    const c = v.defaultTrainingClass;
    if (typeof c === "string" && c in std.training)
      std.defaultTrainingClass = c as SpendingStandards["defaultTrainingClass"];
    else
      errors.push(
        `未注明类别时的培训类别 ${show(c)} 无效，应为一类、二类或三类，已使用默认值 ${std.defaultTrainingClass}。`,
      );
  }
  const knownStd = new Set([
    "meeting",
    "training",
    "lectureFee",
    "travelMeal",
    "receptionMeal",
    "defaultMeetingClass",
    "defaultTrainingClass",
  ]);
  for (const k of Object.keys(v))
    if (!knownStd.has(k)) errors.push(`开支标准中的“${k}”不是已知项目，已忽略。`);
}

function readClassTable(
  v: Obj,
  key: "training" | "lectureFee",
  label: string,
  table: Record<string, number>,
  errors: string[],
): void {
  if (!(key in v)) return;
  const t = v[key];
  if (!isObject(t)) {
    errors.push(`${label}应按类别分别填写，收到 ${show(t)}，已使用默认值。`);
    return;
  }
  for (const [cls, n] of Object.entries(t)) {
    if (!(cls in table))
      errors.push(`${label}中的类别“${cls}”不存在（应为 ${Object.keys(table).join("、")}），已忽略。`);
    else table[cls] = positive(n, table[cls], `${label}（${cls}）`, errors);
  }
}
