/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RULE_NAMES } from "../../src/core/report/rule-names";
import { RULES } from "../../src/core/rules";
import { DEFAULT_SETTINGS, IMPORT_PRECHECK_RULES } from "../../src/core/settings";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { fakeGateway, ok } from "./fixtures";
import { renderChecked, renderPane } from "./render";

async function openSettings(r?: Awaited<ReturnType<typeof renderPane>>) {
  const pane = r ?? (await renderPane());
  await pane.user.click(screen.getByRole("button", { name: "设置" }));
  await screen.findByRole("heading", { name: "设置" });
  return pane;
}

/** Open one of the four groups (its header is a button named by the group and its summary). */
async function openSection(user: ReturnType<typeof userEvent.setup>, name: string) {
  const header = screen.getByRole("button", { name: new RegExp(`^${name}`) });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}

const warnField = () => screen.getByRole("textbox", { name: "低于此值为警告" });
const errorField = () => screen.getByRole("textbox", { name: "低于此值为错误" });
const save = () => screen.getByRole("button", { name: "保存设置" });

describe("task pane: settings", () => {
  test("four groups by purpose; rules by Chinese name, their ids only in the tooltip", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(
      ok({
        settings: { ...DEFAULT_SETTINGS, profile: "2015", disabledRules: ["unit-mismatch"] },
        ignored: [],
      }),
    );
    const { user } = await openSettings(await renderPane(gateway));
    for (const name of ["指标体系", "满意度", "开支标准", "规则"])
      expect(screen.getByRole("button", { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    // 规则 is open; its header says how many rules are off.
    expect(screen.getByRole("button", { name: /^规则\s*已停用 1 条/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    const unit = screen.getByRole("switch", { name: "计量单位与指标不符" });
    expect(unit).not.toBeChecked();
    expect(screen.getByRole("switch", { name: "缺少指标值" })).toBeChecked();
    expect(screen.queryByText("unit-mismatch")).not.toBeInTheDocument();
    await user.hover(unit);
    expect(await screen.findByRole("tooltip")).toHaveTextContent(
      /计量单位与指标名称不符.*规则编号：unit-mismatch/,
    );
    expect(screen.getByRole("group", { name: "完整性" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "严重程度：缺少指标值" })).toHaveDisplayValue("默认（错误）");

    await openSection(user, "指标体系");
    expect(screen.getByRole("radio", { name: "2015 版（财预〔2015〕88号）" })).toBeChecked();
    await openSection(user, "满意度");
    expect(warnField()).toHaveValue("90");
    expect(errorField()).toHaveValue("80");
    await openSection(user, "开支标准");
    expect(screen.getByRole("textbox", { name: "一类会议综合定额（元/人·天）" })).toHaveValue("760");
    expect(screen.getByRole("textbox", { name: "讲课费（正高）" })).toHaveValue("1000");
    expect(screen.getByRole("textbox", { name: "差旅伙食补助（元/人·天）" })).toHaveValue("100");
  });

  test("the search box finds rules by Chinese name (or description, or id)", async () => {
    const { user } = await openSettings();
    const search = screen.getByRole("searchbox", { name: "搜索规则" });
    await user.type(search, "计量单位");
    expect(screen.getByRole("switch", { name: "计量单位与指标不符" })).toBeInTheDocument();
    expect(screen.queryByRole("switch", { name: "缺少指标值" })).not.toBeInTheDocument();
    expect(screen.getByText("找到 1 条规则（共 3 条）")).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "operator-missing");
    expect(screen.getAllByRole("switch")).toEqual([screen.getByRole("switch", { name: "没有计算符号" })]);
    await user.clear(search);
    await user.type(search, "不存在的规则");
    expect(screen.queryAllByRole("switch")).toHaveLength(0);
    expect(screen.getByText("没有名称或说明含「不存在的规则」的规则。")).toBeInTheDocument();
  });

  test("a threshold out of range is explained next to its field, and nothing is saved", async () => {
    const { user, gateway } = await openSettings();
    await openSection(user, "满意度");
    await user.clear(warnField());
    await user.type(warnField(), "150");
    await user.click(save());
    expect(await screen.findByText("应为 0 到 100 之间的数，收到 150。")).toBeInTheDocument();
    expect(screen.getByText("设置有误，未保存。请按提示修改。")).toBeInTheDocument();
    expect(warnField()).toHaveAttribute("aria-invalid", "true");
    expect(errorField()).not.toHaveAttribute("aria-invalid", "true");
    expect(gateway.saveState).not.toHaveBeenCalled();
  });

  test("an error line above the warning line is refused on the error field; empty and text are refused too", async () => {
    const { user, gateway } = await openSettings();
    await openSection(user, "满意度");
    await user.clear(errorField());
    await user.type(errorField(), "95");
    await user.click(save());
    expect(await screen.findByText("错误线 95 高于警告线 90，应不高于警告线。")).toBeInTheDocument();
    expect(errorField()).toHaveAttribute("aria-invalid", "true");
    expect(warnField()).not.toHaveAttribute("aria-invalid", "true");
    await user.clear(errorField());
    await user.click(save());
    expect(await screen.findByText("应为 0 到 100 之间的数，收到 空。")).toBeInTheDocument();
    await user.type(errorField(), "八十");
    await user.click(save());
    expect(await screen.findByText("应为 0 到 100 之间的数，收到 「八十」。")).toBeInTheDocument();
    expect(gateway.saveState).not.toHaveBeenCalled();
  });

  test("a bad value in a closed group opens it and is marked at its field", async () => {
    const { user, gateway } = await openSettings();
    await openSection(user, "开支标准");
    const lodging = () => screen.getByRole("textbox", { name: "二类会议住宿（元/人·天）" });
    await user.clear(lodging());
    await user.type(lodging(), "0");
    await user.click(screen.getByRole("button", { name: /^开支标准/ })); // close it again
    expect(screen.queryByRole("textbox", { name: "二类会议住宿（元/人·天）" })).not.toBeInTheDocument();
    await user.click(save());
    expect(await screen.findByRole("textbox", { name: "二类会议住宿（元/人·天）" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(lodging()).toHaveAccessibleDescription(
      "二类会议住宿（元/人·天）：应为大于 0 的数（元），收到 0。",
    );
    expect(gateway.saveState).not.toHaveBeenCalled();
  });

  test("indicator-count thresholds: empty is off, numbers are saved, a fraction is refused at its field", async () => {
    const { user, gateway } = await openSettings();
    await openSection(user, "指标体系");
    const min = screen.getByRole("textbox", { name: "定量指标至少（个）" });
    const max = screen.getByRole("textbox", { name: "定性指标最多占（%）" });
    expect(min).toHaveValue("");
    await user.type(min, "2.5");
    await user.click(save());
    expect(await screen.findByText("应为不小于 0 的整数，收到 2.5。")).toBeInTheDocument();
    expect(min).toHaveAttribute("aria-invalid", "true");
    await user.clear(min);
    await user.type(min, "３"); // full-width, as a Chinese input method types it
    await user.type(max, "30");
    await user.click(save());
    await waitFor(() => expect(gateway.saveState).toHaveBeenCalled());
    expect(gateway.saveState.mock.calls[0][0].settings.indicatorCount).toEqual({
      minQuantitative: 3,
      maxQualitativePercent: 30,
    });
  });

  test("saving after a check checks again at once, and the message in the action bar says so", async () => {
    const r = await renderChecked();
    const { user, gateway } = await openSettings(r);
    expect(gateway.check).toHaveBeenCalledTimes(1);
    await openSection(user, "指标体系");
    await user.click(screen.getByRole("radio", { name: "2021 版（财预〔2021〕101号）" }));
    await openSection(user, "满意度");
    await user.clear(warnField());
    await user.type(warnField(), "85");
    await user.clear(errorField());
    await user.type(errorField(), "70.5");
    await user.click(screen.getByRole("switch", { name: "计量单位与指标不符" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "严重程度：没有计算符号" }), "warning");
    await user.click(save());

    const expected = {
      ...DEFAULT_SETTINGS,
      profile: "2021",
      satisfaction: { warnBelow: 85, errorBelow: 70.5 },
      disabledRules: ["unit-mismatch"],
      severity: { "operator-missing": "warning" },
    };
    await waitFor(() => expect(gateway.saveState).toHaveBeenCalledWith({ settings: expected, ignored: [] }));
    await waitFor(() => expect(gateway.check).toHaveBeenCalledTimes(2));
    expect(gateway.check).toHaveBeenLastCalledWith(expected, expect.any(Function), []);
    const bar = screen.getByRole("region", { name: "设置操作" });
    expect(
      await within(bar).findByText(/^设置已保存，已按新设置重新检查：错误 \d+ · 警告 2 · 提示 \d+。$/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/下次检查时生效/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "返回检查结果" }));
    // The engine applied them: the disabled rule is gone and the override changed the severity.
    const summary = await screen.findByRole("region", { name: "检查结果" });
    expect(within(summary).getByText("警告 2")).toBeInTheDocument();
    expect(screen.queryByText(/是次数，单位却是 %/)).not.toBeInTheDocument();
  });

  test("saving before any check only saves", async () => {
    const { user, gateway } = await openSettings();
    await user.click(screen.getByRole("switch", { name: "计量单位与指标不符" }));
    await user.click(save());
    expect(await screen.findByText("设置已保存。点「检查」时按新设置检查。")).toBeInTheDocument();
    expect(gateway.check).not.toHaveBeenCalled();
  });

  test("恢复默认设置 resets the form (saved only with 保存设置)", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(
      ok({
        settings: {
          ...DEFAULT_SETTINGS,
          profile: "2021",
          satisfaction: { warnBelow: 95, errorBelow: 85 },
          indicatorCount: { minQuantitative: 4 },
        },
        ignored: [],
      }),
    );
    const { user } = await openSettings(await renderPane(gateway));
    await openSection(user, "满意度");
    await openSection(user, "指标体系");
    expect(warnField()).toHaveValue("95");
    expect(screen.getByRole("textbox", { name: "定量指标至少（个）" })).toHaveValue("4");
    await user.click(screen.getByRole("button", { name: "恢复默认设置" }));
    expect(warnField()).toHaveValue("90");
    expect(screen.getByRole("textbox", { name: "定量指标至少（个）" })).toHaveValue("");
    expect(screen.getByRole("radio", { name: "自动识别" })).toBeChecked();
    expect(gateway.saveState).not.toHaveBeenCalled();
  });

  test("导入前检查 keeps only the import pre-checks, as errors; saving keeps it", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(
      ok({ settings: { ...DEFAULT_SETTINGS, disabledRules: ["whitespace-in-field"] }, ignored: [] }),
    );
    const user = userEvent.setup();
    render(<TaskPane gateway={gateway} theme={webLightTheme} />); // the real registry's rules
    await user.click(await screen.findByRole("button", { name: "设置" }));
    await screen.findByRole("heading", { name: "设置" });
    await user.click(screen.getByRole("button", { name: "导入前检查" }));
    expect(gateway.saveState).not.toHaveBeenCalled();
    const sw = (id: string) => screen.getByRole("switch", { name: RULE_NAMES[id] });
    expect(sw("value-not-plain-number")).toBeChecked();
    expect(sw("import-rejected-chars")).toBeChecked();
    expect(sw("whitespace-in-field")).not.toBeChecked(); // switched off by the user: stays off
    expect(sw("goal-missing")).not.toBeChecked();
    expect(sw("sum-mismatch")).not.toBeChecked();
    expect(sw("table-not-found")).toBeChecked(); // an unread workbook is still said to be unread
    await user.click(save());
    await waitFor(() => expect(gateway.saveState).toHaveBeenCalled());
    const saved = gateway.saveState.mock.calls[0][0].settings;
    expect(saved.severity["value-not-plain-number"]).toBe("error");
    expect(saved.severity["whitespace-in-field"]).toBe("error");
    expect(saved.disabledRules).toContain("goal-missing");
    const running = RULES.map((r) => r.meta.id).filter((id) => !saved.disabledRules.includes(id));
    expect(running.filter((id) => !IMPORT_PRECHECK_RULES.includes(id)).sort()).toEqual([
      "reading-uncertain",
      "table-not-found",
    ]);
  });

  test("by default the pane lists the core registry's rules by their Chinese names", async () => {
    const user = userEvent.setup();
    render(<TaskPane gateway={fakeGateway()} theme={webLightTheme} />);
    await user.click(await screen.findByRole("button", { name: "设置" }));
    await screen.findByRole("heading", { name: "设置" });
    expect(RULES.length).toBeGreaterThan(10);
    expect(screen.getAllByRole("switch")).toHaveLength(RULES.length);
    for (const r of RULES) expect(screen.getByRole("switch", { name: RULE_NAMES[r.meta.id] })).toBeChecked();
    // No English id in the visible text of the panel.
    const panel = screen.getByRole("region", { name: "设置" });
    for (const r of RULES) expect(panel.textContent).not.toContain(r.meta.id);
  });
});
