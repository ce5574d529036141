/**
 * 添加「检查结果」工作表 in the browser: after 检查, the pane's 更多操作 menu adds a sheet after the last
 * one listing every finding (the Node check's, in the CLI's order and columns), each cell a link to
 * the finding's cell; the original sheets stay exactly as they were; the grid shows the new sheet.
 * The same on WPS 表格 (host=wps: the same pane on the WPS adapter over the fake WPS).
 */
import * as assert from "node:assert/strict";
import { paneAction } from "../../preview/pane-driver";
import { RESULT_COLUMNS, RESULTS_SHEET, resultCells, resultRows } from "../../src/core/report/marks";
import { toA1 } from "../../src/core/grid";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertRestored } from "./marks";
import { assertAccessible, assertNoSideways, CHECK, hasMessage, messages, press, snapshot } from "./pane";

export function resultsSheetFlow(
  theme: "light" | "dark",
  width: number,
  w: World,
  host: "excel" | "wps" = "excel",
): E2ETest {
  return {
    name: `results sheet ${host === "wps" ? "WPS 表格 " : ""}${theme} ${width}px: 更多操作 adds 「检查结果」 listing every finding`,
    page: { colorScheme: theme },
    async run(t) {
      const original = w.originals.wide;
      const exp = w.expected.wide;
      const frame = await t.open({ wb: "wide", theme, width, ...(host === "wps" ? { host } : {}) });
      await press(t.page, frame, CHECK);
      await frame.getByRole("button", { name: "更多操作" }).click();
      const item = frame.getByRole("menuitem", { name: "添加「检查结果」工作表" });
      await item.waitFor();
      await t.shot("menu-open");
      await assertAccessible(frame, "more-actions menu");
      await paneAction(t.page, frame, () => item.click());

      const n = exp.result.findings.length;
      assert.ok(
        await hasMessage(frame, `已添加工作表「${RESULTS_SHEET}」，列出 ${n} 条问题`),
        `the added message, got ${JSON.stringify(await messages(frame))}`,
      );
      const after = await snapshot(t.page);
      assert.deepEqual(
        after.sheets.map((s) => s.name),
        [...original.sheets.map((s) => s.name), RESULTS_SHEET],
        "one sheet added, after the last",
      );
      // The original sheets are untouched.
      assertRestored(original, { ...after, sheets: after.sheets.slice(0, -1) });

      const sheet = after.sheets[after.sheets.length - 1];
      const want = [
        RESULT_COLUMNS.map((c) => c.name),
        ...resultRows(
          exp.result.findings,
          original.sheets.map((s) => s.name),
        ).map(resultCells),
      ];
      want.forEach((row, r) =>
        row.forEach((text, c) => {
          const got = sheet.cells[toA1(r, c)]?.value ?? "";
          assert.equal(got, text, `${toA1(r, c)} of 「${RESULTS_SHEET}」`);
        }),
      );
      assert.equal(sheet.cells[toA1(want.length, 0)], undefined, "nothing below the last finding");
      assert.equal(sheet.frozenRows, 1, "the header row is frozen");

      // The grid beside the pane now shows the new sheet, its tab selected.
      const tab = t.page.locator('#grid [role="tab"][aria-selected="true"]');
      assert.equal(await tab.textContent(), RESULTS_SHEET);
      await t.shot("results-sheet");
      await assertAccessible(frame, "after adding the results sheet");
      await assertNoSideways(frame, "after adding the results sheet");
    },
  };
}
