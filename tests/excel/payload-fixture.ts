/** A wide table with the user's own formats, for the payload-limit tests. */
import { cellAt, fakeSheet, fakeWorkbook, type FakeWorkbookData } from "./fake-excel";
import { wideTable } from "./table-fixture";

export const SHEET = "项目支出绩效目标表";

/** The wide table, with the user's own fills, font colours and (where notes exist) notes on cells that get marked. */
export function formattedTable(projects: number, notes: boolean): FakeWorkbookData {
  const data = fakeWorkbook([fakeSheet({ name: SHEET, values: wideTable(projects) })]);
  const s = data.sheets[0];
  for (let r = 4; r < projects + 3; r += 7) {
    Object.assign(cellAt(s, `E${r}`, true), {
      fill: { none: false, color: "#DDEBF7", pattern: "Solid", tint: 0, patternColor: "#000000" },
      font: "#1F4E78",
    });
    cellAt(s, `D${r}`, true).font = "#C00000";
    if (notes) s.notes.set(`E${r}`, `用户批注 ${r}`);
  }
  return data;
}
