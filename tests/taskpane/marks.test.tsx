/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import { failed, fakeGateway, ok } from "./fixtures";
import { renderChecked, renderPane } from "./render";

describe("task pane: marking cells and clearing the marks", () => {
  test("在表格中标记 marks every listed finding and reports protected sheets", async () => {
    const gateway = fakeGateway();
    gateway.mark.mockResolvedValue(
      ok({ marked: 37, skipped: [{ sheet: "X", message: "工作表「X」受保护，未标记。" }] }),
    );
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    expect(gateway.mark).toHaveBeenCalledTimes(1);
    expect(gateway.mark.mock.calls[0][0]).toHaveLength(5);
    expect(await screen.findByText("已标记 37 个单元格；工作表「X」受保护，未标记。")).toBeInTheDocument();
  });

  test("清除标记 reports restored cells and the ones the user changed", async () => {
    const gateway = fakeGateway();
    gateway.clearMarks.mockResolvedValue(ok({ restored: 37, keptUserEdits: 3, skipped: [] }));
    const { user } = await renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已恢复 37 个单元格，3 个单元格您已修改，保持不变。")).toBeInTheDocument();
  });

  test("a new mark result replaces the last clear message", async () => {
    const gateway = fakeGateway();
    gateway.clearMarks.mockResolvedValue(ok({ restored: 5, keptUserEdits: 0, skipped: [] }));
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已恢复 5 个单元格。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    expect(await screen.findByText("已标记 5 个单元格。")).toBeInTheDocument();
    expect(screen.queryByText("已恢复 5 个单元格。")).not.toBeInTheDocument();
  });

  test("failures to mark or clear are shown, not thrown", async () => {
    const gateway = fakeGateway();
    gateway.mark.mockResolvedValue(failed("单元格太多，Excel 拒绝了请求。"));
    gateway.clearMarks.mockRejectedValue(new Error("连接已断开"));
    const { user } = await renderChecked(gateway);
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    expect(await screen.findByText("操作没有完成：单元格太多，Excel 拒绝了请求。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("操作没有完成：连接已断开")).toBeInTheDocument();
  });

  test("without the marking API (old Excel) the mark buttons are off and the pane explains why", async () => {
    const gateway = fakeGateway();
    gateway.capabilities.mockReturnValue({ notes: false, comments: false, undoGroups: false, marks: false });
    await renderChecked(gateway);
    expect(screen.getByRole("button", { name: "在表格中标记" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "清除标记" })).toBeDisabled();
    expect(screen.getByText(/当前 Excel 版本不支持在表格中标记/)).toBeInTheDocument();
  });
});
