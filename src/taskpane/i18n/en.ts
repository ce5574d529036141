/** English task-pane text, picked when Office's display language is English. Same shape as zh-CN.ts. */
import { readingEn } from "./reading-en";
import { settingsEn } from "./settings-en";
import { templatesEn } from "./templates-en";
import type { Strings } from "./zh-CN";

export const en: Strings = {
  lang: "en",
  productName: "Performance Target Assistant (绩效目标助手)",
  officeMissing:
    "Excel was not found. This page is an Excel add-in: open it in Excel from Home → 绩效检查 → 打开助手.",
  notExcel: "This add-in works in Excel only.",
  loading: "Loading…",

  check: "Check",
  checking: "Checking…",
  checkProgress: "Check progress",
  working: "Working…",
  mark: "Mark in sheet",
  markHint: (n) => `Colour and annotate the cells of the ${n} findings listed below`,
  clear: "Clear marks",
  clearHint: "Remove the fills and notes this add-in added; cells return to how they were",
  nothingToClear: "The workbook has no marks from this add-in",
  moreActions: "More actions",
  resultsSheet: "Add a 检查结果 (results) sheet",
  resultsSheetHint:
    "Adds a sheet at the end of the workbook listing every finding not ignored — severity, project, cell (a link to it), rule, message — to filter, sort and print; no existing sheet is changed",
  resultsSheetAdded: (sheet, rows) =>
    rows > 0
      ? `Added the sheet “${sheet}” listing ${rows} findings; the 单元格 column links to each cell.`
      : `Added the sheet “${sheet}”: no findings.`,
  marksUnsupported:
    "This version of Excel cannot mark cells (Excel 2019, 2021 or Microsoft 365 is needed). Findings are still listed below.",
  settings: "Settings",
  intro:
    "Select Check to read the performance-target tables in this workbook and check every project's indicators.",

  severity: { error: "Error", warning: "Warning", info: "Info" },
  counts: (c) => `Errors ${c.errors} · Warnings ${c.warnings} · Info ${c.infos}`,
  summaryHeading: "Check result",
  layout: {
    wide: "disclosure table (one row per project)",
    long: "declaration table (one row per indicator)",
    form: "single-project form",
  },
  tableFound: (t) => `Sheet "${t.sheet}" ${t.range}: ${t.layout}, ${t.projects} projects`,
  noTables: "No performance-target table was found.",
  noTablesHint: "Open a sheet with headers such as 项目名称, 绩效目标 and 绩效指标, then check again.",
  problemsHeading: "Sheets that could not be read",
  sheetProblem: (sheet, message) => (sheet ? `Sheet "${sheet}": ${message}` : message),
  noFindings: "No problems found.",
  ignoredHidden: (n) => `${n} ignored findings are not listed.`,
  checkDone: (counts) => `Check finished: ${counts}`,

  findingsHeading: "Findings",
  filterSeverity: "Filter by severity",
  severityToggleHint: (severity) => `Show or hide ${severity.toLowerCase()} findings`,
  filterRule: "Filter by rule",
  allRules: "All rules",
  ruleOption: (name, n) => `${name} (${n})`,
  filteredEmpty: "No findings match the filters.",
  previous: "Previous",
  next: "Next",
  position: (i, n) => `${i} of ${n}`,
  keyboardHint: "Use ↑ ↓ to move between findings, → to reach Ignore, Enter to select the cell.",
  groupCount: (n) => `${n}`,
  groupSheet: (sheet) => ` (${sheet})`,
  noProject: "(no project)",
  cellAddress: (f) =>
    `${f.showSheet ? `'${f.sheet}'!` : ""}${f.cell}${f.line !== undefined ? ` (line ${f.line} in the cell)` : ""}`,
  indicator: (name) => `Indicator: ${name}`,
  ignore: "Ignore",
  ignoreLabel: (message) => `Ignore this finding: ${message}`,
  showMore: (n) => `Show more (${n} more)`,

  ignoredHeading: (n) => `Ignored (${n})`,
  restore: "Restore",
  restoreLabel: (text) => `Restore: ${text}`,
  restoreAll: "Restore all",
  notInLastCheck: "not in the last check",

  settingsHeading: "Settings",
  back: "Back to findings",
  profile: "Indicator framework",
  profileAuto: "Detect automatically",
  profile2015: "2015 (财预〔2015〕88号)",
  profile2021: "2021 (财预〔2021〕101号)",
  satisfaction: "Satisfaction target thresholds (%)",
  warnBelow: "Warning below",
  errorBelow: "Error below",
  rulesHeading: "Rules",
  ruleEnabled: "On",
  severityOverride: "Severity",
  severityOverrideLabel: (rule) => `Severity: ${rule}`,
  profileDetected:
    "When detected, each table is judged by its top-level indicators (成本指标 at the top level means 2021).",
  defaultSeverity: (label) => `Default (${label})`,
  save: "Save settings",
  resetDefaults: "Restore defaults",
  importPreset: "Import pre-check (导入前检查)",
  importPresetHint:
    "Keeps only the checks the budget system rejects on import, all reported as errors: a last check before importing. Rules you switched off stay off; applies after Save settings, and Restore defaults undoes it.",
  saved: "Settings saved. The next check uses them.",
  savedRechecked: (counts) =>
    `Settings saved and the workbook checked again with them: ${counts.replace(/\.$/, "")}.`,
  invalidSettings: "The settings were not saved. Please correct the fields marked below.",
  settingsForm: settingsEn,

  marked: (n) => `Marked ${n} cells`,
  cleared: (restored, kept) =>
    kept > 0
      ? `Restored ${restored} cells; ${kept} cells you had edited were left as they are`
      : `Restored ${restored} cells`,
  nothingToMark: "There are no findings in the list to mark.",
  loadStateFailed: (message) =>
    `The settings saved in this workbook could not be read: ${message} Defaults are used.`,
  saveFailed: (message) => `Could not save: ${message}`,
  unexpected: (message) => `The action did not finish: ${message}`,
  dismiss: "Dismiss",
  sentences: (parts) => `${parts.map((p) => p.replace(/[。；;.\s]+$/u, "")).join("; ")}.`,

  quickCheckTitle: "Quick check",
  quickCheckClose: "OK",

  templates: templatesEn,
  reading: readingEn,
};
