/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import { renderChecked } from "./render";

function listedMessages(): string[] {
  return screen
    .getAllByRole("button")
    .filter((b) => b.hasAttribute("data-finding-index"))
    .map((b) => b.textContent ?? "");
}

describe("task pane: filters", () => {
  test("the counts are the severity filter; 提示 alone are listed open", async () => {
    const { user } = await renderChecked();
    expect(listedMessages()).toHaveLength(3); // the two 提示 are folded under their rule
    const errors = screen.getByRole("button", { name: "错误 2" });
    await user.click(errors);
    expect(errors).toHaveAttribute("aria-pressed", "false");
    expect(listedMessages()).toEqual([expect.stringContaining("是次数，单位却是 %")]);
    await user.click(screen.getByRole("button", { name: "警告 1" }));
    expect(listedMessages()).toHaveLength(2);
    expect(listedMessages().every((t) => t.includes("按「=」理解"))).toBe(true);
    await user.click(screen.getByRole("button", { name: "提示 2" }));
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeInTheDocument();
    await user.click(errors);
    expect(listedMessages()).toHaveLength(2);
  });

  test("the rule picker names the rules found in Chinese, with counts, and filters by rule", async () => {
    const { user } = await renderChecked();
    const picker = screen.getByRole("combobox", { name: "按规则筛选" });
    const options = Array.from((picker as HTMLSelectElement).options);
    expect(options.map((o) => o.textContent)).toEqual([
      "全部规则",
      "计量单位与指标不符（1）",
      "没有计算符号（2）",
      "缺少指标值（2）",
    ]);
    // The id and what the rule checks are in the tooltip only.
    expect(options[2]).toHaveAttribute("title", "数量指标没有写符号（按「=」理解）（operator-missing）");
    await user.selectOptions(picker, "operator-missing");
    const listed = listedMessages();
    expect(listed).toHaveLength(2);
    expect(listed.every((t) => t.includes("按「=」理解"))).toBe(true);
    await user.selectOptions(picker, "");
    expect(listedMessages()).toHaveLength(3);
  });

  test("在表格中标记 marks exactly the findings the filters leave in the list", async () => {
    const { user, gateway } = await renderChecked();
    await user.selectOptions(screen.getByRole("combobox", { name: "按规则筛选" }), "value-missing");
    await user.click(screen.getByRole("button", { name: "在表格中标记" }));
    const marked = gateway.mark.mock.calls[0][0];
    expect(marked.map((f) => [f.ruleId, f.cell])).toEqual([
      ["value-missing", "E5"],
      ["value-missing", "E6"],
    ]);
  });
});
