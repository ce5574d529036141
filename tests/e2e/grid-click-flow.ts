/**
 * The preview's grid as a person uses it: a click on a cell selects it in the stand-in host (the active
 * sheet, the selection and the grid's outline follow), and the pane reads that cell as Excel's active
 * cell — the 模板 tab names the clicked project, and 读取所选行 after a click on another project names
 * that one.
 */
import * as assert from "node:assert/strict";
import type { Frame, Page } from "playwright-core";
import { paneAction } from "../../preview/pane-driver";
import { toA1 } from "../../src/core/grid";
import type { Project } from "../../src/core/model";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertAccessible, selection } from "./pane";

const paneText = async (frame: Frame): Promise<string> => (await frame.locator("main").textContent()) ?? "";

/** Click the grid cell at `address` of the sheet shown. */
async function clickCell(page: Page, address: string): Promise<void> {
  await page.locator(`#grid td[data-address="${address}"]`).click();
}

const nameCell = (p: Project): string => toA1(p.cells.name.row, p.cells.name.col);

export function gridClickFlow(theme: "light" | "dark", width: number, w: World): E2ETest {
  return {
    name: `preview ${theme} ${width}px: a click on a grid cell selects it; the 模板 tab reads that project`,
    page: { colorScheme: theme },
    async run(t) {
      const projects = w.expected.wide.result.tables.flatMap((tb) => tb.projects);
      const sheet = projects[0]?.cells.name.sheet;
      // Two projects of the first sheet with distinct names, far enough apart to tell them apart.
      const first = projects.find((p) => p.cells.name.sheet === sheet && p.name.length > 0);
      const last = [...projects]
        .reverse()
        .find((p) => p.cells.name.sheet === sheet && p.name.length > 0 && p.name !== first?.name);
      assert.ok(sheet && first && last, "the wide example has two named projects on one sheet");

      const frame = await t.open({ wb: "wide", theme, width });
      const before = await selection(t.page);
      assert.notEqual(before.selection, `${sheet}!${nameCell(first)}`, "nothing is selected there yet");

      await clickCell(t.page, nameCell(first));
      assert.deepEqual(await selection(t.page), {
        activeSheet: sheet,
        selection: `${sheet}!${nameCell(first)}`,
      });
      const outlined = await t.page
        .locator("#grid td.selected")
        .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.address));
      assert.deepEqual(outlined, [nameCell(first)], "the grid outlines the clicked cell only");
      assert.ok(
        ((await t.page.locator("#status").textContent()) ?? "").includes(`选中 ${sheet}!${nameCell(first)}`),
        "the page's status line names the selection",
      );

      await paneAction(t.page, frame, () => frame.getByRole("tab", { name: "模板" }).click());
      let text = await paneText(frame);
      assert.ok(
        text.includes(`所选项目：工作表「${sheet}」第 ${first.cells.name.row + 1} 行「${first.name}」`),
        `the tab names the clicked project, got ${text.slice(0, 200)}`,
      );
      await t.shot("first-project-read");

      await clickCell(t.page, nameCell(last));
      assert.equal((await selection(t.page)).selection, `${sheet}!${nameCell(last)}`);
      await paneAction(t.page, frame, () =>
        frame.getByRole("button", { name: "读取所选行", exact: true }).click(),
      );
      text = await paneText(frame);
      assert.ok(
        text.includes(`第 ${last.cells.name.row + 1} 行「${last.name}」`),
        `after 读取所选行 the tab names the newly clicked project, got ${text.slice(0, 200)}`,
      );
      assert.ok(!text.includes(`「${first.name}」，`), "the first project is no longer named");
      await t.shot("second-project-read");
      await assertAccessible(frame, "templates tab after a grid click");
    },
  };
}
