/**
 * 本单位模板 in a worksheet, end to end: 生成模板工作表 adds a new sheet (本单位模板) holding the chosen
 * type, one row per indicator, and leaves every other sheet as it was; a unit that empties one 计量单位
 * cell and presses 从当前工作表导入 is told which cell (「模板工作表「本单位模板」F…：计量单位不能为空」)
 * and nothing is saved; with the cell filled again the template is imported, saved in the workbook and
 * offered in the type dropdown.
 */
import * as assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { paneAction } from "../../preview/pane-driver";
import type { XRequestContext } from "../../src/excel/office-api";
import { UNIT_TEMPLATES_KEY } from "../../src/host/unit-templates";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertAccessible, assertNoSideways, hasMessage, messages, selection, snapshot } from "./pane";

const SHEET = "本单位模板";

/** Type into one cell of the stand-in host, as a person editing the sheet would. */
async function typeInHost(page: Page, sheet: string, cell: string, value: string): Promise<void> {
  await page.evaluate(
    async ([s, c, v]) => {
      const host = (
        window as unknown as {
          jixiaoHost: { run(o: null, b: (ctx: XRequestContext) => Promise<void>): Promise<void> };
        }
      ).jixiaoHost;
      await host.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem(s).getRange(c).values = [[v]];
        await ctx.sync();
      });
    },
    [sheet, cell, value] as const,
  );
}

export function templateSheetFlow(theme: "light" | "dark", width: 320 | 450, w: World): E2ETest {
  return {
    name: `wide ${theme} ${width}px: 生成模板工作表, a bad cell named on 从当前工作表导入, then imported`,
    page: { colorScheme: theme },
    async run(t) {
      const original = w.originals.wide;
      const frame = await t.open({ wb: "wide", theme, width });
      await paneAction(t.page, frame, () => frame.getByRole("tab", { name: "模板" }).click());
      await frame.getByRole("combobox", { name: "项目类型" }).selectOption("meeting");

      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "生成模板工作表" }).click());
      assert.ok(
        await hasMessage(frame, `已添加工作表「${SHEET}」`),
        `added message, got ${JSON.stringify(await messages(frame))}`,
      );
      const added = await snapshot(t.page);
      assert.deepEqual(
        added.sheets.map((s) => s.name),
        [...original.sheets.map((s) => s.name), SHEET],
        "one new sheet, after the last",
      );
      for (const s of original.sheets)
        assert.deepEqual(
          added.sheets.find((x) => x.name === s.name),
          s,
          `sheet ${s.name} untouched`,
        );
      assert.equal((await selection(t.page)).activeSheet, SHEET, "the new sheet is shown");
      const cells = added.sheets.find((s) => s.name === SHEET)!.cells;
      const at = Object.entries(cells).find(([, c]) => c.value === "参会率")?.[0];
      assert.ok(at, "the sheet lists the 会议 indicators, 参会率 among them");
      const unitCell = `F${/\d+$/.exec(at)![0]}`;
      assert.equal(cells[unitCell]?.value, "%", `${unitCell} holds 参会率's unit`);
      await t.shot("template-sheet-added");

      // One bad cell: the problem is named by its cell, and nothing is saved.
      await typeInHost(t.page, SHEET, unitCell, "");
      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "从当前工作表导入" }).click());
      const problem = `模板工作表「${SHEET}」${unitCell}：计量单位不能为空`;
      const listed = frame.getByRole("list", {
        name: `工作表「${SHEET}」有以下问题，未导入（本工作簿中的模板没有改动）：`,
      });
      const items = await listed.getByRole("listitem").allTextContents();
      assert.equal(items.length, 1, `one problem, got ${JSON.stringify(items)}`);
      assert.ok(items[0].startsWith(problem), `the problem names the cell, got ${items[0]}`);
      assert.ok(!(await snapshot(t.page)).settingKeys.includes(UNIT_TEMPLATES_KEY), "nothing saved");
      await listed.scrollIntoViewIfNeeded();
      await t.shot("bad-cell");
      await assertAccessible(frame, "a template sheet's problem");
      await assertNoSideways(frame, "a template sheet's problem");

      await typeInHost(t.page, SHEET, unitCell, "%");
      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "从当前工作表导入" }).click());
      assert.ok(
        await hasMessage(frame, `已从工作表「${SHEET}」导入 1 个本单位模板`),
        `imported message, got ${JSON.stringify(await messages(frame))}`,
      );
      assert.ok((await snapshot(t.page)).settingKeys.includes(UNIT_TEMPLATES_KEY), "saved in the workbook");
      const option = frame
        .getByRole("combobox", { name: "项目类型" })
        .locator("option", { hasText: /^会议（本单位/ });
      assert.equal(await option.count(), 1, "the imported 会议 replaces the built-in in the dropdown");
      await t.shot("imported");
    },
  };
}
