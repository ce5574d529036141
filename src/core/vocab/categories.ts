/** Canonical names of the indicator categories and how headings written in real tables map to them. */
import type { Level1Key, Level2Key } from "../model";
import { stripSpaces } from "./indicator-kind";

export const LEVEL1_NAME: Record<Level1Key, string> = {
  output: "产出指标",
  benefit: "效益指标",
  satisfaction: "满意度指标",
  cost: "成本指标",
};

export const LEVEL2_NAME: Record<Level2Key, string> = {
  quantity: "数量指标",
  quality: "质量指标",
  timeliness: "时效指标",
  cost: "成本指标",
  economic: "经济效益指标",
  social: "社会效益指标",
  ecological: "生态效益指标",
  sustainable: "可持续影响指标",
  satisfaction: "服务对象满意度指标",
  economicCost: "经济成本指标",
  socialCost: "社会成本指标",
  ecoCost: "生态环境成本指标",
};

/** 一级 heading text → key. Accepts non-standard names seen in real tables (项目完成指标, 效果指标…). */
export function level1KeyOf(text: string): Level1Key | null {
  const t = stripSpaces(text);
  if (/满意/.test(t)) return "satisfaction";
  if (/^成本/.test(t)) return "cost";
  if (/产出|完成指标/.test(t)) return "output";
  if (/效益|效果/.test(t)) return "benefit";
  return null;
}

/** 二级 heading text → key ("数量指标(必填硬性指标)" → quantity). */
export function level2KeyOf(text: string): Level2Key | null {
  const t = stripSpaces(text);
  if (/满意/.test(t)) return "satisfaction";
  if (/数量/.test(t)) return "quantity";
  if (/质量/.test(t)) return "quality";
  if (/时效|进度/.test(t)) return "timeliness";
  if (/经济成本/.test(t)) return "economicCost";
  if (/社会成本/.test(t)) return "socialCost";
  if (/生态环境成本|环境成本/.test(t)) return "ecoCost";
  if (/成本/.test(t)) return "cost";
  if (/可持续/.test(t)) return "sustainable";
  if (/经济效益/.test(t)) return "economic";
  if (/社会效益/.test(t)) return "social";
  if (/生态效益|环境效益/.test(t)) return "ecological"; // 环境效益指标: a common variant
  return null;
}
