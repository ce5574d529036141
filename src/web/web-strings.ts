/**
 * The pane's Chinese strings, where the web edition differs from Excel: the file is never changed, so
 * marks are drawn on the page, and a template is copied or downloaded rather than inserted.
 */
import { zhCN, type Strings } from "../taskpane/i18n";

export const webStrings: Strings = {
  ...zhCN,
  intro: "点击「检查」，检查这个文件中的项目支出绩效目标表。文件只在本机浏览器中读取，不会上传。",
  markHint: (n) =>
    `在左侧表格中把 ${n} 条问题所在的单元格标上颜色（原文件不变；带颜色和批注的文件请用「下载标记副本」）`,
  marked: (n) => `已在左侧表格中标记 ${n} 个单元格（原文件不变）`,
  cleared: (restored) => `已清除左侧表格中 ${restored} 个单元格的标记`,
  loadStateFailed: (message) => `未能读取设置：${message} 本次使用默认设置。`,
  templates: {
    ...zhCN.templates,
    readSelection: "读取所选单元格的项目",
    reading: "正在读取所选项目…",
    noProject:
      "所选单元格不在项目行上。请在左侧表格中点击项目所在的行，再点击「读取所选单元格的项目」；也可以下载为新申报表。",
    noTable: "这个工作表中没有找到绩效目标表，可以下载为新申报表。",
    protectedSheet: (sheet) => `工作表「${sheet}」受保护：在 Excel 中粘贴前，请先撤销工作表保护。`,
    intoLabel: "用途",
    intoProject: "复制所选项目的指标（到 Excel 中粘贴）",
    intoNewSheet: "下载为新申报表（.xlsx）",
    modeReplaceRowsHint: "该项目已有指标行，只复制缺失类别的指标行。",
    modeReplaceWideHint:
      "选择「全部指标」时复制完整的指标文本，在 Excel 中粘贴会替换绩效指标单元格中的原有内容。",
    previewHeading: "预览（将复制或下载的内容）",
    insert: "复制或下载",
    inserting: "正在准备…",
    inserted: (summary) => summary,
    confirmTitle: "这些单元格已有内容",
    confirmIntro: (n) => `在 Excel 中粘贴会替换以下 ${n} 个单元格中已有的内容。原文件不会被改动。`,
    confirm: "仍然复制",
  },
};
