/**
 * The WPS 表格 add-in's pane (dist/wps/jixiao, npm run build:wps) in the preview with host=wps: the same
 * React pane on the WPS adapter, over the fake WPS holding the example workbook. 检查 counts what the
 * Node check counts, 在表格中标记 writes the same marks as in Excel (notes as 批注), 清除标记 leaves every
 * cell of every sheet as in the original file. The add-in's very hidden sheet holding what it keeps is
 * the only addition (WPS has no workbook settings).
 */
import * as assert from "node:assert/strict";
import type { WorkbookSnapshot } from "../../preview/workbook-json";
import { DATA_SHEET } from "../../src/wps/wps-store";
import { countsText } from "./expected";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertMarked, assertRestored } from "./marks";
import { assertAccessible, CHECK, CLEAR, MARK, press, snapshot, statusCounts } from "./pane";

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
