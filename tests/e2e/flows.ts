/**
 * The browser tests: the built task pane in Chromium against the stand-in Excel host, driven by clicks.
 * Expected counts, findings and note texts come from an independent Node read of the same file
 * (expected.ts); the "original" of every cell is the preview server's exceljs read of the file.
 * Template insertion and its undo: template-flow.ts.
 */
import * as assert from "node:assert/strict";
import type { Frame, Page } from "playwright-core";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { ruleName } from "../../src/core/report/rule-names";
import { findingKey } from "../../src/host/gateway";
import { MSG } from "../../src/excel/messages";
import type { XRequestContext } from "../../src/excel/office-api";
import { paneAction } from "../../preview/pane-driver";
import type { WorkbookSnapshot } from "../../preview/workbook-json";
import { busiestRule, countsText, expectedCheck, type Expected } from "./expected";
import type { FormattedCells } from "./fixtures";
import type { E2ETest, TestContext } from "./harness";
import { assertMarked, assertRestored, markedCount, type Annotation } from "./marks";
import { gridClickFlow } from "./grid-click-flow";
import { overwriteFlow } from "./overwrite-flow";
import { readingFlow } from "./reading-flow";
import { resultsSheetFlow } from "./results-sheet-flow";
import { settingsFlow } from "./settings-flow";
import { templateFlow } from "./template-flow";
import { templateSheetFlow } from "./template-sheet-flow";
import { unitTemplateFlow } from "./unit-template-flow";
import { wpsFlow, wpsTemplateFlow } from "./wps-flow";
import {
  assertAccessible,
  assertNoSideways,
  CHECK,
  CLEAR,
  clickFirstFinding,
  filterRule,
  hasMessage,
  ignoreFirstFinding,
  listedRows,
  MARK,
  messages,
  press,
  roundTrips,
  selection,
  snapshot,
  stats,
  statusCounts,
} from "./pane";

export type WorkbookId = "wide" | "long" | "form" | "formatted" | "protected" | "empty" | "reading";

export interface World {
  files: Record<WorkbookId, string>;
  originals: Record<WorkbookId, WorkbookSnapshot>;
  expected: Record<WorkbookId, Expected>;
  formatted: FormattedCells;
}

/** Seed defects (docs/domain.md, 示例表) that both example layouts carry. */
const SEED_RULES = ["level1-missing", "value-missing", "unit-missing"];

/** Round trips per action, as src/excel/excel-gateway.ts documents them. */
const TRIPS = { check: 2, markAfterCheck: 1 };

/** Bytes per round trip for the long example: too little for its whole read, enough for 64 rows at a time. */
const LONG_PAYLOAD = 60_000;

async function checkAndCompare(t: TestContext, frame: Frame, exp: Expected, step: string): Promise<void> {
  const trips = await roundTrips(t.page, () => press(t.page, frame, CHECK));
  assert.equal(await statusCounts(frame), countsText(exp.counts), `${step}: the pane's counts`);
  assert.equal(trips, TRIPS.check, `${step}: round trips of 检查`);
}

/** Each seed rule's findings, listed with the rule filter, are the ones the Node check found. */
async function assertSeedFindings(frame: Frame, exp: Expected, wb: string): Promise<void> {
  for (const ruleId of SEED_RULES) {
    const want = exp.result.findings.filter((f) => f.ruleId === ruleId);
    assert.ok(want.length > 0, `the ${wb} example should have ${ruleId} findings`);
    await filterRule(frame, ruleId);
    const rows = await listedRows(frame);
    assert.equal(rows.length, want.length, `${ruleId}: rows listed`);
    for (const f of want) {
      assert.ok(
        rows.some((r) => r.includes(f.message) && r.includes(f.cell)),
        `${ruleId}: "${f.message}" at ${f.cell} is listed`,
      );
    }
  }
  await filterRule(frame, "");
}

async function markAndCompare(
  t: TestContext,
  frame: Frame,
  w: World,
  wb: WorkbookId,
  annotation: Annotation,
): Promise<number> {
  const exp = w.expected[wb];
  const trips = await roundTrips(t.page, () => press(t.page, frame, MARK));
  const n = markedCount(exp.targets, annotation);
  assert.ok(
    await hasMessage(frame, `已标记 ${n} 个单元格`),
    `mark message for ${n} cells, got ${JSON.stringify(await messages(frame))}`,
  );
  assertMarked(w.originals[wb], await snapshot(t.page), exp.targets, annotation);
  return trips;
}

async function clearAndCompare(
  t: TestContext,
  frame: Frame,
  w: World,
  wb: WorkbookId,
  annotation: Annotation,
): Promise<void> {
  await press(t.page, frame, CLEAR);
  const n = markedCount(w.expected[wb].targets, annotation);
  assert.ok(
    await hasMessage(frame, `已恢复 ${n} 个单元格`),
    `clear message for ${n} cells, got ${JSON.stringify(await messages(frame))}`,
  );
  assertRestored(w.originals[wb], await snapshot(t.page));
}

/** The grid beside the pane shows the marks: the cell is filled and carries a note marker. */
async function assertGridShowsMark(page: Page, cell: string, annotation: Annotation): Promise<void> {
  const td = page.locator(`#grid td[data-address="${cell}"]`);
  assert.ok((await td.getAttribute("class"))?.includes("filled"), `grid cell ${cell} is filled`);
  if (annotation !== "none") {
    const cls = annotation === "notes" ? "has-note" : "has-comment";
    assert.ok(
      (await td.getAttribute("class"))?.includes(cls),
      `grid cell ${cell} shows a ${annotation} marker`,
    );
  }
}

/** The first error or warning cell (one that gets a fill). */
function firstTarget(exp: Expected): { sheet: string; cell: string } {
  for (const [sheet, cells] of exp.targets)
    for (const [cell, t] of cells) if (t.sev !== "i") return { sheet, cell };
  throw new Error("no error or warning to mark");
}

/** The pane's height the issue measured at: the first error must show without scrolling. */
const PANE_HEIGHT = 660;

/** After 检查 the list opens with the errors, and the first one is in view in a 660 px high pane. */
async function assertFirstErrorInView(frame: Frame, exp: Expected): Promise<void> {
  const first = exp.result.findings.find((f) => f.severity === "error");
  if (!first) return;
  const row = frame.locator("button[data-finding-index]").first();
  assert.ok((await row.textContent())?.startsWith("错误"), "the list opens with an error");
  const box = await row.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  assert.ok(
    box.bottom <= PANE_HEIGHT,
    `the first error ends at ${Math.round(box.bottom)} px, below a ${PANE_HEIGHT} px pane`,
  );
}

/**
 * The list is one Tab stop: Tab from the rule picker lands on a finding, ↓ moves to the next, → reaches
 * its 忽略, Enter on a finding selects its cell; the focused row shows Fluent's focus ring.
 */
async function keyboardWalk(t: TestContext, frame: Frame, exp: Expected): Promise<void> {
  await frame.getByLabel("按规则筛选").focus();
  await t.page.keyboard.press("Tab");
  const focused = (): Promise<string> =>
    frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute("data-finding-index") ?? el?.getAttribute("aria-label") ?? el?.tagName ?? "";
    });
  // Tab goes to the heading's 上一条/下一条 first when they are enabled; then into the list.
  for (let i = 0; i < 3 && !/^\d+$/.test(await focused()); i++) await t.page.keyboard.press("Tab");
  assert.equal(await focused(), "0", "Tab reaches the first finding");
  await t.page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "1", "↓ moves to the next finding");
  const ring = await frame.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const after = getComputedStyle(el, "::after");
    return { position: getComputedStyle(el).position, outline: after.borderTopStyle || after.outlineStyle };
  });
  assert.equal(ring.position, "relative", "the focused row anchors its focus ring");
  await t.shot("keyboard-focus");
  await t.page.keyboard.press("ArrowRight");
  assert.match(await focused(), /^忽略此问题：/, "→ reaches the finding's 忽略");
  await t.page.keyboard.press("ArrowLeft");
  assert.equal(await focused(), "1", "← returns to the finding");
  const second = exp.result.findings.filter((f) => f.severity === "error")[1];
  await paneAction(t.page, frame, () => t.page.keyboard.press("Enter"));
  if (second) {
    const sel = await selection(t.page);
    assert.equal(sel.selection, `${second.sheet}!${second.cell}`, "Enter selects the finding's cell");
  }
  // One Tab leaves the list: focus is no longer on a finding or its buttons.
  await t.page.keyboard.press("Tab");
  const after = await focused();
  assert.ok(!/^\d+$/.test(after) && !after.startsWith("忽略此问题"), `Tab leaves the list (on ${after})`);
}

/** The whole session on one workbook, one theme, one width. */
function fullFlow(wb: "wide" | "long", theme: "light" | "dark", width: number, w: World): E2ETest {
  return {
    name: `${wb} ${theme} ${width}px: check, select, mark, clear, ignore, settings`,
    page: { colorScheme: theme },
    async run(t) {
      const exp = w.expected[wb];
      const frame = await t.open({ wb, theme, width });
      await t.shot("opened");
      await assertAccessible(frame, "opened");
      await assertNoSideways(frame, "opened");

      await checkAndCompare(t, frame, exp, "check");
      const body = (await frame.locator("main").textContent()) ?? "";
      for (const table of exp.result.tables) {
        assert.ok(
          body.includes(`${table.projects.length} 个项目`),
          `table summary names ${table.projects.length} projects`,
        );
      }
      await t.shot("checked");
      await assertAccessible(frame, "checked");
      await assertNoSideways(frame, "checked");
      await assertFirstErrorInView(frame, exp);
      await assertSeedFindings(frame, exp, wb);
      await keyboardWalk(t, frame, exp);

      // A finding's row selects its cell in the sheet.
      await filterRule(frame, "unit-missing");
      const finding = exp.result.findings.find((f) => f.ruleId === "unit-missing")!;
      await clickFirstFinding(t.page, frame);
      assert.deepEqual(await selection(t.page), {
        activeSheet: finding.sheet,
        selection: `${finding.sheet}!${finding.cell}`,
      });
      assert.equal(
        await t.page.locator(`#grid td.selected[data-address="${finding.cell}"]`).count(),
        1,
        "the grid shows the selection",
      );
      await t.shot("finding-selected");
      await filterRule(frame, "");

      const trips = await markAndCompare(t, frame, w, wb, "notes");
      assert.equal(trips, TRIPS.markAfterCheck, "round trips of a mark right after a check");
      const options = (await stats(t.page)).runOptions;
      assert.deepEqual(
        options[options.length - 1],
        { mergeUndoGroup: true },
        "ExcelApi 1.20: marking is one undo step",
      );
      await assertGridShowsMark(t.page, firstTarget(exp).cell, "notes");
      await t.shot("marked");
      await assertAccessible(frame, "marked");
      await assertAccessible(t.page.mainFrame(), "the preview page with the marked sheet");

      await clearAndCompare(t, frame, w, wb, "notes");
      await t.shot("cleared");

      // 忽略: the finding leaves the counts, also after a new check.
      const ignoredMessage = await ignoreFirstFinding(t.page, frame);
      const ignored = exp.result.findings.find((f) => f.message === ignoredMessage);
      assert.ok(ignored, `ignored finding "${ignoredMessage}" is one the check found`);
      const afterIgnore = await expectedCheck(w.files[wb], DEFAULT_SETTINGS, [findingKey(ignored)]);
      assert.equal(await statusCounts(frame), countsText(afterIgnore.counts), "counts right after 忽略");
      await checkAndCompare(t, frame, afterIgnore, "re-check after 忽略");
      assert.ok(
        ((await frame.locator("main").textContent()) ?? "").includes("另有 1 条已忽略"),
        "the pane says one finding is ignored",
      );
      await t.shot("ignored");

      // 设置: switch off the busiest rule, save, check again.
      const rule = busiestRule(exp.result.findings);
      await frame.getByRole("button", { name: "设置", exact: true }).click();
      const ruleSwitch = frame.getByRole("switch", { name: ruleName(rule), exact: true });
      await ruleSwitch.waitFor();
      await assertAccessible(frame, "settings");
      await assertNoSideways(frame, "settings");
      await ruleSwitch.click();
      await t.shot("settings");
      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "保存设置" }).click());
      assert.ok(await hasMessage(frame, "设置已保存，已按新设置重新检查"), "settings saved, checked again");
      await frame.getByRole("button", { name: "返回检查结果" }).click();
      const afterSettings = await expectedCheck(w.files[wb], { ...DEFAULT_SETTINGS, disabledRules: [rule] }, [
        findingKey(ignored),
      ]);
      await checkAndCompare(t, frame, afterSettings, `re-check with ${rule} off`);
      await t.shot("settings-applied");
      // Settings and ignores live in the workbook's add-in settings; every cell is still the original.
      assertRestored(w.originals[wb], await snapshot(t.page), false);
    },
  };
}

/** Findings marked with a fill only (1.9), with threaded comments (1.10–1.17), with notes but no undo group (1.18). */
function degradedMarks(api: string, annotation: Annotation, w: World): E2ETest {
  return {
    name: `ExcelApi ${api}: marks with ${annotation === "none" ? "fills only" : annotation}, clear restores`,
    async run(t) {
      const frame = await t.open({ wb: "wide", api });
      await checkAndCompare(t, frame, w.expected.wide, "check");
      await markAndCompare(t, frame, w, "wide", annotation);
      const options = (await stats(t.page)).runOptions;
      assert.equal(options[options.length - 1], null, `ExcelApi ${api}: no undo group option`);
      await assertGridShowsMark(t.page, firstTarget(w.expected.wide).cell, annotation);
      await t.shot("marked");
      await clearAndCompare(t, frame, w, "wide", annotation);
    },
  };
}

export function e2eTests(w: World): E2ETest[] {
  return [
    fullFlow("wide", "light", 320, w),
    fullFlow("long", "dark", 450, w),
    fullFlow("wide", "dark", 450, w),
    fullFlow("long", "light", 320, w),
    templateFlow("light", 320, w),
    templateFlow("dark", 450, w),
    templateFlow("dark", 320, w),
    templateFlow("light", 450, w),
    unitTemplateFlow(w),
    templateSheetFlow("light", 450, w),
    templateSheetFlow("dark", 320, w),
    readingFlow(w),
    overwriteFlow(w),
    gridClickFlow("light", 320, w),
    gridClickFlow("dark", 450, w),
    resultsSheetFlow("light", 320, w),
    resultsSheetFlow("dark", 450, w),
    resultsSheetFlow("light", 450, w, "wps"),
    settingsFlow("light", 320, w),
    settingsFlow("dark", 450, w),
    settingsFlow("dark", 320, w),
    settingsFlow("light", 450, w),
    wpsFlow(w),
    wpsTemplateFlow(w),
    {
      name: "formatted cells (white fill, theme tint, red font, user's note): mark and clear restore them exactly",
      page: { colorScheme: "dark" },
      async run(t) {
        const frame = await t.open({ wb: "formatted", theme: "dark", width: 450 });
        const original = w.originals.formatted;
        const sheet = original.sheets[0];
        const white = sheet.cells[w.formatted.white].fill;
        assert.deepEqual(
          white && { none: white.none, color: !white.none && white.color },
          { none: false, color: "#FFFFFF" },
          "the white fill is read as a fill",
        );
        await checkAndCompare(t, frame, w.expected.formatted, "check");
        // Right after a check: the originals are copied to a very hidden sheet and copied back.
        await markAndCompare(t, frame, w, "formatted", "notes");
        await t.shot("marked");
        await clearAndCompare(t, frame, w, "formatted", "notes");
        await t.shot("cleared");
        // Not right after a check: the originals are read (getCellProperties, where No Fill and white
        // both read #FFFFFF) and written back from the record.
        await markAndCompare(t, frame, w, "formatted", "notes");
        await clearAndCompare(t, frame, w, "formatted", "notes");
      },
    },
    degradedMarks("1.9", "none", w),
    degradedMarks("1.12", "comments", w),
    degradedMarks("1.18", "notes", w),
    {
      name: "ExcelApi 1.4: checks, says marking is unsupported, 标记 disabled",
      async run(t) {
        const frame = await t.open({ wb: "wide", api: "1.4" });
        await checkAndCompare(t, frame, w.expected.wide, "check");
        assert.ok(
          ((await frame.locator("main").textContent()) ?? "").includes("当前 Excel 版本不支持在表格中标记"),
          "unsupported message",
        );
        assert.ok(
          await frame.getByRole("button", { name: MARK, exact: true }).isDisabled(),
          "标记 is disabled",
        );
        await t.shot("checked");
        assertRestored(w.originals.wide, await snapshot(t.page));
      },
    },
    {
      name: "protected sheet: marking says so and changes nothing",
      async run(t) {
        const frame = await t.open({ wb: "protected" });
        await checkAndCompare(t, frame, w.expected.protected, "check");
        await press(t.page, frame, MARK);
        const sheet = w.originals.protected.sheets[0].name;
        const expectedMessage = MSG.sheetProtected(sheet).replace(/。.*$/, "");
        assert.ok(
          await hasMessage(frame, expectedMessage),
          `protected message, got ${JSON.stringify(await messages(frame))}`,
        );
        await t.shot("mark-refused");
        await assertAccessible(frame, "mark refused");
        assertRestored(w.originals.protected, await snapshot(t.page));
      },
    },
    {
      name: "empty workbook: the no-table message",
      async run(t) {
        const frame = await t.open({ wb: "empty", theme: "dark" });
        await press(t.page, frame, CHECK);
        const text = (await frame.locator("main").textContent()) ?? "";
        assert.ok(text.includes("没有找到绩效目标表。"), "no-table title");
        assert.ok(!/错误 0|警告 0|提示 0/.test(text), "no zero counts that would read as all clear");
        assert.ok(
          await frame.getByRole("button", { name: CLEAR, exact: true }).isDisabled(),
          "清除标记 is disabled: nothing was marked",
        );
        for (const p of w.expected.empty.result.problems)
          assert.ok(text.includes(p.message), `problem "${p.message}" shown`);
        assert.ok(
          await frame.getByRole("button", { name: MARK, exact: true }).isDisabled(),
          "标记 is disabled",
        );
        await t.shot("no-table");
        await assertAccessible(frame, "no table");
        assertRestored(w.originals.empty, await snapshot(t.page));
      },
    },
    {
      name: "payload limit: a table too large for one sync gets the too-large message",
      async run(t) {
        const frame = await t.open({ wb: "wide", payload: 20_000 });
        await press(t.page, frame, CHECK);
        assert.ok(
          await hasMessage(frame, "表格过大：Excel 一次能传送的数据有限（约 5 MB），分成小块读写后仍然超出"),
          `too-large message, got ${JSON.stringify(await messages(frame))}`,
        );
        await t.shot("too-large");
        assertRestored(w.originals.wide, await snapshot(t.page));
      },
    },
    {
      name: "payload limit: a long table too large for one round trip is checked, marked and cleared in smaller ones",
      async run(t) {
        const exp = w.expected.long;
        const frame = await t.open({ wb: "long", payload: LONG_PAYLOAD });
        const trips = await roundTrips(t.page, () => press(t.page, frame, CHECK));
        assert.equal(
          await statusCounts(frame),
          countsText(exp.counts),
          "the same counts as without the limit",
        );
        assert.ok(trips > TRIPS.check, `the check took more round trips than ${TRIPS.check} (took ${trips})`);
        await assertSeedFindings(frame, exp, "long");
        await markAndCompare(t, frame, w, "long", "notes");
        await t.shot("marked-in-pieces");
        await clearAndCompare(t, frame, w, "long", "notes");
      },
    },
    {
      name: "stand-in host: load/sync, PropertyNotLoaded, not implemented, ApiNotFound, protection, No Fill, payload limit",
      async run(t) {
        await t.open({ wb: "protected", api: "1.9", payload: 20_000 });
        const sheet = w.originals.protected.sheets[0].name;
        const a1 = w.originals.protected.sheets[0].cells.A1?.value ?? "";
        const out = await t.page.evaluate(hostSemantics, sheet);
        assert.deepEqual(out, {
          unloaded: "PropertyNotLoaded",
          loaded: a1,
          notImplemented: true,
          newerApi: "ApiNotFound",
          protectedWrite: "AccessDenied",
          noFill: { color: "#FFFFFF", tintAndShade: null },
          tooLarge: "RequestPayloadSizeLimitExceeded",
          afterTooLarge: "RequestPayloadSizeLimitExceeded",
          runAfterTooLarge: "RequestPayloadSizeLimitExceeded",
          settingKept: false,
          syncCalls: 6,
        });
        assertRestored(w.originals.protected, await snapshot(t.page));
      },
    },
    {
      name: "single-project form: counts as the CLI finds them",
      async run(t) {
        const frame = await t.open({ wb: "form", width: 320 });
        await checkAndCompare(t, frame, w.expected.form, "check");
        if (w.expected.form.result.findings.length === 0) {
          assert.ok(
            ((await frame.locator("main").textContent()) ?? "").includes("没有发现问题"),
            "no-findings text",
          );
        }
        await t.shot("checked");
        await assertNoSideways(frame, "form checked");
      },
    },
  ];
}

/**
 * Runs in the preview page against window.jixiaoHost (ExcelApi 1.9, 20,000-byte payloads, a protected
 * sheet): what the stand-in does where Excel's behaviour matters. Returns what it saw.
 */
async function hostSemantics(sheet: string): Promise<Record<string, unknown>> {
  const host = (
    window as unknown as {
      jixiaoHost: { run(o: null, b: (ctx: XRequestContext) => Promise<unknown>): Promise<unknown> };
    }
  ).jixiaoHost;
  const code = (e: unknown): string => String((e as { code?: string }).code ?? (e as Error).message);
  const out: Record<string, unknown> = {};
  const before = (
    window as unknown as { jixiaoPreview: { stats(): { syncCalls: number } } }
  ).jixiaoPreview.stats().syncCalls;
  await host.run(null, async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheet).getRange("A1");
    range.load("values");
    try {
      void range.values;
    } catch (e) {
      out.unloaded = code(e);
    }
    await ctx.sync();
    out.loaded = range.values[0][0];
    try {
      void (range as unknown as Record<string, unknown>).getBoundingRect;
      out.notImplemented = false;
    } catch (e) {
      out.notImplemented = String((e as Error).message).includes("not implemented");
    }
    try {
      void ctx.workbook.notes;
    } catch (e) {
      out.newerApi = code(e);
    }
    const props = ctx.workbook.worksheets
      .getItem(sheet)
      .getRange("Z99")
      .getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
    await ctx.sync();
    out.noFill = props.value[0][0].format?.fill;
  });
  await host
    .run(null, async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange("A1").format.fill.color = "#FF0000";
      await ctx.sync();
    })
    .catch((e: unknown) => (out.protectedWrite = code(e)));
  await host
    .run(null, async (ctx) => {
      ctx.workbook.settings.add("big", "x".repeat(30_000));
      await ctx.sync().catch((e: unknown) => (out.tooLarge = code(e)));
      await ctx.sync().catch((e: unknown) => (out.afterTooLarge = code(e)));
    })
    .catch((e: unknown) => (out.runAfterTooLarge = code(e)));
  await host.run(null, async (ctx) => {
    const s = ctx.workbook.settings.getItemOrNullObject("big");
    s.load("value");
    await ctx.sync();
    out.settingKept = !s.isNullObject;
  });
  out.syncCalls =
    (window as unknown as { jixiaoPreview: { stats(): { syncCalls: number } } }).jixiaoPreview.stats()
      .syncCalls - before;
  return out;
}
