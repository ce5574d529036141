/**
 * Round trips of the 模板 tab's flow on a wide table of `projects` projects, through the real gateway on
 * the fake Excel: read the selected project, insert a template into it, undo the insertion. For the
 * bench (syncs.insert) and the constant-sync tests. Throws if the undo did not leave the workbook as it
 * found it.
 */
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { createLibrary, suggestForProject } from "../../../src/core/templates";
import { createExcelGateway } from "../../../src/excel/excel-gateway";
import { planInsertion } from "../../../src/host/insert";
import { wideTable } from "../table-fixture";
import { FakeExcel } from "./fake-excel";
import { workbookSnapshot } from "./snapshot";
import { fakeSheet, fakeWorkbook, selectCell } from "./workbook-data";

export interface InsertSyncCounts {
  projects: number;
  /** Reading the selected project. */
  select: number;
  insert: number;
  undo: number;
  /** Cells the insertion wrote. */
  cells: number;
}

export async function measureInsertSyncs(projects: number, maxApi = "1.20"): Promise<InsertSyncCounts> {
  const values = wideTable(projects);
  // The last project loses its indicators: the tab fills them in.
  const last = values.length - 1;
  values[last] = [...values[last].slice(0, 4), null];
  const data = fakeWorkbook([fakeSheet({ name: "项目支出绩效目标表", values })]);
  const excel = new FakeExcel(data);
  const [maj, min] = maxApi.split(".").map(Number);
  const gateway = createExcelGateway({
    run: excel.run,
    isSetSupported: (name, v) => {
      const [a, b] = v.split(".").map(Number);
      return name === "ExcelApi" && (a < maj || (a === maj && b <= min));
    },
  });
  const before = workbookSnapshot(data);
  const trips = async <T>(
    action: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
  ): Promise<[number, T]> => {
    const start = excel.stats.roundTrips;
    const out = await action();
    if (!out.ok) throw new Error(out.message);
    return [excel.stats.roundTrips - start, out.value];
  };
  selectCell(data, "项目支出绩效目标表", `B${last + 1}`);
  const [select, target] = await trips(() => gateway.selectedProject());
  if (!target.project) throw new Error("no project at the selected cell");
  const suggestion = suggestForProject(target.project, createLibrary(), {
    profile: target.profile,
    standards: DEFAULT_SETTINGS.standards,
  });
  if (!suggestion?.set)
    throw new Error(suggestion?.problems.map((p) => p.message).join("；") ?? "no suggestion");
  const planned = planInsertion(target, suggestion.set, {
    into: "project",
    mode: "replace",
    goal: suggestion.goal,
  });
  if (!planned.ok) throw new Error(planned.message);
  const [insert, written] = await trips(() =>
    gateway.insertTemplate(planned.value, { confirmedOverwrite: false }),
  );
  const [undo] = await trips(() => gateway.undoInsertion());
  if (JSON.stringify(workbookSnapshot(data)) !== JSON.stringify(before))
    throw new Error("undoInsertion did not restore the workbook");
  return { projects, select, insert, undo, cells: written.cells };
}
