/**
 * The settings form's values (text fields as typed) and their validation by the core's validateSettings.
 * Nothing is saved while any field is wrong; each message sits next to its field where it has one.
 */
import type { Severity } from "../../core/finding";
import type { ProfileSetting, Settings } from "../../core/settings";
import { validateSettings } from "../../core/settings/validate";

export interface SettingsForm {
  profile: ProfileSetting;
  warnBelow: string;
  errorBelow: string;
  disabled: string[];
  severity: Record<string, Severity>;
}

export interface FieldErrors {
  warnBelow?: string;
  errorBelow?: string;
  /** Messages about other settings (rule ids, profile). */
  general: string[];
}

export type FormValidation = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

export function toForm(settings: Settings): SettingsForm {
  return {
    profile: settings.profile,
    warnBelow: String(settings.satisfaction.warnBelow),
    errorBelow: String(settings.satisfaction.errorBelow),
    disabled: [...settings.disabledRules],
    severity: { ...settings.severity },
  };
}

const NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** A number when the text is one; otherwise the text itself (or undefined when empty) for the validator to reject. */
function typed(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  return NUMBER.test(t) ? Number(t) : t;
}

/**
 * The core's messages end with what it falls back to ("，已使用默认值 90。"). The pane saves nothing while a
 * field is wrong, so that clause would mislead here.
 */
function withoutFallback(message: string): string {
  return message.replace(/，已(使用|忽略)[^，。]*(（[^）]*）)?。$/u, "。");
}

export function validateForm(
  form: SettingsForm,
  base: Settings,
  knownRuleIds: readonly string[],
): FormValidation {
  const warnBelow = typed(form.warnBelow);
  const errorBelow = typed(form.errorBelow);
  const input = {
    profile: form.profile,
    satisfaction: { warnBelow, errorBelow },
    severity: form.severity,
    disabledRules: form.disabled,
    standards: base.standards,
    // Set in a settings file (the pane has no fields for them): kept as they are.
    ...(base.indicatorCount ? { indicatorCount: base.indicatorCount } : {}),
  };
  const all = validateSettings(input, knownRuleIds);
  if (all.errors.length === 0) return { ok: true, settings: all.settings };

  // Each threshold alone (paired with a partner that cannot conflict), then the pair together.
  const warnErrors = validateSettings({ satisfaction: { warnBelow, errorBelow: 0 } }, knownRuleIds).errors;
  const errorErrors = validateSettings({ satisfaction: { warnBelow: 100, errorBelow } }, knownRuleIds).errors;
  const pairErrors = validateSettings({ satisfaction: { warnBelow, errorBelow } }, knownRuleIds).errors;
  const errors: FieldErrors = { general: [] };
  if (warnErrors.length > 0) errors.warnBelow = warnErrors.map(withoutFallback).join(" ");
  if (errorErrors.length > 0) errors.errorBelow = errorErrors.map(withoutFallback).join(" ");
  else if (warnErrors.length === 0 && pairErrors.length > 0)
    errors.errorBelow = pairErrors.map(withoutFallback).join(" ");
  const satisfaction = new Set(pairErrors);
  errors.general = all.errors.filter((m) => !satisfaction.has(m)).map(withoutFallback);
  return { ok: false, errors };
}
