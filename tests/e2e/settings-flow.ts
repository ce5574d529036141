/**
 * 设置 in the browser: after a check, find the busiest rule by typing part of its Chinese name in the
 * search box, switch it off and save from the action bar that stays at the bottom of the pane — the
 * check runs again at once and the counts are the Node check's with that rule off. Then a bad value (a
 * warning line of 150) is refused at its own field and nothing is saved. The workbook's cells are never
 * touched.
 */
import * as assert from "node:assert/strict";
import type { Frame } from "playwright-core";
import { paneAction } from "../../preview/pane-driver";
import { ruleName } from "../../src/core/report/rule-names";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { busiestRule, countsText, expectedCheck } from "./expected";
import type { World } from "./flows";
import type { E2ETest } from "./harness";
import { assertRestored } from "./marks";
import {
  assertAccessible,
  assertNoSideways,
  CHECK,
  messages,
  press,
  snapshot,
  stats,
  statusCounts,
} from "./pane";

/** The 保存设置 button lies wholly inside the pane's viewport (measured in the pane's frame). */
async function assertSaveInView(frame: Frame, where: string): Promise<void> {
  const box = await frame.evaluate(() => {
    const save = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "保存设置");
    const r = save?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom, height: document.documentElement.clientHeight } : null;
  });
  assert.ok(box, `${where}: 保存设置 is shown`);
  assert.ok(
    box.top >= 0 && box.bottom <= box.height + 1,
    `${where}: 保存设置 in view (${box.top}–${box.bottom} of ${box.height} px)`,
  );
}

export function settingsFlow(theme: "light" | "dark", width: number, w: World): E2ETest {
  return {
    name: `settings ${theme} ${width}px: search a rule by name, switch it off, save re-checks; a bad value at its field`,
    page: { colorScheme: theme },
    async run(t) {
      const exp = w.expected.wide;
      const frame = await t.open({ wb: "wide", theme, width });
      await press(t.page, frame, CHECK);
      await frame.getByRole("button", { name: "设置", exact: true }).click();
      const search = frame.getByRole("searchbox", { name: "搜索规则" });
      await search.waitFor();
      await t.shot("settings-open");
      await assertAccessible(frame, "settings");
      await assertNoSideways(frame, "settings");
      await assertSaveInView(frame, "settings opened");
      // Scrolled to the last rule, 保存设置 is still in view.
      await frame.getByRole("button", { name: "导入前检查" }).scrollIntoViewIfNeeded();
      await assertSaveInView(frame, "scrolled to the end of the rules");

      // Find the busiest rule by a part of its Chinese name.
      const rule = busiestRule(exp.result.findings);
      const name = ruleName(rule);
      await search.fill(name.slice(0, Math.min(4, name.length)));
      const ruleSwitch = frame.getByRole("switch", { name, exact: true });
      await ruleSwitch.waitFor();
      const shown = await frame.getByRole("switch").count();
      assert.ok(shown >= 1 && shown < 10, `the search narrows the list (${shown} rules shown)`);
      assert.ok(!(await frame.locator("main").innerText()).includes(rule), "no rule id on screen");
      await ruleSwitch.click();
      assert.equal(await ruleSwitch.isChecked(), false, `${name} switched off`);
      await t.shot("settings-search");
      await assertAccessible(frame, "settings, searched");

      const runsBefore = (await stats(t.page)).runs;
      await paneAction(t.page, frame, () => frame.getByRole("button", { name: "保存设置" }).click());
      assert.ok((await stats(t.page)).runs >= runsBefore + 2, "saved, then checked again");
      const after = await expectedCheck(w.files.wide, { ...DEFAULT_SETTINGS, disabledRules: [rule] });
      const saved = (await messages(frame)).join(" ");
      assert.ok(
        saved.includes(`设置已保存，已按新设置重新检查：${countsText(after.counts)}。`),
        `the saved message names the new counts, got ${saved}`,
      );
      assert.equal(await statusCounts(frame), countsText(after.counts), "the pane's counts follow at once");
      await assertSaveInView(frame, "after saving");
      await t.shot("settings-saved");
      await assertAccessible(frame, "settings saved");

      // A bad value is refused at its own field; nothing is saved.
      await frame.getByRole("button", { name: /^满意度/ }).click();
      const warn = frame.getByRole("textbox", { name: "低于此值为警告" });
      await warn.fill("150");
      const runs = (await stats(t.page)).runs;
      await frame.getByRole("button", { name: "保存设置" }).click();
      await frame.getByText("应为 0 到 100 之间的数，收到 150。").waitFor();
      assert.equal(await warn.getAttribute("aria-invalid"), "true", "the warning field is marked");
      assert.equal(
        await frame.getByRole("textbox", { name: "低于此值为错误" }).getAttribute("aria-invalid"),
        null,
        "the error field is not",
      );
      assert.equal((await stats(t.page)).runs, runs, "nothing saved");
      await t.shot("settings-invalid");
      await assertAccessible(frame, "settings with a bad value");
      await assertNoSideways(frame, "settings with a bad value");

      await frame.getByRole("button", { name: "返回检查结果" }).click();
      assert.equal(
        await statusCounts(frame),
        countsText(after.counts),
        "back to the findings: the new counts",
      );
      await t.shot("findings-after-settings");
      assertRestored(w.originals.wide, await snapshot(t.page), false);
    },
  };
}
