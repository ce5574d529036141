/** The 设置 panel's words in English. Rule names and descriptions stay Chinese (they are data). */
import { showGiven } from "../../core/settings/problem-text";
import type { SettingsProblem } from "../../core/settings/validate";
import type { SettingsStrings } from "./settings-zh-CN";

const shown = (v: unknown): string =>
  typeof v === "string" ? `"${v}"` : v === undefined ? "nothing" : showGiven(v);

function fieldProblemEn(p: SettingsProblem): string {
  const given = shown(p.given);
  switch (p.code) {
    case "notPercent":
      return `Enter a number from 0 to 100 (got ${given}).`;
    case "notWholeNumber":
      return `Enter a whole number of at least 0 (got ${given}).`;
    case "notPositive":
      return `Enter an amount above 0 in yuan (got ${given}).`;
    case "errorAboveWarn": {
      const g = p.given as { warnBelow: number; errorBelow: number };
      return `The error line ${g.errorBelow} is above the warning line ${g.warnBelow}; it must not be higher.`;
    }
    default:
      return otherProblemEn(p);
  }
}

function otherProblemEn(p: SettingsProblem): string {
  const where = p.path.join(".") || "the settings";
  switch (p.code) {
    case "unknownKey":
      return `Unknown setting "${where}".`;
    case "unknownRule":
      return `Unknown rule ${shown(p.given)} in ${p.path[0]}.`;
    case "notOneOf":
      return `${where}: ${shown(p.given)} is not one of ${(p.allowed ?? []).join(", ")}.`;
    default:
      return `${where}: ${fieldProblemEn({ ...p, path: [] })}`;
  }
}

export const settingsEn: SettingsStrings = {
  sectionFramework: "Indicator framework",
  sectionSatisfaction: "Satisfaction",
  sectionStandards: "Spending standards",
  sectionRules: "Rules",
  indicatorCount: "Indicator count (provincial review rules)",
  indicatorCountHint: "Leave both empty to skip this check (the default).",
  minQuantitative: "At least this many quantitative indicators",
  maxQualitativePercent: "At most this % qualitative",
  standardsHint: "Your region's spending standards, in yuan. Used for cost checks and template amounts.",
  meetingQuota: "Meeting costs (yuan per person-day)",
  meetingClass: (cls) => `Class ${cls}`,
  quota: { lodging: "Lodging", meals: "Meals", other: "Other", total: "Total" },
  meetingField: (cls, quota) => `${cls} meeting ${quota} (yuan per person-day)`,
  training: "Training (yuan per person-day)",
  lectureFee: "Lecture fee (yuan per hour)",
  classField: (table, cls) => `${table.replace(/ \(.*$/, "")} (${cls})`,
  travelMeal: "Travel meal allowance (yuan per person-day)",
  receptionMeal: "Reception meal (yuan per person)",
  defaultMeetingClass: "Meeting class when none is stated",
  defaultTrainingClass: "Training class when none is stated",
  ruleSearch: "Search rules",
  ruleSearchPlaceholder: "Type part of a rule's name",
  ruleMatches: (n, total) => `${n} of ${total} rules`,
  noRuleMatches: (query) => `No rule matches "${query}".`,
  ruleTooltip: (description, id) => `${description} (rule id: ${id})`,
  rulesOff: (n) => (n > 0 ? `${n} off` : "all on"),
  fieldProblem: fieldProblemEn,
  otherProblem: otherProblemEn,
  namedProblem: (field, problem) => `${field}: ${problem}`,
  actionsLabel: "Settings actions",
};
