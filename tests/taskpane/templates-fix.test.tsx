/** @jest-environment jsdom */
import "./setup";
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { checkWorkbook } from "../../src/core/check";
import { RULES } from "../../src/core/rules";
import { en, zhCN } from "../../src/taskpane/i18n";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { fakeGateway, ok } from "./fixtures";
import { publishingTarget, trainingTarget } from "./template-fixtures";

async function renderReal(gateway = fakeGateway()) {
  const user = userEvent.setup();
  const view = render(<TaskPane gateway={gateway} theme={webLightTheme} rules={RULES.map((r) => r.meta)} />);
  await screen.findByText(/点击「检查」/);
  return { ...view, user };
}

describe("补全缺失类别 from the findings list", () => {
  test("a level1-missing finding has a 补全 button that selects its cell and opens 模板 preset to the missing categories", async () => {
    const target = publishingTarget();
    const result = checkWorkbook({ name: "x", sheets: [target.sheet] });
    const missing = result.findings.find((f) => f.ruleId === "level1-missing")!;
    expect(missing).toBeDefined();
    const gateway = fakeGateway({
      check: jest.fn(async () => ok(result)),
      selectedProject: jest.fn(async () => ok(target)),
    });
    const { user } = await renderReal(gateway);
    await user.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByRole("heading", { name: "检查结果" });
    // Only the findings a template can fix have the button.
    const fixes = screen.getAllByRole("button", { name: /^按模板补全/ });
    expect(fixes).toHaveLength(
      result.findings.filter((f) => ["level1-missing", "level2-missing", "category-empty"].includes(f.ruleId))
        .length,
    );
    await user.click(fixes[0]);
    await waitFor(() => expect(gateway.select).toHaveBeenCalledWith(missing.sheet, missing.cell));
    expect(await screen.findByRole("heading", { name: "按模板填写指标" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "模板" })).toHaveAttribute("aria-selected", "true");
    await waitFor(() => expect(screen.getByRole("radio", { name: "只补全缺失类别" })).toBeChecked());
    expect(screen.getByTestId("insert-preview").textContent).toMatch(
      /\n三、满意度指标\n（一）服务对象满意度指标：\n1\. /,
    );
    // The selection is read after the cell was selected.
    expect(gateway.select.mock.invocationCallOrder[0]).toBeLessThan(
      gateway.selectedProject.mock.invocationCallOrder[0],
    );
  });
});

describe("模板 tab accessibility and language", () => {
  test("has no axe violations", async () => {
    const { container, user } = await renderReal(
      fakeGateway({ selectedProject: jest.fn(async () => ok(trainingTarget())) }),
    );
    await user.click(screen.getByRole("tab", { name: "模板" }));
    await screen.findByRole("combobox", { name: "项目类型" });
    const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`))).toEqual(
      [],
    );
  });

  test("English has the same template strings", () => {
    expect(Object.keys(en.templates).sort()).toEqual(Object.keys(zhCN.templates).sort());
  });

  test("without ExcelApi 1.9 there is no 模板 tab", async () => {
    await renderReal(
      fakeGateway({
        capabilities: jest.fn(() => ({ notes: false, comments: false, undoGroups: false, marks: false })),
      }),
    );
    expect(screen.queryByRole("tab", { name: "模板" })).not.toBeInTheDocument();
  });
});
