/**
 * The 模板 tab end to end: a project of the long example that lacks its 满意度指标 (a level1-missing
 * finding of the Node check) is selected through the host, the tab reads it, 插入 adds the missing
 * category's rows (confirming the overwrite dialog if one appears), and 撤销插入 puts back every cell,
 * merge and sheet of the original file.
 */
import * as assert from "node:assert/strict";
import type { Frame, Page } from "playwright-core";
import type { XRequestContext } from "../../src/excel/office-api";
import { paneAction, waitUntil } from "../../preview/pane-driver";
import { diffSnapshots, type SheetSnapshot } from "../../preview/workbook-json";
import { toA1 } from "../../src/core/grid";
import type { E2ETest, TestContext } from "./harness";
import { assertRestored } from "./marks";
import { assertAccessible, assertNoSideways, hasMessage, messages, snapshot, selection } from "./pane";
import type { World } from "./flows";

const SATISFACTION = "满意度";

/** Select one cell in the stand-in host, as a click in Excel would. */
export async function selectInHost(page: Page, sheet: string, cell: string): Promise<void> {
  await page.evaluate(
    async ([s, c]) => {
      const host = (
        window as unknown as {
          jixiaoHost: { run(o: null, b: (ctx: XRequestContext) => Promise<void>): Promise<void> };
        }
      ).jixiaoHost;
      await host.run(null, async (ctx) => {
        ctx.workbook.worksheets.getItem(s).getRange(c).select();
        await ctx.sync();
      });
    },
    [sheet, cell] as const,
  );
}

/** Cells of the sheet whose value mentions the text. */
const mentioning = (sheet: SheetSnapshot, text: string): number =>
  Object.values(sheet.cells).filter((c) => typeof c.value === "string" && c.value.includes(text)).length;

/** 1-based number of the last row that holds anything. */
const lastRow = (sheet: SheetSnapshot): number =>
  Math.max(...Object.keys(sheet.cells).map((a) => Number(/\d+$/.exec(a)?.[0] ?? 0)));

const ACTION_BAR = '[role="group"][aria-label="插入与撤销"]';

/**
 * The action bar (插入 / 撤销插入 and their result) is inside the pane's view, whatever is scrolled:
 * its box lies within the frame's window, and `text` (when given) is in it.
 */
export async function assertActionBarInView(frame: Frame, where: string, text?: string): Promise<void> {
  const box = await frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight, text: el.textContent ?? "" };
  }, ACTION_BAR);
  assert.ok(box, `${where}: the pane has an action bar`);
  assert.ok(
    box.top >= 0 && box.bottom <= box.height + 1,
    `${where}: the action bar is in view (${Math.round(box.top)}–${Math.round(box.bottom)} of ${box.height} px)`,
  );
  if (text) assert.ok(box.text.includes(text), `${where}: the action bar says 「${text}」, got ${box.text}`);
}

/** Scroll the pane to its top, as a person who has just opened the tab sees it. */
export const scrollPaneTop = (frame: Frame): Promise<void> => frame.evaluate(() => window.scrollTo(0, 0));

const paneText = async (frame: Frame): Promise<string> => (await frame.locator("main").textContent()) ?? "";

/** Press 插入; confirm the overwrite dialog when the plan replaces cells. */
export async function insert(page: Page, frame: Frame): Promise<boolean> {
  const runs = (): Promise<number> =>
    page.evaluate(
      () =>
        (window as unknown as { jixiaoPreview: { stats(): { runs: number } } }).jixiaoPreview.stats().runs,
    );
  const before = await runs();
  await frame.getByRole("button", { name: "插入", exact: true }).click();
  const dialog = frame.getByRole("alertdialog");
  await Promise.race([
    dialog.waitFor({ state: "visible" }),
    waitUntil(page, `window.jixiaoPreview.stats().runs > ${before}`),
  ]);
  if ((await runs()) > before || !(await dialog.isVisible())) {
    await waitUntil(page, "window.jixiaoPreview.stats().active === 0");
    await frame.getByRole("button", { name: "撤销插入" }).and(frame.locator(":enabled")).waitFor();
    return false;
  }
  await paneAction(page, frame, () => frame.getByRole("button", { name: "确认替换并插入" }).click());
  return true;
}

/**
 * Opens the wide example with the name cell of its first project that has an amount and indicators
 * selected (全部指标 then replaces its indicator cell), and switches to the 模板 tab.
 */
export async function openOnWideProject(t: TestContext, w: World) {
  const project = w.expected.wide.result.tables
    .flatMap((tb) => tb.projects)
    .find((p) => p.amount !== null && p.indicators.length > 0);
  assert.ok(project, "the wide example has a project with an amount and indicators");
  const { sheet, row, col } = project.cells.indicators;
  const frame = await t.open({ wb: "wide", theme: "light", width: 450 });
  await selectInHost(t.page, sheet, toA1(project.cells.name.row, project.cells.name.col));
  assert.equal((await selection(t.page)).activeSheet, sheet);
  await paneAction(t.page, frame, () => frame.getByRole("tab", { name: "模板" }).click());
  return { frame, project, sheet, cell: toA1(row, col) };
}

export function templateFlow(theme: "light" | "dark", width: 320 | 450, w: World): E2ETest {
  return {
    name: `long ${theme} ${width}px: 模板 tab inserts the missing 满意度指标 rows from the action bar, 撤销插入 restores every cell`,
    page: { colorScheme: theme },
    async run(t) {
      const original = w.originals.long;
      const missing = w.expected.long.result.findings.find(
        (f) => f.ruleId === "level1-missing" && f.message.includes(SATISFACTION),
      );
      assert.ok(missing, "the long example has a project without 满意度指标");
      const frame = await t.open({ wb: "long", theme, width });

      await selectInHost(t.page, missing.sheet, missing.cell);
      assert.deepEqual(await selection(t.page), {
        activeSheet: missing.sheet,
        selection: `${missing.sheet}!${missing.cell}`,
      });
      await paneAction(t.page, frame, () => frame.getByRole("tab", { name: "模板" }).click());
      const text = await paneText(frame);
      assert.ok(
        text.includes(`所选项目：工作表「${missing.sheet}」`),
        `the tab names the selected project, got ${text.slice(0, 200)}`,
      );
      assert.ok(text.includes("建议类型："), "a type is suggested");
      const caption = /将写入 (\d+) 行指标/.exec(text);
      assert.ok(caption, "the preview says how many indicator rows it writes");
      const rows = Number(caption[1]);
      await t.shot("templates-tab");
      await assertAccessible(frame, "templates tab");
      await assertNoSideways(frame, "templates tab");
      // The flow is short and its action bar stays at the bottom of the pane: 插入 is in view at the top.
      await scrollPaneTop(frame);
      await assertActionBarInView(frame, "the tab just opened");
      assert.equal(
        await frame.getByRole("radio", { name: "只补全缺失类别" }).isChecked(),
        true,
        "a project that lacks a category starts with 只补全缺失类别",
      );
      const chosen = await frame.getByRole("combobox", { name: "项目类型" }).inputValue();

      const confirmed = await insert(t.page, frame);
      t.log(`插入 ${rows} rows${confirmed ? " after confirming the overwrite" : ""}`);
      assert.ok(
        await hasMessage(frame, "已插入："),
        `inserted message, got ${JSON.stringify(await messages(frame))}`,
      );
      const after = await snapshot(t.page);
      const before = original.sheets.find((s) => s.name === missing.sheet)!;
      const now = after.sheets.find((s) => s.name === missing.sheet)!;
      assert.ok(diffSnapshots(original, after).length > 0, "the insertion changed the workbook");
      assert.equal(
        lastRow(now),
        lastRow(before) + rows,
        `the sheet grew by the ${rows} rows the preview listed`,
      );
      assert.ok(
        mentioning(now, SATISFACTION) > mentioning(before, SATISFACTION),
        "the sheet has new 满意度 cells",
      );
      // The result is where the user is looking: in the action bar, in view; the form kept its type.
      await assertActionBarInView(frame, "after 插入", "已插入：");
      assert.equal(
        await frame.getByRole("combobox", { name: "项目类型" }).inputValue(),
        chosen,
        "the form stays on the template used",
      );
      await t.shot("inserted");

      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "撤销插入" }).click());
      assertRestored(original, await snapshot(t.page));
      await assertActionBarInView(frame, "after 撤销插入", "已撤销");
      await t.shot("undone");
    },
  };
}
