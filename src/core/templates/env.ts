/** The environment formulas are evaluated in: parameter values by id, "amount" (万元), the standards. */
import type Decimal from "decimal.js";
import { DEFAULT_STANDARDS, type SpendingStandards } from "../settings";
import type { EvalEnv, Value } from "./expr/evaluate";
import type { ParamValues } from "./types";

export function templateEnv(
  params: ParamValues,
  amount: Decimal,
  standards: SpendingStandards = DEFAULT_STANDARDS,
): EvalEnv {
  const vars = new Map<string, Value>(Object.entries(params));
  vars.set("amount", amount);
  return { vars, standards };
}
