/**
 * Check presets (`jixiao check --profile import`): a named selection of rules applied on top of the
 * user's settings. 导入前检查 runs only the 预算管理一体化 system's import pre-checks, each as an error,
 * so a unit can run it just before importing; rules the user switched off stay off (some provinces do
 * not reject spaces, and switch whitespace-in-field off).
 */
import type { Settings } from "./settings";

export type CheckPreset = "import";

/** The import pre-checks (those not yet registered are skipped). */
export const IMPORT_PRECHECK_RULES: readonly string[] = [
  "import-rejected-chars",
  "whitespace-in-field",
  "value-not-plain-number",
  "level-name-unmappable",
  "midterm-value-missing",
  // The weights are refused by the same import (only tables with a 权重/分值 column are checked).
  "weight-total",
  "weight-nonpositive",
  "weight-category-mismatch",
];

/** Rules that say whether a table was read at all: every preset keeps them, so no file passes unread. */
const ALWAYS_ON = new Set(["table-not-found", "reading-uncertain"]);

/** "import" or its Chinese name 导入前检查 (also 导入, 导入前); null for anything else. */
export function parseCheckPreset(name: string): CheckPreset | null {
  const t = name.trim().toLowerCase();
  return t === "import" || t === "导入前检查" || t === "导入前" || t === "导入" ? "import" : null;
}

/**
 * The settings for a preset: only its rules run (each as an error), minus those the user switched off,
 * plus the reading rules (table-not-found, reading-uncertain) as configured.
 */
export function applyCheckPreset(
  settings: Settings,
  preset: CheckPreset,
  registeredIds: readonly string[],
): Settings {
  const wanted = new Set(preset === "import" ? IMPORT_PRECHECK_RULES : []);
  const severity: Settings["severity"] = { ...settings.severity };
  const disabled = new Set(settings.disabledRules);
  for (const id of registeredIds) {
    if (wanted.has(id)) severity[id] = "error";
    else if (!ALWAYS_ON.has(id)) disabled.add(id);
  }
  return { ...settings, severity, disabledRules: [...disabled] };
}
