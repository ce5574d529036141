/**
 * 识别结果 in the browser: a form whose amount label the reader does not know (拨付额度). The pane says
 * 金额 未找到; the accountant selects the amount cell, points the part at it, and amount-missing leaves
 * the findings. The correction is kept in the workbook's add-in settings: after a reload of the page
 * (keep=1: the settings survive, as in a saved file) the next check still uses it; 撤销更正 takes it back.
 */
import * as assert from "node:assert/strict";
import * as path from "path";
import type { Frame } from "playwright-core";
import { loadExcelJS } from "../../src/cli/exceljs";
import { paneAction, PANE_IDLE } from "../../preview/pane-driver";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertAccessible, assertNoSideways, CHECK, listedRows, press, selection, snapshot } from "./pane";
import { selectInHost } from "./template-flow";

export const READING_SHEET = "Sheet1";
const AMOUNT_CELL = "B2";
const CORRECT = "将「文化活动补助」的金额改为当前选中的单元格";

/** A one-project form whose amount sits under 拨付额度, a label the reader does not know. */
export async function makeUnknownAmount(tmp: string): Promise<string> {
  const excel = await loadExcelJS();
  const wb = new excel.Workbook();
  const ws = wb.addWorksheet(READING_SHEET);
  ws.addRows([
    ["项目名称", "文化活动补助"],
    ["拨付额度", 6],
    ["年度目标", "开展宣讲活动十二场次以上"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "宣讲场次", "≥12场"],
    ["", "成本指标", "宣讲成本", "≤8万元"],
  ]);
  const file = path.join(tmp, "unknown-amount.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const amountRow = (frame: Frame) => frame.locator('[data-reading-part="amount"]');

async function amountStatus(frame: Frame): Promise<string> {
  return ((await amountRow(frame).textContent()) ?? "").trim();
}

export function readingFlow(w: World): E2ETest {
  return {
    name: "识别结果 320px: 金额 未找到, point it at the selected cell, kept after reload, undo",
    async run(t) {
      const missing = w.expected.reading.result.findings.find((f) => f.ruleId === "amount-missing");
      assert.ok(missing, "the Node check finds amount-missing in the unknown-label form");
      const hasMissing = async (): Promise<boolean> =>
        (await listedRows(frame)).some((r) => r.includes(missing.message));

      let frame = await t.open({ wb: "reading", width: 320, keep: 1 });
      await press(t.page, frame, CHECK);
      assert.ok(await hasMissing(), "amount-missing is listed before the correction");
      const reading = frame.getByRole("region", { name: "识别结果" });
      assert.ok(await reading.isVisible(), "the 识别结果 section is shown");
      assert.match(await amountStatus(frame), /金额未找到/, "金额 未找到, shown without opening anything");
      await assertAccessible(frame, "reading");
      await assertNoSideways(frame, "reading");
      await t.shot("reading-amount-not-found");

      // The name's cell selects itself in the sheet.
      await paneAction(t.page, frame, () =>
        frame.getByRole("button", { name: "选中项目名称所在单元格 B1" }).click(),
      );
      assert.equal((await selection(t.page)).selection, `${READING_SHEET}!B1`);

      await selectInHost(t.page, READING_SHEET, AMOUNT_CELL);
      await frame.getByRole("button", { name: CORRECT }).click();
      await amountRow(frame).getByText("已识别").waitFor();
      await frame.waitForFunction(PANE_IDLE);
      assert.match(await amountStatus(frame), /金额已识别B2（已更正）/);
      assert.equal(await hasMissing(), false, "amount-missing left the findings");
      await t.shot("reading-corrected");
      const keys = (await snapshot(t.page)).settingKeys;
      assert.ok(
        keys.includes("jixiao.readingCorrections"),
        "the correction is saved in the workbook's settings",
      );

      // Reopen: the settings come back as from the saved file; the next check uses the correction.
      frame = await t.open({ wb: "reading", width: 320, keep: 1 });
      await press(t.page, frame, CHECK);
      assert.equal(await hasMissing(), false, "after reopening, amount-missing stays away");
      const section = frame.getByRole("region", { name: "识别结果" });
      if ((await amountRow(frame).count()) === 0)
        await section.getByRole("button", { name: /工作表「Sheet1」/ }).click();
      assert.match(await amountStatus(frame), /金额已识别B2（已更正）/, "the correction is still applied");
      await t.shot("reading-after-reopen");

      await frame.getByRole("button", { name: "撤销更正：文化活动补助 金额" }).click();
      await amountRow(frame).getByText("未找到").waitFor();
      await frame.waitForFunction(PANE_IDLE);
      assert.ok(await hasMissing(), "after 撤销更正, amount-missing is back");
      await t.shot("reading-undone");
    },
  };
}
