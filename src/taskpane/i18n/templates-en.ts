/** The 模板 tab's words in English. Template names, parameters and indicators stay Chinese (they are data). */
import type { TemplateStrings } from "./templates-zh-CN";

export const templatesEn: TemplateStrings = {
  tabChecks: "Check results",
  tabTemplates: "Templates",
  tabsLabel: "Views",
  heading: "Fill in indicators from a template",
  readSelection: "Read selected row",
  reading: "Reading the selected row…",
  selected: (t) =>
    `Selected project: '${t.sheet}' row ${t.row} "${t.name}" (${t.layout}${t.amount ? `, ${t.amount} 万元` : ""})`,
  noProject:
    "The selected cell is not on a project row. Select a cell in the project's row and click Read selected row, or create a new declaration sheet.",
  noTable: "No performance-target table on this sheet. You can create a new declaration sheet.",
  protectedSheet: (sheet) =>
    `Sheet '${sheet}' is protected and cannot be written. Unprotect it (Review tab) to insert.`,
  suggested: (name, reason) => `Suggested type: ${name} (${reason})`,
  galleryLabel: "Project type",
  intoLabel: "Write to",
  intoProject: "The selected project",
  intoNewSheet: "A new declaration sheet",
  modeLabel: "Insert",
  modeAdd: "Only the missing categories",
  modeReplace: "All indicators",
  modeReplaceRowsHint:
    "The project already has indicator rows: only missing categories can be added. Delete its rows first to replace them.",
  modeReplaceWideHint: "All indicators replaces the indicator cell's content; you will be asked to confirm.",
  paramsHeading: "Parameters",
  amount: "Project amount (万元)",
  source: (where) => `From: ${where}`,
  writeGoal: "Also fill in the empty performance goal",
  newName: "Project name",
  newGoal: "Annual performance goal (optional; the template's goal is used otherwise)",
  previewHeading: "Preview (what will be written)",
  previewGoal: "Performance goal: ",
  previewRowsCaption: (n) =>
    `${n} indicator rows will be written (merged level 1 and 2 cells listed on every row)`,
  previewNothing: "No preview until the parameters are corrected.",
  insert: "Insert",
  inserting: "Inserting…",
  undo: "Undo insertion",
  undoing: "Undoing…",
  lastInsertion: (summary) => `Last insertion: ${summary}`,
  confirmTitle: "Replace cell contents?",
  confirmIntro: (n) => `Inserting replaces the content of ${n} cell(s) below. Undo insertion restores them.`,
  confirmCell: "Cell",
  confirmBefore: "Now",
  confirmAfter: "Becomes",
  confirmEmptied: "(emptied)",
  confirm: "Replace and insert",
  cancel: "Cancel",
  inserted: (summary) => `Inserted: ${summary}. Click Undo insertion to restore.`,
  fixMissing: "Fill in",
  fixMissingLabel: (project) => `Fill in the categories "${project}" lacks from a template`,
  unitHeading: "Your unit's templates",
  unitBadge: "Unit",
  unitNone: "This workbook has no templates of your unit yet.",
  unitListLabel: (n) => `Your unit's templates in this workbook (${n})`,
  unitImport: "Import template file…",
  unitImporting: "Importing…",
  unitFileInput: "Choose your unit's template file (.json)",
  unitHint:
    "A unit's template file is JSON (.json). Imported templates are saved in this workbook and replace the unit templates it had; one with the name of a built-in template replaces it. The file is read on this computer only and never uploaded.",
  unitHelpLink: "How to write a template file, with a complete example",
  unitImported: (n, replaced) =>
    `Imported ${n} template(s) of your unit and saved them in this workbook: colleagues who open this file get them too.${replaced.length ? ` They replace the built-in templates ${replaced.join(", ")}.` : ""}`,
  unitRejected: (file) =>
    `The template file "${file}" has these problems and was not imported (the workbook's templates are unchanged):`,
  unitUnreadable: (detail) => `The chosen file could not be read: ${detail}`,
  unitLoadFailed: (detail) =>
    `Your unit's templates in this workbook could not be read; only the built-in templates are offered: ${detail}`,
  unitRemove: "Delete unit templates",
  unitRemoving: "Deleting…",
  unitRemoved:
    "Your unit's templates were deleted from this workbook; only the built-in templates are offered.",
  unitConfirmTitle: "Delete your unit's templates?",
  unitConfirmIntro: (n) =>
    `All ${n} of your unit's templates will be deleted from this workbook. Indicators already written to the sheet stay. Import the file again to use them later.`,
  unitConfirm: "Delete",
};
