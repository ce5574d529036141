/** Template insertion: the pure planning the pane uses (no Office here). */
export { planInsertion } from "./plan";
export type { PlanOptions } from "./plan-common";
export type {
  CellWrite,
  InsertionPlan,
  InsertionPreview,
  InsertionTarget,
  NewSheetLayout,
  Overwrite,
} from "./types";
export { locate } from "./blocks";
export { DEFAULT_WIDE_STYLE, formatWide, wideStyleOf, type WideStyle } from "./wide-style";
export { addToWideText } from "./wide-text";
export { newSheetName } from "./sheet-name";
