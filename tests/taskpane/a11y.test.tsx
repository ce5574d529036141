/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import axe from "axe-core";
import { renderChecked } from "./render";

/** axe-core's rule violations, as "rule: element" lines (colour contrast needs a real browser). */
async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
}

describe("task pane accessibility (axe-core)", () => {
  test("the checked pane with findings, filters and ignored list has no violations", async () => {
    const { container, user } = await renderChecked();
    await user.click(screen.getByRole("button", { name: /^忽略此问题：「会议异常事故发生次数」/ }));
    await user.click(screen.getByRole("button", { name: "已忽略（1）" }));
    expect(await violations(container)).toEqual([]);
  });

  test("the settings panel has no violations", async () => {
    const { container, user } = await renderChecked();
    await user.click(screen.getByRole("button", { name: "设置" }));
    await screen.findByRole("heading", { name: "设置" });
    expect(await violations(container)).toEqual([]);
  });
});
