/** Indicator templates: the library as data, recognition, parameters, rendering and layouts. */
export type {
  CategoryKey,
  ConstraintDef,
  GoalPart,
  IndicatorDef,
  IndicatorSet,
  ParamDef,
  ParamProblem,
  ParamValue,
  ParamValues,
  PrefillRule,
  RenderedGroup,
  RenderedIndicator,
  Template,
  TemplateDef,
  TemplateOperator,
  TemplateParam,
  TemplateRow,
} from "./types";
export { BUILTIN_TEMPLATE_DEFS } from "./library/index";
export {
  builtinTemplates,
  createLibrary,
  loadTemplates,
  loadTemplatesText,
  type LoadResult,
  type TemplateLibrary,
} from "./library";
export { compileTemplate, type CompileTemplateResult } from "./compile";
export {
  checkParamValue,
  findParam,
  parseParamValue,
  resolveParams,
  showParam,
  validateParams,
  type ResolveResult,
  type ValidateResult,
} from "./params";
export {
  prefillParams,
  recognizeType,
  type PrefillResult,
  type ProjectText,
  type TypeSuggestion,
} from "./recognize";
export { goalSentence, renderSet, type RenderOptions, type RenderResult } from "./render";
export { indicatorLine, renderRows, renderWideText, type WideTextOptions } from "./format";
export {
  layoutFor,
  longLayout,
  wideLayout,
  LONG_HEADER,
  WIDE_HEADER,
  type SheetLayout,
  type TableProject,
  type TemplateLayout,
} from "./layout";
export { lacksCategories, missingCategories } from "./missing";
export { suggestForProject, type ProjectSuggestion, type SuggestOptions } from "./suggest";
export {
  relabelFormula,
  sheetProblemText,
  templateIdFor,
  templatesFromSheet,
  templateSheetRows,
  TEMPLATE_SHEET_HELP,
  TEMPLATE_SHEET_NAME,
  type SheetProblem,
  type SheetTemplatesResult,
  type TemplateSheetLayout,
} from "./sheet";
