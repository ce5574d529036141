/**
 * Which columns of a table belong to one indicator rather than to its project. The parts that say the
 * indicator — 一级指标, 二级指标, 三级指标, 计算符号 (指标性质), 指标值, 计量单位 — are what a labelled
 * record in one cell names (parse/labelled-record.ts) and what a template insertion writes
 * (host/insert); 指标解释, 权重 and 备注 stand beside them on the indicator's row.
 */
import type { ColumnRole } from "../model";

/** An indicator's parts, in the order an insertion writes them. */
export const INDICATOR_PART_ROLES = [
  "level1",
  "level2",
  "level3",
  "operator",
  "value",
  "unit",
] as const satisfies readonly ColumnRole[];

export type IndicatorPartRole = (typeof INDICATOR_PART_ROLES)[number];

const PART_ROLES: ReadonlySet<ColumnRole> = new Set(INDICATOR_PART_ROLES);

export function isIndicatorPartRole(role: ColumnRole): role is IndicatorPartRole {
  return PART_ROLES.has(role);
}

/** Every column that holds something of one indicator (everything else in a long table belongs to the project). */
export const INDICATOR_ROLES: readonly ColumnRole[] = [
  ...INDICATOR_PART_ROLES,
  "explanation",
  "weight",
  "remark",
];
