/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { findingKey } from "../../src/host/gateway";
import { failed, fakeGateway, ok, sampleResult } from "./fixtures";
import { renderChecked } from "./render";

const warningKey = findingKey(sampleResult().findings.find((f) => f.ruleId === "unit-mismatch")!);

describe("task pane: ignoring findings", () => {
  test("忽略 hides the finding, updates the counts and saves the key in the workbook", async () => {
    const { user, gateway } = await renderChecked();
    await user.click(screen.getByRole("button", { name: /^忽略此问题：「会议异常事故发生次数」/ }));
    expect(gateway.saveState).toHaveBeenLastCalledWith({ settings: DEFAULT_SETTINGS, ignored: [warningKey] });
    expect(screen.queryByRole("button", { name: /^警告 「会议异常事故发生次数」/ })).not.toBeInTheDocument();
    const summary = within(screen.getByRole("region", { name: "检查结果" }));
    expect(summary.getByText("警告 0")).toBeInTheDocument();
    expect(summary.getByText("另有 1 条已忽略，未列出。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "已忽略（1）" })).toBeInTheDocument();
  });

  test("ignored findings stay hidden on later checks (keys loaded from the workbook)", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(ok({ settings: DEFAULT_SETTINGS, ignored: [warningKey] }));
    await renderChecked(gateway);
    expect(screen.queryByRole("button", { name: /^警告 「会议异常事故发生次数」/ })).not.toBeInTheDocument();
    expect(screen.getByText("另有 1 条已忽略，未列出。")).toBeInTheDocument();
  });

  test("the ignored list restores one finding, or all of them", async () => {
    const gateway = fakeGateway();
    const errorKey = findingKey(sampleResult().findings.find((f) => f.ruleId === "value-missing")!);
    gateway.loadState.mockResolvedValue(
      ok({ settings: DEFAULT_SETTINGS, ignored: [warningKey, errorKey, "goal-missing|旧表|D9||"] }),
    );
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "已忽略（3）" }));
    // A key from an earlier check that no longer appears is still listed, so it can be restored.
    expect(screen.getByText(/旧表 · D9 · 本次检查中未出现/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^恢复：「会议异常事故发生次数」是次数/ }));
    expect(gateway.saveState).toHaveBeenLastCalledWith({
      settings: DEFAULT_SETTINGS,
      ignored: [errorKey, "goal-missing|旧表|D9||"],
    });
    expect(screen.getByRole("button", { name: /^警告 「会议异常事故发生次数」/ })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "全部恢复" }));
    expect(gateway.saveState).toHaveBeenLastCalledWith({ settings: DEFAULT_SETTINGS, ignored: [] });
    expect(screen.queryByRole("button", { name: /^已忽略/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "检查结果" })).getByText("错误 2")).toBeInTheDocument();
  });

  test("when the workbook cannot save the ignore list, the pane says so", async () => {
    const gateway = fakeGateway();
    gateway.saveState.mockResolvedValue(failed("工作簿是只读的。"));
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: /^忽略此问题：「会议异常事故发生次数」/ }));
    expect(await screen.findByText("未能保存：工作簿是只读的。")).toBeInTheDocument();
  });
});
