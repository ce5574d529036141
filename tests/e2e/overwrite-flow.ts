/**
 * Replacing a cell that has content, end to end: in the wide example a project with indicators is
 * selected, 全部指标 chosen and 插入 pressed. The confirmation lists the indicator cell with what it holds
 * now; 取消 leaves the workbook exactly as it was; 确认替换并插入 writes what the preview showed; 撤销插入
 * puts the original back.
 */
import * as assert from "node:assert/strict";
import { paneAction } from "../../preview/pane-driver";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertRestored } from "./marks";
import { assertAccessible, hasMessage, messages, snapshot } from "./pane";
import { openOnWideProject } from "./template-flow";

export function overwriteFlow(w: World): E2ETest {
  return {
    name: "wide light: replacing a non-empty indicator cell asks first; 取消 changes nothing, confirming writes the preview",
    page: { colorScheme: "light" },
    async run(t) {
      const original = w.originals.wide;
      const { frame, sheet, cell } = await openOnWideProject(t, w);
      const before = original.sheets.find((s) => s.name === sheet)!.cells[cell]?.value;
      assert.ok(typeof before === "string" && before.length > 0, `${cell} holds the project's indicators`);
      await frame.getByRole("radio", { name: "全部指标" }).check();
      const insertButton = frame.getByRole("button", { name: "插入", exact: true });
      await insertButton.and(frame.locator(":enabled")).waitFor();
      const preview = (await frame.getByTestId("insert-preview").textContent()) ?? "";
      assert.ok(preview.length > 0, "the preview shows the new indicator text");

      await insertButton.click();
      const dialog = frame.getByRole("alertdialog", { name: "确认替换单元格内容" });
      await dialog.waitFor();
      const listed = dialog
        .getByRole("row")
        .filter({ has: frame.getByRole("rowheader", { name: cell, exact: true }) });
      assert.equal(await listed.count(), 1, `the dialog lists ${cell}`);
      const [now, then] = await listed.getByRole("cell").allTextContents();
      assert.equal(now, before, "the dialog shows what the cell holds now");
      assert.equal(then, preview, "and what it becomes: the preview");
      await t.shot("confirm-overwrite");
      await assertAccessible(frame, "overwrite confirmation");

      await dialog.getByRole("button", { name: "取消" }).click();
      await dialog.waitFor({ state: "hidden" });
      assertRestored(original, await snapshot(t.page));

      await insertButton.click();
      await dialog.waitFor();
      await paneAction(t.page, frame, () => dialog.getByRole("button", { name: "确认替换并插入" }).click());
      assert.ok(
        await hasMessage(frame, "已插入："),
        `inserted message, got ${JSON.stringify(await messages(frame))}`,
      );
      const after = await snapshot(t.page);
      assert.equal(
        after.sheets.find((s) => s.name === sheet)!.cells[cell]?.value,
        preview,
        `${cell} holds the preview's text`,
      );

      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "撤销插入" }).click());
      assertRestored(original, await snapshot(t.page));
    },
  };
}
