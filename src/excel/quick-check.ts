/** The ribbon's 快速检查 in Excel: the shared quick check (src/host/quick-check.ts) on Excel's gateway. */
import type { Outcome } from "../host/gateway";
import { runQuickCheckOn, type QuickCheckResult } from "../host/quick-check";
import { createExcelGateway } from "./excel-gateway";

export type { QuickCheckResult };

export function runQuickCheck(gateway = createExcelGateway()): Promise<Outcome<QuickCheckResult>> {
  return runQuickCheckOn(gateway);
}
