/**
 * The period a form's block label names: 「长期绩效指标」「中期绩效指标」「实施期绩效指标」 against
 * 「年度绩效指标」「本年度绩效指标」「当年绩效指标」. Some provinces' forms stack one indicator block per
 * period, each under its own header and its own label beside it or above it.
 */
import { labelKey } from "./label-key";

export type Period = "mid" | "annual";

const MID = /^(长期|中期|远期|实施期|项目期|整体)(绩效)?(指标|目标)/;
const ANNUAL = /^(年度|本年度|当年|本年|当年度)(绩效)?(指标|目标)/;

/** The period a block label names, or null when it names none. */
export function periodOfLabel(text: string): Period | null {
  if (text === "" || text.length > 20) return null;
  const key = labelKey(text);
  if (MID.test(key)) return "mid";
  if (ANNUAL.test(key)) return "annual";
  return null;
}
