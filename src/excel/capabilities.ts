/**
 * What the running Excel can do, from its ExcelApi requirement sets. Asked once per gateway; the
 * answer decides how marks are written (notes → threaded comments → pane only) and whether an action
 * becomes one undo step.
 */
import type { Capabilities } from "../host/gateway";

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Everything the adapter branches on; `Capabilities` is the part the pane sees. */
export interface ApiLevel extends Capabilities {
  /** ExcelApi 1.4: used range ∩ row bands, workbook settings — needed to check at all. */
  read: boolean;
  /** ExcelApi 1.7: the workbook's name. */
  workbookName: boolean;
  /** ExcelApi 1.7: frozen panes (the 「检查结果」 sheet keeps its header row in view). */
  freezePanes: boolean;
  /** ExcelApi 1.13: merged areas of the used range. */
  mergedAreas: boolean;
}

export function detectApiLevel(isSetSupported: IsSetSupported): ApiLevel {
  const has = (v: string): boolean => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  const marks = has("1.9");
  return {
    read: has("1.4"),
    workbookName: has("1.7"),
    freezePanes: has("1.7"),
    marks,
    comments: marks && has("1.10"),
    mergedAreas: has("1.13"),
    notes: marks && has("1.18"),
    undoGroups: has("1.20"),
  };
}

/** The host's own check, or "nothing supported" outside Office (tests, the browser preview). */
export function hostIsSetSupported(): IsSetSupported {
  const office = (
    globalThis as { Office?: { context?: { requirements?: { isSetSupported?: IsSetSupported } } } }
  ).Office;
  const req = office?.context?.requirements;
  if (req && typeof req.isSetSupported === "function") return (n, v) => req.isSetSupported!(n, v);
  return () => false;
}
