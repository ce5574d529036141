/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { CheckResult } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Outcome } from "../../src/host/gateway";
import { en } from "../../src/taskpane/i18n";
import { SCRIPT_TEXT, failed, fakeGateway, ok, sampleResult } from "./fixtures";
import { renderChecked, renderPane } from "./render";

describe("task pane: check and summary", () => {
  test("before a check it explains itself and has loaded the workbook's saved state", async () => {
    const { gateway } = await renderPane();
    expect(gateway.loadState).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("heading", { name: "绩效目标助手" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "检查" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
    expect(screen.queryByRole("region", { name: "检查结果" })).not.toBeInTheDocument();
  });

  test("检查 shows the table found, the counts (also the filter) and the findings, errors first", async () => {
    const { gateway } = await renderChecked();
    expect(gateway.check).toHaveBeenCalledWith(DEFAULT_SETTINGS, expect.any(Function), []);
    const summary = within(screen.getByRole("region", { name: "检查结果" }));
    expect(summary.getByRole("button", { name: "错误 2" })).toHaveAttribute("aria-pressed", "true");
    expect(summary.getByRole("button", { name: "警告 1" })).toBeInTheDocument();
    expect(summary.getByRole("button", { name: "提示 2" })).toBeInTheDocument();
    expect(summary.getByText("工作表「Sheet1」A1:E6：公开表（一行一个项目），3 个项目")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("检查完成：错误 2 · 警告 1 · 提示 2");
    const row = screen.getByRole("button", { name: /^错误 「工作完成及时率」没有填写指标值/ });
    expect(row).toHaveTextContent("公务接待费 · 指标：工作完成及时率 · E5 单元格第 1 行");
    expect(row).toHaveAttribute("data-finding-index", "0");
  });

  test("one message bar at a time: a new result replaces the last, a new check clears it", async () => {
    const gateway = fakeGateway();
    gateway.clearMarks.mockResolvedValue(ok({ restored: 19, keptUserEdits: 0, skipped: [] }));
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText("已恢复 19 个单元格。");
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    await screen.findByText("已标记 5 个单元格。");
    expect(document.querySelectorAll(".fui-MessageBar")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() => expect(document.querySelectorAll(".fui-MessageBar")).toHaveLength(0));
  });

  test("清除标记 is on only while the workbook holds marks", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(ok({ settings: DEFAULT_SETTINGS, ignored: [], hasMarks: false }));
    gateway.clearMarks.mockResolvedValue(ok({ restored: 5, keptUserEdits: 0, skipped: [] }));
    const { user } = await renderChecked(gateway);
    const clear = screen.getByRole("button", { name: "清除标记" });
    expect(clear).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    await waitFor(() => expect(clear).toBeEnabled());
    await user.click(clear);
    await screen.findByText("已恢复 5 个单元格。");
    expect(clear).toBeDisabled();
  });

  test("a workbook that says it has marks enables 清除标记 before any check", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(ok({ settings: DEFAULT_SETTINGS, ignored: [], hasMarks: true }));
    await renderPane(gateway);
    expect(screen.getByRole("button", { name: "清除标记" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
  });

  test("while checking, the pane shows progress and stays responsive; buttons wait for the result", async () => {
    let finish: (r: Outcome<CheckResult>) => void = () => undefined;
    let report: ((f: number) => void) | undefined;
    const gateway = fakeGateway();
    gateway.check.mockImplementation(
      (_s, onProgress) =>
        new Promise((resolve) => {
          report = onProgress;
          finish = resolve;
        }),
    );
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() => expect(report).toBeDefined());
    act(() => report?.(0.5));
    const bar = screen.getByRole("progressbar", { name: "检查进度" });
    expect(bar).toHaveAttribute("aria-valuenow", "0.5");
    expect(screen.getByRole("button", { name: "正在检查…" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "清除标记" })).toBeDisabled();
    await act(async () => finish(ok(sampleResult())));
    expect(await screen.findByRole("region", { name: "检查结果" })).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "检查" })).toBeEnabled();
  });

  test("a sheet without a table says why, with no counts", async () => {
    const gateway = fakeGateway();
    gateway.check.mockResolvedValue(
      ok({
        tables: [],
        findings: [],
        problems: [{ sheet: "Sheet2", message: "未找到表头：需要「项目名称」「金额」和「绩效指标」列。" }],
      }),
    );
    const r = await renderPane(gateway);
    await r.user.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByRole("heading", { name: "没有找到绩效目标表。" })).toBeInTheDocument();
    expect(
      screen.getByText("工作表「Sheet2」：未找到表头：需要「项目名称」「金额」和「绩效指标」列。"),
    ).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "问题清单" })).not.toBeInTheDocument();
    expect(screen.queryByText(/错误 0/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
  });

  test("the check's own table-not-found finding is shown as the reason, not listed or marked", async () => {
    const gateway = fakeGateway();
    const [f] = sampleResult().findings;
    const notFound = {
      ...f,
      ruleId: "table-not-found",
      severity: "error" as const,
      message: "没有识别出绩效目标表。",
    };
    gateway.check.mockResolvedValue(ok({ tables: [], findings: [notFound], problems: [] }));
    const r = await renderPane(gateway);
    await r.user.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByRole("heading", { name: "没有找到绩效目标表。" })).toBeInTheDocument();
    expect(screen.getByText("没有识别出绩效目标表。")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "问题清单" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
  });

  test("an empty workbook (no sheet problems either) still says what to do", async () => {
    const gateway = fakeGateway();
    gateway.check.mockResolvedValue(ok({ tables: [], findings: [], problems: [] }));
    const r = await renderPane(gateway);
    await r.user.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByText(/请打开含有「项目名称」/)).toBeInTheDocument();
  });

  test("cell text that looks like markup is shown literally, never run", async () => {
    const { container } = await renderChecked();
    expect(
      screen.getByText(new RegExp(`^${SCRIPT_TEXT.replace(/[()/]/g, "\\$&")}项目 · `)),
    ).toBeInTheDocument();
    expect(screen.getByText("「<b>粗体</b>指标」没有填写指标值。")).toBeInTheDocument();
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
  });

  test("a clean table says there is nothing to fix", async () => {
    const gateway = fakeGateway();
    gateway.check.mockImplementation(async () => ok({ ...sampleResult(), findings: [] }));
    await renderChecked(gateway);
    expect(screen.getByText("没有发现问题。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
  });
});

describe("task pane: failures are messages, not crashes", () => {
  test("a failed check is shown in a message bar and the pane stays usable", async () => {
    const gateway = fakeGateway();
    gateway.check.mockResolvedValueOnce(failed("无法读取工作表「Sheet1」：工作簿正在编辑单元格。"));
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(
      await screen.findByText("操作没有完成：无法读取工作表「Sheet1」：工作簿正在编辑单元格。"),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByRole("region", { name: "检查结果" })).toBeInTheDocument();
    expect(screen.queryByText(/操作没有完成/)).not.toBeInTheDocument();
  });

  test("a gateway that throws anyway is reported the same way", async () => {
    const gateway = fakeGateway();
    gateway.check.mockRejectedValueOnce(new Error("RichApi.Error: 超时"));
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByText("操作没有完成：RichApi.Error: 超时")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "检查" })).toBeEnabled();
  });

  test("unreadable saved state falls back to defaults with a warning", async () => {
    const gateway = fakeGateway();
    gateway.loadState.mockResolvedValue(failed("保存的设置已损坏。"));
    const { user } = await renderPane(gateway);
    expect(
      screen.getByText("未能读取工作簿中保存的设置：保存的设置已损坏。 本次使用默认设置。"),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() =>
      expect(gateway.check).toHaveBeenCalledWith(DEFAULT_SETTINGS, expect.any(Function), []),
    );
  });

  test("a message can be dismissed", async () => {
    const gateway = fakeGateway();
    gateway.check.mockResolvedValueOnce(failed("读取失败。"));
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByText("操作没有完成：读取失败。");
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("操作没有完成：读取失败。")).not.toBeInTheDocument();
  });
});

describe("task pane: language", () => {
  test("English strings are used when given", async () => {
    await renderPane(fakeGateway(), en);
    expect(screen.getByRole("button", { name: "Check" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark in sheet" })).toBeInTheDocument();
  });
});
