/** The 模板 tab's words, in Chinese (templates-en.ts mirrors the shape). */
export interface TemplateStrings {
  tabChecks: string;
  tabTemplates: string;
  tabsLabel: string;
  heading: string;
  readSelection: string;
  reading: string;
  selected: (t: {
    sheet: string;
    row: number;
    name: string;
    layout: string;
    amount: string | null;
  }) => string;
  noProject: string;
  noTable: string;
  protectedSheet: (sheet: string) => string;
  suggested: (name: string, reason: string) => string;
  galleryLabel: string;
  /** A type the project's name or goal points to, in the dropdown. */
  suggestedOption: (name: string) => string;
  /** A unit's own template in the dropdown. */
  unitOption: (name: string, suggested: boolean) => string;
  intoLabel: string;
  intoProject: string;
  intoNewSheet: string;
  modeLabel: string;
  modeAdd: string;
  modeReplace: string;
  modeReplaceRowsHint: string;
  modeReplaceWideHint: string;
  paramsHeading: string;
  amount: string;
  source: (where: string) => string;
  writeGoal: string;
  newName: string;
  newGoal: string;
  previewHeading: string;
  previewGoal: string;
  previewRowsCaption: (n: number) => string;
  previewNothing: string;
  /** Why there is no preview yet (fields not filled in, values out of range), without an error colour. */
  previewBlocked: (reasons: readonly string[]) => string;
  /** The action bar's name for screen readers. */
  actionsLabel: string;
  insert: string;
  inserting: string;
  undo: string;
  undoing: string;
  lastInsertion: (summary: string) => string;
  confirmTitle: string;
  confirmIntro: (n: number) => string;
  confirmCell: string;
  confirmBefore: string;
  confirmAfter: string;
  confirmEmptied: string;
  confirm: string;
  cancel: string;
  inserted: (summary: string) => string;
  fixMissing: string;
  fixMissingLabel: (project: string) => string;
  unitHeading: string;
  unitBadge: string;
  unitNone: string;
  unitListLabel: (n: number) => string;
  unitImport: string;
  unitImporting: string;
  unitFileInput: string;
  /** Under the file buttons; `sheets`: the host can import a worksheet (then said first). */
  unitHint: (sheets: boolean) => string;
  /** The link to templates-help.html (docs/templates.md as a page of the add-in). */
  unitHelpLink: string;
  unitImported: (n: number, replaced: readonly string[]) => string;
  unitRejected: (file: string) => string;
  unitSheetRejected: (sheet: string) => string;
  unitSheetImported: (n: number, sheet: string, replaced: readonly string[]) => string;
  unitFromSheet: string;
  unitFromSheetBusy: string;
  unitGenerate: string;
  unitGenerating: string;
  unitSheetHint: (template: string) => string;
  unitFileHeading: string;
  unitUnreadable: (detail: string) => string;
  unitLoadFailed: (detail: string) => string;
  unitRemove: string;
  unitRemoving: string;
  unitRemoved: string;
  unitConfirmTitle: string;
  unitConfirmIntro: (n: number) => string;
  unitConfirm: string;
}

export const templatesZhCN: TemplateStrings = {
  tabChecks: "检查结果",
  tabTemplates: "模板",
  tabsLabel: "功能",
  heading: "按模板填写指标",
  readSelection: "读取所选行",
  reading: "正在读取所选行…",
  selected: (t) =>
    `所选项目：工作表「${t.sheet}」第 ${t.row} 行「${t.name}」，${t.layout}${t.amount ? `，金额 ${t.amount} 万元` : ""}`,
  noProject:
    "当前选中的单元格不在项目行上。请在表格中选中项目所在的行，再点击「读取所选行」；也可以新建申报表。",
  noTable: "当前工作表中没有找到绩效目标表，可以新建申报表。",
  protectedSheet: (sheet) =>
    `工作表「${sheet}」受保护，无法写入。如需插入，请先在「审阅」选项卡中撤销工作表保护。`,
  suggested: (name, reason) => `建议类型：${name}（${reason}）`,
  galleryLabel: "项目类型",
  suggestedOption: (name) => `${name}（建议）`,
  unitOption: (name, suggested) => `${name}（本单位${suggested ? "，建议" : ""}）`,
  intoLabel: "写入位置",
  intoProject: "所选项目",
  intoNewSheet: "新建申报表（新工作表）",
  modeLabel: "插入内容",
  modeAdd: "只补全缺失类别",
  modeReplace: "全部指标",
  modeReplaceRowsHint: "该项目已有指标行，只能补全缺失类别；如需整体替换，请先删除原有指标行。",
  modeReplaceWideHint: "选择「全部指标」会替换绩效指标单元格中的原有内容，插入前会请您确认。",
  paramsHeading: "参数",
  amount: "项目金额（万元）",
  source: (where) => `来自：${where}`,
  writeGoal: "同时填写空的绩效目标",
  newName: "项目名称",
  newGoal: "年度绩效目标（可不填，默认使用模板生成的目标）",
  previewHeading: "预览（将写入的内容）",
  previewGoal: "绩效目标：",
  previewRowsCaption: (n) => `将写入 ${n} 行指标（合并单元格中的一级、二级指标逐行列出）`,
  previewNothing: "参数有误，暂无预览。请按提示修改。",
  previewBlocked: (reasons) => `暂无预览：${reasons.join("")}`,
  actionsLabel: "插入与撤销",
  insert: "插入",
  inserting: "正在插入…",
  undo: "撤销插入",
  undoing: "正在撤销…",
  lastInsertion: (summary) => `上次插入：${summary}`,
  confirmTitle: "确认替换单元格内容",
  confirmIntro: (n) => `插入会替换以下 ${n} 个单元格中已有的内容。替换后可点击「撤销插入」恢复。`,
  confirmCell: "单元格",
  confirmBefore: "原内容",
  confirmAfter: "替换为",
  confirmEmptied: "（清空）",
  confirm: "确认替换并插入",
  cancel: "取消",
  inserted: (summary) => `已插入：${summary}。如需恢复，请点击「撤销插入」。`,
  fixMissing: "补全",
  fixMissingLabel: (project) => `按模板补全「${project}」缺少的指标类别`,
  unitHeading: "本单位模板",
  unitBadge: "本单位",
  unitNone: "本工作簿还没有本单位模板。",
  unitListLabel: (n) => `本工作簿中的本单位模板（${n} 个）`,
  unitImport: "导入模板文件…",
  unitImporting: "正在导入…",
  unitFileInput: "选择本单位模板文件（.json）",
  unitHint: (sheets) =>
    `${sheets ? "本单位模板最方便的写法是在工作表中写：一行一条指标，照着「生成模板工作表」写好的样子修改，再点击「从当前工作表导入」。模板文件（.json）是另一种写法，多由信息化人员或命令行使用。" : "本单位模板文件为 JSON 格式（.json）。"}导入后保存在本工作簿中，会替换原有的本单位模板；与内置模板同名的，替换该内置模板。文件只在本机读取，不会上传。`,
  unitHelpLink: "模板文件的写法和完整示例",
  unitImported: (n, replaced) =>
    `已导入 ${n} 个本单位模板，并保存在本工作簿中：同事打开此文件时也能使用。${replaced.length ? `其中替换了同名的内置模板：${replaced.join("、")}。` : ""}`,
  unitRejected: (file) => `模板文件「${file}」有以下问题，未导入（本工作簿中的模板没有改动）：`,
  unitSheetRejected: (sheet) => `工作表「${sheet}」有以下问题，未导入（本工作簿中的模板没有改动）：`,
  unitSheetImported: (n, sheet, replaced) =>
    `已从工作表「${sheet}」导入 ${n} 个本单位模板，并保存在本工作簿中：同事打开此文件时也能使用。${replaced.length ? `其中替换了同名的内置模板：${replaced.join("、")}。` : ""}`,
  unitFromSheet: "从当前工作表导入",
  unitFromSheetBusy: "正在导入…",
  unitGenerate: "生成模板工作表",
  unitGenerating: "正在生成…",
  unitSheetHint: (template) =>
    `在工作表中一行写一条指标（一级、二级、三级指标、计算符号、指标值、计量单位），写好后切换到该工作表，点击「从当前工作表导入」。「生成模板工作表」会新建一个工作表，按所选类型「${template}」写好一份模板供修改，不会改动已有的工作表。`,
  unitFileHeading: "也可以导入模板文件（JSON 格式，多用于命令行）：",
  unitUnreadable: (detail) => `无法读取所选文件：${detail}`,
  unitLoadFailed: (detail) => `无法读取本工作簿中的本单位模板，现只提供内置模板：${detail}`,
  unitRemove: "删除本单位模板",
  unitRemoving: "正在删除…",
  unitRemoved: "已从本工作簿中删除本单位模板，现只提供内置模板。",
  unitConfirmTitle: "删除本单位模板？",
  unitConfirmIntro: (n) =>
    `将从本工作簿中删除全部 ${n} 个本单位模板。已经写入表格的指标不受影响；以后如需使用，可重新导入模板文件。`,
  unitConfirm: "删除",
};
