/**
 * The settings form's values (text fields as typed) and their validation by the core's validateSettings.
 * Nothing is saved while any field is wrong. The core returns problems as data with a path, so each one
 * goes to the field whose key is that path ("satisfaction.warnBelow", "standards.meeting.一类.total");
 * the panel words it. Problems no field shows (a rule id the registry lost) are listed above the form.
 */
import type { Severity } from "../../core/finding";
import {
  DEFAULT_SETTINGS,
  DEFAULT_STANDARDS,
  type ProfileSetting,
  type Settings,
  type SpendingStandards,
} from "../../core/settings";
import { QUOTA_KEYS, validateSettings, type SettingsProblem } from "../../core/settings/validate";

/** The four groups of the form, by purpose. */
export type SettingsSection = "framework" | "satisfaction" | "standards" | "rules";

export interface SettingsForm {
  profile: ProfileSetting;
  warnBelow: string;
  errorBelow: string;
  /** indicator-count's thresholds; both empty: not checked (the default). */
  minQuantitative: string;
  maxQualitativePercent: string;
  /** Spending standards as typed, keyed by their path under `standards` ("meeting.一类.lodging", "travelMeal"). */
  standards: Record<string, string>;
  defaultMeetingClass: SpendingStandards["defaultMeetingClass"];
  defaultTrainingClass: SpendingStandards["defaultTrainingClass"];
  disabled: string[];
  severity: Record<string, Severity>;
}

export interface FieldErrors {
  /** The problem shown at each field, by the field's key (the problem's path joined with "."). */
  fields: Record<string, SettingsProblem>;
  /** Problems of settings the form has no field for. */
  general: SettingsProblem[];
  /** The sections holding a field with a problem (the panel opens them). */
  sections: SettingsSection[];
}

export type FormValidation = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

/** The number fields of the spending standards, in the order the form shows them (keys under `standards`). */
export const STANDARD_NUMBER_KEYS: readonly string[] = [
  ...Object.keys(DEFAULT_STANDARDS.meeting).flatMap((cls) => QUOTA_KEYS.map((q) => `meeting.${cls}.${q}`)),
  ...Object.keys(DEFAULT_STANDARDS.training).map((cls) => `training.${cls}`),
  ...Object.keys(DEFAULT_STANDARDS.lectureFee).map((g) => `lectureFee.${g}`),
  "travelMeal",
  "receptionMeal",
];

export function toForm(settings: Settings): SettingsForm {
  const std = settings.standards;
  const standards: Record<string, string> = {};
  for (const key of STANDARD_NUMBER_KEYS) standards[key] = String(standardAt(std, key));
  return {
    profile: settings.profile,
    warnBelow: String(settings.satisfaction.warnBelow),
    errorBelow: String(settings.satisfaction.errorBelow),
    minQuantitative: settings.indicatorCount?.minQuantitative?.toString() ?? "",
    maxQualitativePercent: settings.indicatorCount?.maxQualitativePercent?.toString() ?? "",
    standards,
    defaultMeetingClass: std.defaultMeetingClass,
    defaultTrainingClass: std.defaultTrainingClass,
    disabled: [...settings.disabledRules],
    severity: { ...settings.severity },
  };
}

/** The defaults (恢复默认设置). */
export function defaultForm(): SettingsForm {
  return toForm({ ...DEFAULT_SETTINGS, standards: DEFAULT_STANDARDS });
}

function standardAt(std: SpendingStandards, key: string): number {
  let v: unknown = std;
  for (const part of key.split(".")) v = (v as Record<string, unknown>)[part];
  return v as number;
}

const NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A number when the text is one (full-width digits, as a Chinese input method types them, included);
 * otherwise the text itself, or undefined when empty, for the validator to reject.
 */
export function typed(text: string): number | string | undefined {
  const t = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[－]/g, "-")
    .trim();
  if (t === "") return undefined;
  return NUMBER.test(t) ? Number(t) : t;
}

/** The settings input the form stands for (what validateSettings gets). */
export function formInput(form: SettingsForm): Record<string, unknown> {
  const standards: Record<string, unknown> = {
    meeting: {},
    training: {},
    lectureFee: {},
    defaultMeetingClass: form.defaultMeetingClass,
    defaultTrainingClass: form.defaultTrainingClass,
  };
  for (const key of STANDARD_NUMBER_KEYS) {
    const parts = key.split(".");
    let at = standards;
    for (const part of parts.slice(0, -1)) {
      at[part] ??= {};
      at = at[part] as Record<string, unknown>;
    }
    at[parts[parts.length - 1]] = typed(form.standards[key] ?? "");
  }
  const indicatorCount: Record<string, unknown> = {};
  if (form.minQuantitative.trim() !== "") indicatorCount.minQuantitative = typed(form.minQuantitative);
  if (form.maxQualitativePercent.trim() !== "")
    indicatorCount.maxQualitativePercent = typed(form.maxQualitativePercent);
  return {
    profile: form.profile,
    satisfaction: { warnBelow: typed(form.warnBelow), errorBelow: typed(form.errorBelow) },
    severity: form.severity,
    disabledRules: form.disabled,
    standards,
    ...(Object.keys(indicatorCount).length > 0 ? { indicatorCount } : {}),
  };
}

/** The field keys the form has, with their section. */
export function sectionOfField(key: string): SettingsSection | null {
  if (
    key === "profile" ||
    key === "indicatorCount.minQuantitative" ||
    key === "indicatorCount.maxQualitativePercent"
  )
    return "framework";
  if (key === "satisfaction.warnBelow" || key === "satisfaction.errorBelow") return "satisfaction";
  if (key.startsWith("standards.")) {
    const rest = key.slice("standards.".length);
    return STANDARD_NUMBER_KEYS.includes(rest) ||
      rest === "defaultMeetingClass" ||
      rest === "defaultTrainingClass"
      ? "standards"
      : null;
  }
  return null;
}

export function validateForm(form: SettingsForm, knownRuleIds: readonly string[]): FormValidation {
  const { settings, problems } = validateSettings(formInput(form), knownRuleIds);
  if (problems.length === 0) return { ok: true, settings };
  const errors: FieldErrors = { fields: {}, general: [], sections: [] };
  const keyOf = (p: SettingsProblem) => p.path.join(".");
  const thresholdWrong = problems.some((p) => p.code === "notPercent" && p.path[0] === "satisfaction");
  for (const p of problems) {
    if (p.code === "errorAboveWarn") {
      // A threshold that is itself wrong says so; the pair is compared once both are numbers.
      if (!thresholdWrong) errors.fields["satisfaction.errorBelow"] = p;
      continue;
    }
    const key = keyOf(p);
    if (sectionOfField(key) !== null && !errors.fields[key]) errors.fields[key] = p;
    else errors.general.push(p);
  }
  const sections = new Set(Object.keys(errors.fields).map((k) => sectionOfField(k)));
  errors.sections = (["framework", "satisfaction", "standards", "rules"] as const).filter((s) =>
    sections.has(s),
  );
  return { ok: false, errors };
}
