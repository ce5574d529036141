/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RULES } from "../../src/core/rules";
import { DEFAULT_SETTINGS, IMPORT_PRECHECK_RULES } from "../../src/core/settings";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { fakeGateway, ok } from "./fixtures";
import { renderPane } from "./render";

async function openSettings() {
  const r = await renderPane();
  await r.user.click(screen.getByRole("button", { name: "设置" }));
  await screen.findByRole("heading", { name: "设置" });
  return r;
}

const warnField = () => screen.getByRole("spinbutton", { name: "低于此值为警告" });
const errorField = () => screen.getByRole("spinbutton", { name: "低于此值为错误" });

describe("task pane: settings", () => {
  test("the panel shows the saved settings and every rule with its description", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(
      ok({
        settings: { ...DEFAULT_SETTINGS, profile: "2015", disabledRules: ["unit-mismatch"] },
        ignored: [],
      }),
    );
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "设置" }));
    await screen.findByRole("heading", { name: "设置" });
    expect(screen.getByRole("radio", { name: "2015 版（财预〔2015〕88号）" })).toBeChecked();
    expect(warnField()).toHaveValue(90);
    expect(errorField()).toHaveValue(80);
    expect(screen.getByRole("switch", { name: /计量单位与指标名称不符/ })).not.toBeChecked();
    expect(screen.getByRole("switch", { name: /指标没有填写指标值/ })).toBeChecked();
    expect(screen.getByRole("group", { name: "完整性" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "严重程度：指标没有填写指标值" })).toHaveDisplayValue(
      "默认（错误）",
    );
  });

  test("a threshold out of range is explained in Chinese next to its field, and nothing is saved", async () => {
    const { user, gateway } = await openSettings();
    await user.clear(warnField());
    await user.type(warnField(), "150");
    await user.click(screen.getByRole("button", { name: "保存设置" }));
    expect(
      await screen.findByText("满意度警告线（warnBelow）应为 0 到 100 之间的数，收到 150。"),
    ).toBeInTheDocument();
    expect(screen.getByText("设置有误，未保存。请按提示修改。")).toBeInTheDocument();
    expect(warnField()).toHaveAttribute("aria-invalid", "true");
    expect(gateway.saveState).not.toHaveBeenCalled();
  });

  test("an error line above the warning line is refused on the error field; an empty field is refused too", async () => {
    const { user, gateway } = await openSettings();
    await user.clear(errorField());
    await user.type(errorField(), "95");
    await user.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText("满意度错误线 95 高于警告线 90，应不高于警告线。")).toBeInTheDocument();
    expect(errorField()).toHaveAttribute("aria-invalid", "true");
    expect(warnField()).not.toHaveAttribute("aria-invalid", "true");
    await user.clear(errorField());
    await user.click(screen.getByRole("button", { name: "保存设置" }));
    expect(
      await screen.findByText("满意度错误线（errorBelow）应为 0 到 100 之间的数，收到 空。"),
    ).toBeInTheDocument();
    expect(gateway.saveState).not.toHaveBeenCalled();
  });

  test("valid settings are saved in the workbook and used by the next check", async () => {
    const { user, gateway } = await openSettings();
    await user.click(screen.getByRole("radio", { name: "2021 版（财预〔2021〕101号）" }));
    await user.clear(warnField());
    await user.type(warnField(), "85");
    await user.clear(errorField());
    await user.type(errorField(), "70.5");
    await user.click(screen.getByRole("switch", { name: /计量单位与指标名称不符/ }));
    await user.selectOptions(
      screen.getByRole("combobox", { name: /严重程度：数量指标没有写符号/ }),
      "warning",
    );
    await user.click(screen.getByRole("button", { name: "保存设置" }));

    const expected = {
      ...DEFAULT_SETTINGS,
      profile: "2021",
      satisfaction: { warnBelow: 85, errorBelow: 70.5 },
      disabledRules: ["unit-mismatch"],
      severity: { "operator-missing": "warning" },
    };
    await waitFor(() => expect(gateway.saveState).toHaveBeenCalledWith({ settings: expected, ignored: [] }));
    expect(await screen.findByText("设置已保存，下次检查时生效。")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "返回检查结果" }));
    await user.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() => expect(gateway.check).toHaveBeenCalledWith(expected, expect.any(Function), []));
    // The engine applied them: the disabled rule is gone and the override changed the severity.
    const summary = await screen.findByRole("region", { name: "检查结果" });
    expect(within(summary).getByText("警告 2")).toBeInTheDocument();
    expect(screen.queryByText(/是次数，单位却是 %/)).not.toBeInTheDocument();
  });

  test("恢复默认设置 resets the form (saved only with 保存设置)", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(
      ok({
        settings: { ...DEFAULT_SETTINGS, profile: "2021", satisfaction: { warnBelow: 95, errorBelow: 85 } },
        ignored: [],
      }),
    );
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "设置" }));
    await screen.findByRole("heading", { name: "设置" });
    expect(warnField()).toHaveValue(95);
    await user.click(screen.getByRole("button", { name: "恢复默认设置" }));
    expect(warnField()).toHaveValue(90);
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
    const sw = (id: string) => screen.getByRole("switch", { name: new RegExp(`(^|[^a-z0-9-])${id}$`) });
    expect(sw("value-not-plain-number")).toBeChecked();
    expect(sw("import-rejected-chars")).toBeChecked();
    expect(sw("whitespace-in-field")).not.toBeChecked(); // switched off by the user: stays off
    expect(sw("goal-missing")).not.toBeChecked();
    expect(sw("sum-mismatch")).not.toBeChecked();
    expect(sw("table-not-found")).toBeChecked(); // an unread workbook is still said to be unread
    await user.click(screen.getByRole("button", { name: "保存设置" }));
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

  test("by default the pane lists the core registry's rules (no second copy of the metadata)", async () => {
    const user = userEvent.setup();
    render(<TaskPane gateway={fakeGateway()} theme={webLightTheme} />);
    await user.click(await screen.findByRole("button", { name: "设置" }));
    await screen.findByRole("heading", { name: "设置" });
    expect(RULES.length).toBeGreaterThan(10);
    expect(screen.getAllByRole("switch")).toHaveLength(RULES.length);
    for (const r of RULES)
      // The name ends with the id; "value-missing" must not also match "midterm-value-missing".
      expect(screen.getByRole("switch", { name: new RegExp(`(^|[^a-z0-9-])${r.meta.id}$`) })).toBeChecked();
  });
});
