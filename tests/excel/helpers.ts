/** Shared set-up for the adapter tests: a gateway on the fake Excel at a chosen API level. */
import type { CheckResult } from "../../src/core/check";
import type { Finding } from "../../src/core/finding";
import { parseA1, type Workbook } from "../../src/core/grid";
import type { Settings } from "../../src/core/settings";
import type { IsSetSupported } from "../../src/excel/capabilities";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import type { WorkbookGateway } from "../../src/host/gateway";
import { FakeExcel, type FakeWorkbookData } from "./fake-excel";

/** isSetSupported for an Excel whose newest ExcelApi set is `max` ("1.18"). */
export function upTo(max: string): IsSetSupported {
  const [maj, min] = max.split(".").map(Number);
  return (name, v) => {
    if (name !== "ExcelApi") return false;
    const [a, b] = v.split(".").map(Number);
    return a < maj || (a === maj && b <= min);
  };
}

export interface Rig {
  excel: FakeExcel;
  gateway: WorkbookGateway;
}

export function rig(
  data: FakeWorkbookData,
  max = "1.20",
  check?: (workbook: Workbook, settings: Settings) => CheckResult,
): Rig {
  const excel = new FakeExcel(data);
  // Through excel.run at call time, so a test can swap it for a failing one.
  const gateway = createExcelGateway({
    run: (opts, batch) => excel.run(opts, batch),
    isSetSupported: upTo(max),
    check,
  });
  return { excel, gateway };
}

/** Unwrap an Outcome in a test, failing with its message. */
export function value<T>(o: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!o.ok) throw new Error(`expected ok, got: ${o.message}`);
  return o.value;
}

/** A finding at a cell, with only what marking uses filled in meaningfully. */
export function finding(
  sheet: string,
  cell: string,
  severity: Finding["severity"],
  message = `${severity} at ${cell}`,
): Finding {
  const p = parseA1(cell)!;
  return {
    ruleId: "unit-missing",
    messageId: "missingKnown",
    severity,
    sheet,
    cell,
    row: p.row,
    col: p.col,
    project: "项目",
    message,
  };
}
