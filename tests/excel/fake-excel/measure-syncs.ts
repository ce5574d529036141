/**
 * Round trips of check → mark → clear on a wide table of `projects` projects, through the real gateway
 * on the fake Excel — the task pane's and the ribbon's flow, where mark follows a check. For the bench
 * (npm run bench) and the constant-sync tests. A round trip is a sync that carried commands — what costs
 * time against real Excel. Throws if the clear did not leave the workbook as it found it.
 */
import { createExcelGateway } from "../../../src/excel/excel-gateway";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { wideTable } from "../table-fixture";
import { FakeExcel } from "./fake-excel";
import { fakeSheet, fakeWorkbook, workbookLooks } from "./workbook-data";

export interface SyncCounts {
  projects: number;
  check: number;
  mark: number;
  clear: number;
  findings: number;
  marked: number;
  restored: number;
  /** Largest single range read, in cells. */
  maxRangeCells: number;
}

/** `maxApi`: the newest ExcelApi set the simulated Excel supports. */
export async function measureSyncs(projects: number, maxApi = "1.20"): Promise<SyncCounts> {
  const excel = new FakeExcel(
    fakeWorkbook([fakeSheet({ name: "项目支出绩效目标表", values: wideTable(projects) })]),
  );
  const [maj, min] = maxApi.split(".").map(Number);
  const gateway = createExcelGateway({
    run: excel.run,
    isSetSupported: (name, v) => {
      const [a, b] = v.split(".").map(Number);
      return name === "ExcelApi" && (a < maj || (a === maj && b <= min));
    },
  });
  const trips = async <T>(
    action: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
  ): Promise<[number, T]> => {
    const before = excel.stats.roundTrips;
    const out = await action();
    if (!out.ok) throw new Error(out.message);
    return [excel.stats.roundTrips - before, out.value];
  };
  const [check, result] = await trips(() => gateway.check(DEFAULT_SETTINGS));
  const [mark, marked] = await trips(() => gateway.mark(result.findings));
  const [clear, cleared] = await trips(() => gateway.clearMarks());
  // The table starts with no fills, font colours or notes: that is how it must end.
  if (
    excel.data.sheets.length !== 1 ||
    excel.data.settings.size !== 0 ||
    workbookLooks(excel.data).size !== 0
  ) {
    throw new Error("clearMarks left marks, notes, the record or a hidden sheet behind");
  }
  return {
    projects,
    check,
    mark,
    clear,
    findings: result.findings.length,
    marked: marked.marked,
    restored: cleared.restored,
    maxRangeCells: excel.stats.maxRangeCells,
  };
}
