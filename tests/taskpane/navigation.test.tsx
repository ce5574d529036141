/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import type { CheckResult } from "../../src/core/check";
import { runRules } from "../../src/core/engine/run-rules";
import { makeProject, makeTable } from "../helpers/model-factory";
import { TEST_RULES, failed, fakeGateway, ok } from "./fixtures";
import { renderChecked } from "./render";

/** The finding rows' main buttons, in display order. */
function rows(): HTMLElement[] {
  return screen.getAllByRole("button").filter((b) => b.hasAttribute("data-finding-index"));
}

describe("task pane: stepping through findings", () => {
  test("clicking a finding selects its cell in the sheet", async () => {
    const { gateway, user } = await renderChecked();
    await user.click(screen.getByRole("button", { name: /^错误 「工作完成及时率」/ }));
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E5");
    expect(screen.getByRole("button", { name: /^错误 「工作完成及时率」/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(screen.getByText("第 3 / 5 条")).toBeInTheDocument();
  });

  test("下一条 / 上一条 step through the findings in list order and select each", async () => {
    const { gateway, user } = await renderChecked();
    await user.click(screen.getByRole("button", { name: "下一条" }));
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E4");
    expect(rows()[0]).toHaveAttribute("aria-current", "true");
    await user.click(screen.getByRole("button", { name: "下一条" }));
    await user.click(screen.getByRole("button", { name: "下一条" }));
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E5");
    expect(rows()[2]).toHaveAttribute("aria-current", "true");
    await user.click(screen.getByRole("button", { name: "上一条" }));
    expect(rows()[1]).toHaveAttribute("aria-current", "true");
    expect(gateway.select).toHaveBeenCalledTimes(4);
  });

  test("arrow keys and J/K move focus and selection; the last finding stops the walk", async () => {
    const { gateway, user } = await renderChecked();
    await user.click(rows()[3]);
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E5");
    await user.keyboard("{ArrowDown}");
    expect(rows()[4]).toHaveFocus();
    expect(rows()[4]).toHaveAttribute("aria-current", "true");
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E6");
    await user.keyboard("j");
    expect(rows()[4]).toHaveFocus();
    expect(screen.getByRole("button", { name: "下一条" })).toBeDisabled();
    await user.keyboard("k");
    expect(rows()[3]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(rows()[2]).toHaveFocus();
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E5");
  });

  test("stepping into a collapsed project opens it", async () => {
    const { user } = await renderChecked();
    const group = screen.getByRole("button", { name: /^公务接待费/ });
    await user.click(group);
    await waitFor(() => expect(group).toHaveAttribute("aria-expanded", "false"));
    await user.click(rows()[1]);
    await user.keyboard("{ArrowDown}");
    expect(group).toHaveAttribute("aria-expanded", "true");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /^错误 「工作完成及时率」/ })).toHaveFocus(),
    );
  });

  test("a cell that cannot be selected is reported", async () => {
    const gateway = fakeGateway();
    gateway.select.mockResolvedValue(failed("工作表「Sheet1」已被删除。"));
    const { user } = await renderChecked(gateway);
    await user.click(rows()[0]);
    expect(await screen.findByText("操作没有完成：工作表「Sheet1」已被删除。")).toBeInTheDocument();
  });

  test("a long list renders project by project on demand; stepping to the end brings the last one in", async () => {
    const projects = Array.from({ length: 120 }, (_, i) =>
      makeProject({ name: `项目${i + 1}`, indicators: [{ name: `指标${i + 1}`, value: null }] }, i + 1),
    );
    const tables = [makeTable(projects)];
    const big: CheckResult = { tables, findings: runRules(tables, undefined, TEST_RULES), problems: [] };
    const gateway = fakeGateway();
    gateway.check.mockResolvedValue(ok(big));
    const { user } = await renderChecked(gateway);
    expect(screen.getByRole("button", { name: /^项目50 / })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^项目51 / })).not.toBeInTheDocument();
    // Long lists open only the first projects.
    expect(screen.getByRole("button", { name: /^项目3 / })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /^项目4 / })).toHaveAttribute("aria-expanded", "false");
    await user.click(screen.getByRole("button", { name: "显示更多项目（还有 70 个）" }));
    expect(screen.getByRole("button", { name: /^项目100 / })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "上一条" }));
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E121");
    expect(screen.getByRole("button", { name: /^项目120 / })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("第 120 / 120 条")).toBeInTheDocument();
  });
});
