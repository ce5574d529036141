/**
 * 本单位模板 end to end: in the wide example, a project row is selected, a unit's template file (the
 * example of docs/templates.md) is picked with the file chooser, saved in the workbook (a setting of its
 * own), shown in the gallery marked 本单位 and inserted into the row's indicator cell; 撤销插入 puts the
 * cells back, and 删除本单位模板 (after its confirmation) removes the setting again.
 */
import * as assert from "node:assert/strict";
import * as path from "path";
import { paneAction, waitUntil } from "../../preview/pane-driver";
import { UNIT_TEMPLATES_KEY } from "../../src/host/unit-templates";
import { templatesDocExample } from "../docs/templates-doc-example";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertRestored } from "./marks";
import { assertAccessible, assertNoSideways, hasMessage, messages, snapshot } from "./pane";
import { insert, openOnWideProject } from "./template-flow";

const ROOT = path.resolve(__dirname, "..", "..", "..");

export function unitTemplateFlow(w: World): E2ETest {
  return {
    name: "wide light: 本单位模板 imported from a .json file, shown in the gallery, inserted; 删除本单位模板 removes it",
    page: { colorScheme: "light" },
    async run(t) {
      const original = w.originals.wide;
      // A project with an amount and indicators: 全部指标 replaces its indicator cell.
      const { frame, sheet, cell } = await openOnWideProject(t, w);
      const picker = frame.getByRole("combobox", { name: "项目类型" });
      // The unit's own template in the dropdown: its name, marked 本单位.
      const unitRadio = picker.locator("option", { hasText: /^政策宣传（本单位/ });
      assert.equal(await unitRadio.count(), 0, "no unit template before the import");

      // The file chooser: the pane reads the file itself, then saves it in one Excel.run.
      await paneAction(t.page, frame, () =>
        frame.getByLabel("选择本单位模板文件（.json）").setInputFiles({
          name: "本单位模板.json",
          mimeType: "application/json",
          buffer: Buffer.from(templatesDocExample(ROOT), "utf8"),
        }),
      );
      assert.ok(
        await hasMessage(frame, "已导入 1 个本单位模板，并保存在本工作簿中"),
        `imported message, got ${JSON.stringify(await messages(frame))}`,
      );
      assert.ok(
        (await snapshot(t.page)).settingKeys.includes(UNIT_TEMPLATES_KEY),
        "the templates are saved in the workbook",
      );
      await unitRadio.waitFor({ state: "attached" });
      await frame.getByRole("heading", { name: "本单位模板" }).scrollIntoViewIfNeeded();
      await t.shot("imported");
      await assertAccessible(frame, "templates tab with a unit template");
      await assertNoSideways(frame, "templates tab with a unit template");

      await picker.scrollIntoViewIfNeeded();
      await picker.selectOption({ label: (await unitRadio.textContent()) ?? "" });
      await t.shot("in-gallery");
      const replace = frame.getByRole("radio", { name: "全部指标" });
      if (await replace.count()) await replace.check();
      const preview = frame.getByTestId("insert-preview");
      await waitUntil(
        frame,
        `(document.querySelector('[data-testid="insert-preview"]')?.textContent ?? "").includes("编印宣传资料期数")`,
      );
      const text = (await preview.textContent()) ?? "";
      await insert(t.page, frame);
      assert.ok(
        await hasMessage(frame, "已插入："),
        `inserted message, got ${JSON.stringify(await messages(frame))}`,
      );
      const after = await snapshot(t.page);
      const written = after.sheets.find((s) => s.name === sheet)!.cells[cell]?.value;
      assert.equal(written, text, `the indicator cell ${cell} holds what the preview showed`);
      await t.shot("inserted");

      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "撤销插入" }).click());
      // The cells are back; the workbook keeps the unit's templates until they are deleted.
      assertRestored(original, await snapshot(t.page), false);

      await frame.getByRole("button", { name: "删除本单位模板" }).click();
      const dialog = frame.getByRole("alertdialog", { name: "删除本单位模板？" });
      await dialog.waitFor();
      await t.shot("confirm-delete");
      await paneAction(t.page, frame, () =>
        dialog.getByRole("button", { name: "删除", exact: true }).click(),
      );
      assert.ok(
        await hasMessage(frame, "已从本工作簿中删除本单位模板"),
        `removed message, got ${JSON.stringify(await messages(frame))}`,
      );
      await unitRadio.waitFor({ state: "detached" });
      assertRestored(original, await snapshot(t.page));
    },
  };
}
