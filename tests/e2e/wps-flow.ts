/**
 * The WPS 表格 add-in's pane (dist/wps/jixiao, npm run build:wps) in the preview with host=wps: the same
 * React pane on the WPS adapter, over the fake WPS holding the example workbook. 检查 counts what the
 * Node check counts, 在表格中标记 writes the same marks as in Excel (notes as 批注), 清除标记 leaves every
 * cell of every sheet as in the original file; on the 模板 tab 插入 adds a project's missing category and
 * 撤销插入 (the add-in's own undo: WPS keeps none for add-ins) puts back every cell. The add-in's very
 * hidden sheet holding what it keeps is the only addition (WPS has no workbook settings).
 */
import * as assert from "node:assert/strict";
import type { WorkbookSnapshot } from "../../preview/workbook-json";
import { DATA_SHEET } from "../../src/wps/wps-store";
import { countsText } from "./expected";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertMarked, assertRestored } from "./marks";
import {
  assertAccessible,
  CHECK,
  CLEAR,
  hasMessage,
  MARK,
  messages,
  press,
  snapshot,
  statusCounts,
} from "./pane";
import { paneAction } from "../../preview/pane-driver";
import { diffSnapshots } from "../../preview/workbook-json";
import { insert, selectInHost } from "./template-flow";

/** The workbook without the add-in's own very hidden sheet (which must be there, very hidden). */
function withoutStore(s: WorkbookSnapshot): WorkbookSnapshot {
  const store = s.sheets.find((x) => x.name === DATA_SHEET);
  assert.equal(store?.visibility, "VeryHidden", "the add-in keeps its record in a very hidden sheet");
  return { ...s, sheets: s.sheets.filter((x) => x !== store) };
}

export function wpsFlow(w: World): E2ETest {
  return {
    name: "WPS 表格 (fake WPS): check, mark, clear restores every cell",
    async run(t) {
      const exp = w.expected.wide;
      const frame = await t.open({ wb: "wide", host: "wps" });
      await t.shot("opened");
      await press(t.page, frame, CHECK);
      assert.equal(await statusCounts(frame), countsText(exp.counts), "the pane's counts");
      await t.shot("checked");
      await press(t.page, frame, MARK);
      assertMarked(w.originals.wide, withoutStore(await snapshot(t.page)), exp.targets, "notes");
      await t.shot("marked");
      await assertAccessible(frame, "marked in WPS");
      await press(t.page, frame, CLEAR);
      assertRestored(w.originals.wide, withoutStore(await snapshot(t.page)), false);
      await t.shot("cleared");
    },
  };
}

export function wpsTemplateFlow(w: World): E2ETest {
  return {
    name: "WPS 表格 (fake WPS): 模板 tab inserts the missing category, 撤销插入 restores every cell",
    async run(t) {
      const original = w.originals.long;
      const missing = w.expected.long.result.findings.find(
        (f) => f.ruleId === "level1-missing" && f.message.includes("满意度"),
      );
      assert.ok(missing, "the long example has a project without 满意度指标");
      const frame = await t.open({ wb: "long", host: "wps", width: 450 });
      await selectInHost(t.page, missing.sheet, missing.cell);
      await paneAction(t.page, frame, () => frame.getByRole("tab", { name: "模板" }).click());
      const text = (await frame.locator("main").textContent()) ?? "";
      assert.ok(
        text.includes(`所选项目：工作表「${missing.sheet}」`),
        `the tab names the project: ${text.slice(0, 200)}`,
      );
      await insert(t.page, frame);
      assert.ok(
        await hasMessage(frame, "已插入："),
        `inserted message, got ${JSON.stringify(await messages(frame))}`,
      );
      const inserted = withoutStore(await snapshot(t.page));
      assert.ok(diffSnapshots(original, inserted).length > 0, "the insertion changed the workbook");
      await t.shot("wps-inserted");
      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "撤销插入" }).click());
      assert.ok(
        await hasMessage(frame, "已撤销："),
        `undone message, got ${JSON.stringify(await messages(frame))}`,
      );
      assertRestored(original, withoutStore(await snapshot(t.page)), false);
      await t.shot("wps-undone");
    },
  };
}
