import type { Severity } from "../finding";
import { DEFAULT_STANDARDS, type SpendingStandards } from "./standards";

export type ProfileSetting = "auto" | "2015" | "2021";
export type Profile = "2015" | "2021";

export interface Settings {
  /** 指标体系: 2015 (财预〔2015〕88号) or 2021 (财预〔2021〕101号); auto detects per table. */
  profile: ProfileSetting;
  /** 满意度 targets below warnBelow are warnings, below errorBelow errors (percent). */
  satisfaction: { warnBelow: number; errorBelow: number };
  /** Severity overrides by ruleId. */
  severity: Record<string, Severity>;
  /** ruleIds that are switched off. */
  disabledRules: string[];
  standards: SpendingStandards;
  /**
   * indicator-count's thresholds (provincial review rules differ): at least minQuantitative 定量
   * indicators per project, at most maxQualitativePercent % 定性 ones. Unset (the default): not checked.
   */
  indicatorCount?: IndicatorCountSetting;
}

export interface IndicatorCountSetting {
  minQuantitative?: number;
  maxQualitativePercent?: number;
}

export const DEFAULT_SETTINGS: Settings = {
  profile: "auto",
  satisfaction: { warnBelow: 90, errorBelow: 80 },
  severity: {},
  disabledRules: [],
  standards: DEFAULT_STANDARDS,
};
