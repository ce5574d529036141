/**
 * Settings read from a file, the workbook or the task pane are untrusted: validateSettings merges them
 * onto DEFAULT_SETTINGS field by field. A bad field keeps its default and yields one problem as data —
 * where (path), what was wrong (code), the value given and what is used instead — so each edge words it
 * in its own way: the CLI as one Chinese line per problem (problem-text.ts), the pane next to the field
 * the path names. Nothing throws. Rule ids come in as a parameter so settings need not import the rule
 * registry.
 */
import type { Severity } from "../finding";
import { DEFAULT_SETTINGS, type ProfileSetting, type Settings } from "./settings";
import { DEFAULT_STANDARDS, type MeetingQuota, type SpendingStandards } from "./standards";

/** What was wrong with one field. */
export type SettingsProblemCode =
  /** Should be a group of named fields (an object). */
  | "notObject"
  /** Should be a list. */
  | "notList"
  /** A field name this version does not know (ignored). */
  | "unknownKey"
  /** A rule id the registry does not know (ignored). */
  | "unknownRule"
  /** Not one of the allowed values (`allowed` lists them). */
  | "notOneOf"
  /** Not a number from 0 to 100. */
  | "notPercent"
  /** Not a whole number of at least 0. */
  | "notWholeNumber"
  /** Not a number above 0 (元). */
  | "notPositive"
  /** 满意度: the error line is above the warning line (both fall back). */
  | "errorAboveWarn";

export interface SettingsProblem {
  /** Where, from the top of the settings: ["satisfaction", "warnBelow"], ["severity", "goal-missing"]. */
  path: readonly string[];
  code: SettingsProblemCode;
  /** The value found there (for unknownKey, the value under the unknown name). */
  given: unknown;
  /** What is used instead; undefined when the field is ignored (nothing, or the rule's own default). */
  fallback: unknown;
  /** For notOneOf: the values allowed. */
  allowed?: readonly string[];
}

export interface SettingsValidation {
  settings: Settings;
  /** One problem per rejected field, in the order of the input. */
  problems: SettingsProblem[];
}

const PROFILES: readonly ProfileSetting[] = ["auto", "2015", "2021"];
export const SEVERITY_VALUES: readonly Severity[] = ["error", "warning", "info"];
const TOP_KEYS = new Set([
  "profile",
  "satisfaction",
  "severity",
  "disabledRules",
  "standards",
  "indicatorCount",
]);
const STANDARD_KEYS = new Set([
  "meeting",
  "training",
  "lectureFee",
  "travelMeal",
  "receptionMeal",
  "defaultMeetingClass",
  "defaultTrainingClass",
]);
export const QUOTA_KEYS: readonly (keyof MeetingQuota)[] = ["lodging", "meals", "other", "total"];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

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

type Report = (problem: SettingsProblem) => void;

export function validateSettings(input: unknown, knownRuleIds: readonly string[]): SettingsValidation {
  const settings = cloneDefaults();
  const problems: SettingsProblem[] = [];
  const report: Report = (p) => problems.push(p);
  if (input === undefined || input === null) return { settings, problems };
  if (!isObject(input)) {
    report({ path: [], code: "notObject", given: input, fallback: cloneDefaults() });
    return { settings, problems };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.has(key))
      report({ path: [key], code: "unknownKey", given: input[key], fallback: undefined });
  }
  if ("profile" in input) readProfile(input.profile, settings, report);
  if ("satisfaction" in input) readSatisfaction(input.satisfaction, settings, report);
  const known = new Set(knownRuleIds);
  if ("severity" in input) readSeverity(input.severity, known, settings, report);
  if ("disabledRules" in input) readDisabled(input.disabledRules, known, settings, report);
  if ("standards" in input) readStandards(input.standards, settings.standards, report);
  if ("indicatorCount" in input) readIndicatorCount(input.indicatorCount, settings, report);
  return { settings, problems };
}

function readProfile(v: unknown, settings: Settings, report: Report): void {
  if (typeof v === "string" && (PROFILES as readonly string[]).includes(v))
    settings.profile = v as ProfileSetting;
  else
    report({
      path: ["profile"],
      code: "notOneOf",
      given: v,
      fallback: DEFAULT_SETTINGS.profile,
      allowed: PROFILES,
    });
}

const isPercent = (n: unknown): n is number =>
  typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 100;

function readSatisfaction(v: unknown, settings: Settings, report: Report): void {
  if (!isObject(v)) {
    report({ path: ["satisfaction"], code: "notObject", given: v, fallback: { ...settings.satisfaction } });
    return;
  }
  const next = { ...settings.satisfaction };
  for (const key of ["warnBelow", "errorBelow"] as const) {
    if (!(key in v)) continue;
    const n = v[key];
    if (isPercent(n)) next[key] = n;
    else
      report({
        path: ["satisfaction", key],
        code: "notPercent",
        given: n,
        fallback: settings.satisfaction[key],
      });
  }
  if (next.errorBelow > next.warnBelow) {
    report({
      path: ["satisfaction"],
      code: "errorAboveWarn",
      given: next,
      fallback: { ...DEFAULT_SETTINGS.satisfaction },
    });
    return;
  }
  settings.satisfaction = next;
}

function readSeverity(v: unknown, known: Set<string>, settings: Settings, report: Report): void {
  if (!isObject(v)) {
    report({ path: ["severity"], code: "notObject", given: v, fallback: {} });
    return;
  }
  for (const [id, sev] of Object.entries(v)) {
    if (!known.has(id))
      report({ path: ["severity", id], code: "unknownRule", given: sev, fallback: undefined });
    else if (typeof sev !== "string" || !(SEVERITY_VALUES as readonly string[]).includes(sev))
      report({
        path: ["severity", id],
        code: "notOneOf",
        given: sev,
        fallback: undefined,
        allowed: SEVERITY_VALUES,
      });
    else settings.severity[id] = sev as Severity;
  }
}

/** indicator-count's thresholds: a whole number of 定量 indicators, a 定性 share from 0 to 100. */
function readIndicatorCount(v: unknown, settings: Settings, report: Report): void {
  if (!isObject(v)) {
    report({ path: ["indicatorCount"], code: "notObject", given: v, fallback: undefined });
    return;
  }
  const out: NonNullable<Settings["indicatorCount"]> = {};
  const n = v.minQuantitative;
  if ("minQuantitative" in v) {
    if (typeof n === "number" && Number.isInteger(n) && n >= 0) out.minQuantitative = n;
    else
      report({
        path: ["indicatorCount", "minQuantitative"],
        code: "notWholeNumber",
        given: n,
        fallback: undefined,
      });
  }
  const x = v.maxQualitativePercent;
  if ("maxQualitativePercent" in v) {
    if (isPercent(x)) out.maxQualitativePercent = x;
    else
      report({
        path: ["indicatorCount", "maxQualitativePercent"],
        code: "notPercent",
        given: x,
        fallback: undefined,
      });
  }
  for (const key of Object.keys(v)) {
    if (key !== "minQuantitative" && key !== "maxQualitativePercent")
      report({ path: ["indicatorCount", key], code: "unknownKey", given: v[key], fallback: undefined });
  }
  if (Object.keys(out).length > 0) settings.indicatorCount = out;
}

function readDisabled(v: unknown, known: Set<string>, settings: Settings, report: Report): void {
  if (!Array.isArray(v)) {
    report({ path: ["disabledRules"], code: "notList", given: v, fallback: [] });
    return;
  }
  v.forEach((id: unknown, i) => {
    if (typeof id !== "string" || !known.has(id))
      report({ path: ["disabledRules", String(i)], code: "unknownRule", given: id, fallback: undefined });
    else if (!settings.disabledRules.includes(id)) settings.disabledRules.push(id);
  });
}

/** A positive, finite number, or the fallback with a problem. */
function positive(v: unknown, fallback: number, path: string[], report: Report): number {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return v;
  report({ path, code: "notPositive", given: v, fallback });
  return fallback;
}

function readStandards(v: unknown, std: SpendingStandards, report: Report): void {
  if (!isObject(v)) {
    report({ path: ["standards"], code: "notObject", given: v, fallback: DEFAULT_STANDARDS });
    return;
  }
  if ("meeting" in v) {
    const m = v.meeting;
    if (!isObject(m))
      report({ path: ["standards", "meeting"], code: "notObject", given: m, fallback: std.meeting });
    else {
      for (const [cls, q] of Object.entries(m)) {
        const path = ["standards", "meeting", cls];
        if (!(cls in std.meeting)) {
          report({
            path,
            code: "unknownKey",
            given: q,
            fallback: undefined,
            allowed: Object.keys(std.meeting),
          });
          continue;
        }
        const target = std.meeting[cls as keyof SpendingStandards["meeting"]];
        if (!isObject(q)) {
          report({ path, code: "notObject", given: q, fallback: { ...target } });
          continue;
        }
        for (const [k, n] of Object.entries(q)) {
          if (!(QUOTA_KEYS as readonly string[]).includes(k))
            report({
              path: [...path, k],
              code: "unknownKey",
              given: n,
              fallback: undefined,
              allowed: QUOTA_KEYS,
            });
          else {
            const key = k as keyof MeetingQuota;
            target[key] = positive(n, target[key], [...path, key], report);
          }
        }
      }
    }
  }
  readClassTable(v, "training", std.training, report);
  readClassTable(v, "lectureFee", std.lectureFee, report);
  if ("travelMeal" in v)
    std.travelMeal = positive(v.travelMeal, std.travelMeal, ["standards", "travelMeal"], report);
  if ("receptionMeal" in v)
    std.receptionMeal = positive(v.receptionMeal, std.receptionMeal, ["standards", "receptionMeal"], report);
  if ("defaultMeetingClass" in v) {
    const c = v.defaultMeetingClass;
    if (typeof c === "string" && c in std.meeting)
      std.defaultMeetingClass = c as SpendingStandards["defaultMeetingClass"];
    else
      report({
        path: ["standards", "defaultMeetingClass"],
        code: "notOneOf",
        given: c,
        fallback: std.defaultMeetingClass,
        allowed: Object.keys(std.meeting),
      });
  }
  if ("defaultTrainingClass" in v) {
    const c = v.defaultTrainingClass;
    if (typeof c === "string" && c in std.training)
      std.defaultTrainingClass = c as SpendingStandards["defaultTrainingClass"];
    else
      report({
        path: ["standards", "defaultTrainingClass"],
        code: "notOneOf",
        given: c,
        fallback: std.defaultTrainingClass,
        allowed: Object.keys(std.training),
      });
  }
  for (const k of Object.keys(v))
    if (!STANDARD_KEYS.has(k))
      report({ path: ["standards", k], code: "unknownKey", given: v[k], fallback: undefined });
}

function readClassTable(
  v: Obj,
  key: "training" | "lectureFee",
  table: Record<string, number>,
  report: Report,
): void {
  if (!(key in v)) return;
  const t = v[key];
  if (!isObject(t)) {
    report({ path: ["standards", key], code: "notObject", given: t, fallback: { ...table } });
    return;
  }
  for (const [cls, n] of Object.entries(t)) {
    if (!(cls in table))
      report({
        path: ["standards", key, cls],
        code: "unknownKey",
        given: n,
        fallback: undefined,
        allowed: Object.keys(table),
      });
    else table[cls] = positive(n, table[cls], ["standards", key, cls], report);
  }
}
