/**
 * Every word the task pane and the ribbon command show, in Chinese. en.ts mirrors this shape.
 * Rule descriptions and finding messages come from the core engine and are always Chinese.
 */
import type { Severity } from "../../core/finding";
import { SEVERITY_LABEL } from "../../core/finding";
import type { Layout } from "../../core/model";
import { readingZhCN, type ReadingStrings } from "./reading-zh-CN";
import { settingsZhCN, type SettingsStrings } from "./settings-zh-CN";
import { templatesZhCN, type TemplateStrings } from "./templates-zh-CN";

export interface Strings {
  /** BCP 47 tag for the lang attribute. */
  lang: string;
  productName: string;
  officeMissing: string;
  notExcel: string;
  loading: string;

  check: string;
  checking: string;
  checkProgress: string;
  working: string;
  mark: string;
  markHint: (n: number) => string;
  clear: string;
  clearHint: string;
  nothingToClear: string;
  marksUnsupported: string;
  moreActions: string;
  resultsSheet: string;
  resultsSheetHint: string;
  resultsSheetAdded: (sheet: string, rows: number) => string;
  settings: string;
  intro: string;

  severity: Record<Severity, string>;
  counts: (c: { errors: number; warnings: number; infos: number }) => string;
  summaryHeading: string;
  layout: Record<Layout, string>;
  tableFound: (t: { sheet: string; range: string; layout: string; projects: number }) => string;
  noTables: string;
  noTablesHint: string;
  problemsHeading: string;
  sheetProblem: (sheet: string, message: string) => string;
  noFindings: string;
  ignoredHidden: (n: number) => string;
  checkDone: (counts: string) => string;

  findingsHeading: string;
  filterSeverity: string;
  severityToggleHint: (severity: string) => string;
  filterRule: string;
  allRules: string;
  ruleOption: (name: string, n: number) => string;
  filteredEmpty: string;
  previous: string;
  next: string;
  position: (i: number, n: number) => string;
  keyboardHint: string;
  groupCount: (n: number) => string;
  groupSheet: (sheet: string) => string;
  noProject: string;
  cellAddress: (f: { sheet: string; cell: string; line?: number; showSheet: boolean }) => string;
  indicator: (name: string) => string;
  ignore: string;
  ignoreLabel: (message: string) => string;
  showMore: (n: number) => string;

  ignoredHeading: (n: number) => string;
  restore: string;
  restoreLabel: (text: string) => string;
  restoreAll: string;
  notInLastCheck: string;

  settingsHeading: string;
  back: string;
  profile: string;
  profileAuto: string;
  profile2015: string;
  profile2021: string;
  satisfaction: string;
  warnBelow: string;
  errorBelow: string;
  rulesHeading: string;
  ruleEnabled: string;
  severityOverride: string;
  severityOverrideLabel: (rule: string) => string;
  profileDetected: string;
  defaultSeverity: (label: string) => string;
  save: string;
  resetDefaults: string;
  /** The 导入前检查 preset button and what it does. */
  importPreset: string;
  importPresetHint: string;
  saved: string;
  /** Saved, and the check run again with the new settings: its counts. */
  savedRechecked: (counts: string) => string;
  invalidSettings: string;
  settingsForm: SettingsStrings;

  marked: (n: number) => string;
  cleared: (restored: number, kept: number) => string;
  nothingToMark: string;
  loadStateFailed: (message: string) => string;
  saveFailed: (message: string) => string;
  unexpected: (message: string) => string;
  dismiss: string;
  /** Join a result and its side notes into one message ("…；…。"). */
  sentences: (parts: readonly string[]) => string;

  quickCheckTitle: string;
  quickCheckClose: string;

  /** The 模板 tab. */
  templates: TemplateStrings;
  /** The 识别结果 section. */
  reading: ReadingStrings;
}

export const zhCN: Strings = {
  lang: "zh-CN",
  productName: "绩效目标助手",
  officeMissing: "未检测到 Excel。本页面是 Excel 加载项，请在 Excel 中打开：开始 → 绩效检查 → 打开助手。",
  notExcel: "本加载项只能在 Excel 中使用。",
  loading: "正在加载…",

  check: "检查",
  checking: "正在检查…",
  checkProgress: "检查进度",
  working: "正在处理…",
  mark: "在表格中标记",
  markHint: (n) => `把下方列出的 ${n} 条问题所在的单元格标上颜色和批注`,
  clear: "清除标记",
  clearHint: "去掉本助手加上的颜色和批注，单元格恢复原样",
  nothingToClear: "工作簿中没有本助手加上的标记",
  moreActions: "更多操作",
  resultsSheet: "添加「检查结果」工作表",
  resultsSheetHint:
    "在工作簿末尾新建一张工作表，列出全部问题（未忽略的）：严重程度、项目、单元格（可点击跳转）、规则、问题说明，可筛选、排序和打印；不改动已有的工作表",
  resultsSheetAdded: (sheet, rows) =>
    rows > 0
      ? `已添加工作表「${sheet}」，列出 ${rows} 条问题；点击「单元格」列可跳到对应单元格。`
      : `已添加工作表「${sheet}」：没有发现问题。`,
  marksUnsupported:
    "当前 Excel 版本不支持在表格中标记（需要 Excel 2019、2021 或 Microsoft 365）。检查结果仍列在下方。",
  settings: "设置",
  intro: "点击「检查」，读取当前工作簿中的项目支出绩效目标表，逐个项目检查绩效指标。",

  severity: SEVERITY_LABEL,
  counts: (c) => `错误 ${c.errors} · 警告 ${c.warnings} · 提示 ${c.infos}`,
  summaryHeading: "检查结果",
  layout: { wide: "公开表（一行一个项目）", long: "申报表（一行一条指标）", form: "单项目表" },
  tableFound: (t) => `工作表「${t.sheet}」${t.range}：${t.layout}，${t.projects} 个项目`,
  noTables: "没有找到绩效目标表。",
  noTablesHint: "请打开含有「项目名称」「绩效目标」「绩效指标」等表头的工作表后再检查。",
  problemsHeading: "没有检查的工作表",
  sheetProblem: (sheet, message) => (sheet ? `工作表「${sheet}」：${message}` : message),
  noFindings: "没有发现问题。",
  ignoredHidden: (n) => `另有 ${n} 条已忽略，未列出。`,
  checkDone: (counts) => `检查完成：${counts}`,

  findingsHeading: "问题清单",
  filterSeverity: "按严重程度筛选",
  severityToggleHint: (severity) => `显示或隐藏${severity}`,
  filterRule: "按规则筛选",
  allRules: "全部规则",
  ruleOption: (name, n) => `${name}（${n}）`,
  filteredEmpty: "没有符合筛选条件的问题。",
  previous: "上一条",
  next: "下一条",
  position: (i, n) => `第 ${i} / ${n} 条`,
  keyboardHint: "用 ↑ ↓ 键在问题之间移动，→ 键到「忽略」，按 Enter 在表格中定位。",
  groupCount: (n) => `${n} 条`,
  groupSheet: (sheet) => `（${sheet}）`,
  noProject: "（未归属项目）",
  cellAddress: (f) =>
    `${f.showSheet ? `「${f.sheet}」` : ""}${f.cell}${f.line !== undefined ? ` 单元格第 ${f.line} 行` : ""}`,
  indicator: (name) => `指标：${name}`,
  ignore: "忽略",
  ignoreLabel: (message) => `忽略此问题：${message}`,
  showMore: (n) => `显示更多（还有 ${n} 条）`,

  ignoredHeading: (n) => `已忽略（${n}）`,
  restore: "恢复",
  restoreLabel: (text) => `恢复：${text}`,
  restoreAll: "全部恢复",
  notInLastCheck: "本次检查中未出现",

  settingsHeading: "设置",
  back: "返回检查结果",
  profile: "指标体系",
  profileAuto: "自动识别",
  profile2015: "2015 版（财预〔2015〕88号）",
  profile2021: "2021 版（财预〔2021〕101号）",
  satisfaction: "满意度目标的下限（%）",
  warnBelow: "低于此值为警告",
  errorBelow: "低于此值为错误",
  rulesHeading: "检查规则",
  ruleEnabled: "启用",
  severityOverride: "严重程度",
  severityOverrideLabel: (rule) => `严重程度：${rule}`,
  profileDetected: "自动识别时，每张表按其一级指标判断（成本指标作为一级指标的为 2021 版）。",
  defaultSeverity: (label) => `默认（${label}）`,
  save: "保存设置",
  resetDefaults: "恢复默认设置",
  importPreset: "导入前检查",
  importPresetHint:
    "只保留预算管理一体化系统导入时会拒绝的检查，全部按错误报告，适合导入系统前最后检查一遍。已关闭的规则保持关闭；点「保存设置」后生效，「恢复默认设置」可改回。",
  saved: "设置已保存。点「检查」时按新设置检查。",
  savedRechecked: (counts) => `设置已保存，已按新设置重新检查：${counts.replace(/。$/, "")}。`,
  invalidSettings: "设置有误，未保存。请按提示修改。",
  settingsForm: settingsZhCN,

  marked: (n) => `已标记 ${n} 个单元格`,
  cleared: (restored, kept) =>
    kept > 0
      ? `已恢复 ${restored} 个单元格，${kept} 个单元格您已修改，保持不变`
      : `已恢复 ${restored} 个单元格`,
  nothingToMark: "清单中没有问题，无需标记。",
  loadStateFailed: (message) => `未能读取工作簿中保存的设置：${message} 本次使用默认设置。`,
  saveFailed: (message) => `未能保存：${message}`,
  unexpected: (message) => `操作没有完成：${message}`,
  dismiss: "关闭",
  sentences: (parts) => `${parts.map((p) => p.replace(/[。；;.\s]+$/u, "")).join("；")}。`,

  quickCheckTitle: "快速检查",
  quickCheckClose: "知道了",

  templates: templatesZhCN,
  reading: readingZhCN,
};
