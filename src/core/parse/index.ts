/** Parsing of cell text: indicator trees, values (指标值), amounts and project names. */
export { clearParseCaches } from "./caches";
export { parseAmount, parseAmountText, type ParsedAmount } from "./amount";
export {
  parseIndicatorLine,
  parseIndicatorText,
  parseIndicatorTextDetailed,
  splitIndicatorLines,
  type LineUse,
  type ParsedTree,
  type ParsedTreeDetail,
} from "./indicator-text";
export { unitInName, withNameUnit } from "./indicator-line";
export {
  parseMeasure,
  parseMeasureCells,
  parseOperatorCell,
  sharedMeasureOfCells,
  type Measure,
  type ValueKind,
} from "./measure";
export { cleanProjectName, stripLeadingNumber } from "./names";
export { normalizeText, toHalfWidth } from "../text/normalize";
