/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import type { CheckResult } from "../../src/core/check";
import { runRules } from "../../src/core/engine/run-rules";
import { makeProject, makeTable } from "../helpers/model-factory";
import { TEST_RULES, failed, fakeGateway, ok } from "./fixtures";
import { ROW_PAGE } from "../../src/taskpane/components/FindingsList";
import { renderChecked } from "./render";

/** The finding rows' main buttons, in display order. */
function rows(): HTMLElement[] {
  return screen.getAllByRole("button").filter((b) => b.hasAttribute("data-finding-index"));
}

/** Rendering a page of rows in jsdom on a busy machine takes seconds: a hang guard, not a speed test. */
const LATER_ROWS_MS = 20_000;

const infoToggle = () => screen.getByRole("button", { name: /^没有计算符号/ });

describe("task pane: the findings list", () => {
  test("errors first, then warnings, then 提示 folded into one line per rule", async () => {
    await renderChecked();
    const list = screen.getByRole("group", { name: "问题清单" });
    const headings = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["错误 2", "警告 1", "提示 2"]);
    // Errors in sheet order (rows 5 and 6), then the warning (row 4); the 提示 are folded.
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining("E5"),
      expect.stringContaining("E6"),
      expect.stringContaining("会议异常事故发生次数"),
    ]);
    expect(infoToggle()).toHaveAttribute("aria-expanded", "false");
    expect(infoToggle()).toHaveTextContent("2 条");
  });

  test("a folded rule opens to list its 提示, and folds again", async () => {
    const { user } = await renderChecked();
    await user.click(infoToggle());
    expect(infoToggle()).toHaveAttribute("aria-expanded", "true");
    expect(rows()).toHaveLength(5);
    await user.click(infoToggle());
    expect(rows()).toHaveLength(3);
  });

  test("clicking a finding selects its cell in the sheet", async () => {
    const { gateway, user } = await renderChecked();
    await user.click(screen.getByRole("button", { name: /^错误 「工作完成及时率」/ }));
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E5");
    expect(screen.getByRole("button", { name: /^错误 「工作完成及时率」/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(screen.getByText("第 1 / 5 条")).toBeInTheDocument();
  });

  test("下一条 / 上一条 step in list order, select each and open a folded rule on the way", async () => {
    const { gateway, user } = await renderChecked();
    const next = screen.getByRole("button", { name: "下一条" });
    await user.click(next);
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E5");
    expect(rows()[0]).toHaveAttribute("aria-current", "true");
    expect(rows()[0]).toHaveFocus();
    await user.click(next);
    await user.click(next);
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E4");
    expect(rows()[2]).toHaveAttribute("aria-current", "true");
    await user.click(next);
    expect(infoToggle()).toHaveAttribute("aria-expanded", "true");
    expect(rows()[3]).toHaveAttribute("aria-current", "true");
    await user.click(screen.getByRole("button", { name: "上一条" }));
    expect(rows()[2]).toHaveAttribute("aria-current", "true");
    expect(gateway.select).toHaveBeenCalledTimes(5);
  });

  test("the list is one arrow-key group (one Tab stop); Enter on a finding selects its cell", async () => {
    const { gateway, user } = await renderChecked();
    const list = screen.getByRole("group", { name: "问题清单" });
    expect(list.getAttribute("data-tabster") ?? "").toContain('"mover"');
    expect(list).toHaveAccessibleDescription(/↑ ↓/);
    rows()[1].focus();
    await user.keyboard("{Enter}");
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E6");
    expect(rows()[1]).toHaveAttribute("aria-current", "true");
  });

  test("a cell that cannot be selected is reported", async () => {
    const gateway = fakeGateway();
    gateway.select.mockResolvedValue(failed("工作表「Sheet1」已被删除。"));
    const { user } = await renderChecked(gateway);
    await user.click(rows()[0]);
    expect(await screen.findByText("操作没有完成：工作表「Sheet1」已被删除。")).toBeInTheDocument();
  });

  test("a long list renders its first rows; 显示更多 and stepping to the end bring the rest in", async () => {
    const projects = Array.from({ length: 60 }, (_, i) =>
      makeProject({ name: `项目${i + 1}`, indicators: [{ name: `指标${i + 1}`, value: null }] }, i + 1),
    );
    const tables = [makeTable(projects)];
    const big: CheckResult = { tables, findings: runRules(tables, undefined, TEST_RULES), problems: [] };
    const gateway = fakeGateway();
    gateway.check.mockResolvedValue(ok(big));
    const { user } = await renderChecked(gateway);
    // A screenful of rows first, the rest of the page once that is painted (busy meanwhile).
    const list = screen.getByRole("group", { name: "问题清单" });
    await waitFor(() => expect(rows()).toHaveLength(ROW_PAGE), { timeout: LATER_ROWS_MS });
    expect(list).not.toHaveAttribute("aria-busy");
    expect(screen.queryByRole("button", { name: /^错误 「指标51」/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "上一条" }));
    expect(gateway.select).toHaveBeenLastCalledWith("Sheet1", "E61");
    expect(screen.getByRole("button", { name: /^错误 「指标60」/ })).toHaveAttribute("aria-current", "true");
    expect(screen.getByText("第 60 / 60 条")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^显示更多/ })).not.toBeInTheDocument();
  });

  test("显示更多 renders the next rows", async () => {
    const projects = Array.from({ length: 55 }, (_, i) =>
      makeProject({ name: `项目${i + 1}`, indicators: [{ name: `指标${i + 1}`, value: null }] }, i + 1),
    );
    const tables = [makeTable(projects)];
    const big: CheckResult = { tables, findings: runRules(tables, undefined, TEST_RULES), problems: [] };
    const gateway = fakeGateway();
    gateway.check.mockResolvedValue(ok(big));
    const { user } = await renderChecked(gateway);
    const more = await screen.findByRole(
      "button",
      { name: "显示更多（还有 5 条）" },
      { timeout: LATER_ROWS_MS },
    );
    await user.click(more);
    expect(rows()).toHaveLength(55);
  });
});
