/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import Decimal from "decimal.js";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  createLibrary,
  missingCategories,
  parseParamValue,
  renderRows,
  renderWideText,
  suggestForProject,
  validateParams,
  type ParamValues,
} from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import { fakeGateway, ok } from "./fixtures";
import { findModalDialog, renderPane, waitForDialogClosed } from "./render";
import { longTarget, publishingTarget, SEED_PUBLISHING, trainingTarget } from "./template-fixtures";

const library = createLibrary();

async function openTemplates(gateway = fakeGateway()) {
  const r = await renderPane(gateway);
  await r.user.click(screen.getByRole("tab", { name: "模板" }));
  await screen.findByRole("heading", { name: "按模板填写指标" });
  await screen.findByRole("combobox", { name: "项目类型" });
  return r;
}

/** Clicks 插入 once it is live: a click while a read or re-plan is still landing would do nothing. */
async function clickInsert(user: Awaited<ReturnType<typeof renderPane>>["user"]) {
  await waitFor(() => expect(screen.getByRole("button", { name: "插入" })).toBeEnabled());
  await user.click(screen.getByRole("button", { name: "插入" }));
}

function suggestion(target: ReturnType<typeof trainingTarget>) {
  const s = suggestForProject(target.project!, library, {
    profile: target.profile,
    standards: DEFAULT_SETTINGS.standards,
  })!;
  if (!s.set) throw new Error(s.problems.map((p) => p.message).join());
  return s;
}

describe("模板 tab: gallery and suggestion", () => {
  test("lists every type with its name and one-line description; the selected row's type on top with its reason", async () => {
    const target = trainingTarget();
    await openTemplates(fakeGateway({ selectedProject: jest.fn(async () => ok(target)) }));
    expect(
      screen.getByText(
        "所选项目：工作表「公开表」第 2 行「政协委员培训工作经费」，公开表（一行一个项目），金额 17 万元",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("建议类型：培训（项目名称含「培训」）")).toBeInTheDocument();
    const picker = screen.getByRole("combobox", { name: "项目类型" });
    const options = within(picker).getAllByRole("option");
    expect(options).toHaveLength(library.templates.length);
    expect(options[0]).toHaveTextContent("培训（建议）");
    expect(picker).toHaveValue("training");
    for (const t of library.templates)
      expect(within(picker).getByRole("option", { name: new RegExp(`^${t.name}`) })).toBeInTheDocument();
  });

  test("prefills from the row: the amount and the numbers in the goal, saying where each came from", async () => {
    await openTemplates(fakeGateway({ selectedProject: jest.fn(async () => ok(trainingTarget())) }));
    expect(screen.getByRole("textbox", { name: "项目金额（万元）" })).toHaveValue("17");
    const s = suggestion(trainingTarget());
    const template = s.template;
    for (const p of template.params) {
      const field = screen.getByRole(p.type === "choice" ? "combobox" : "textbox", {
        name: p.unit ? `${p.label}（${p.unit}）` : p.label,
      });
      expect(field).toHaveValue(
        String(s.params[p.id] instanceof Decimal ? (s.params[p.id] as Decimal).toFixed() : s.params[p.id]),
      );
    }
    expect(screen.getAllByText(/来自：绩效目标「/).length).toBeGreaterThanOrEqual(2);
  });
});

describe("模板 tab: form validation", () => {
  test("shows the core's messages next to the field, and no preview until they are fixed", async () => {
    const { user } = await openTemplates(
      fakeGateway({ selectedProject: jest.fn(async () => ok(trainingTarget())) }),
    );
    const template = suggestion(trainingTarget()).template;
    const people = template.params.find((p) => p.type !== "choice" && /人/.test(p.unit))!;
    const box = screen.getByRole("textbox", { name: `${people.label}（${people.unit}）` });

    await user.clear(box);
    await user.type(box, "abc");
    const parsed = parseParamValue(people, "abc");
    expect(parsed.ok).toBe(false);
    expect(await screen.findByText(!parsed.ok ? parsed.message : "")).toBeInTheDocument();
    expect(screen.getByText("参数有误，暂无预览。请按提示修改。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "插入" })).toBeDisabled();

    // A number the amount cannot pay for: validateParams' own message.
    await user.clear(box);
    await user.type(box, "5000");
    const s = suggestion(trainingTarget());
    const params: ParamValues = { ...s.params, [people.id]: new Decimal(5000) };
    const v = validateParams(template, params, new Decimal(17), {
      standards: DEFAULT_SETTINGS.standards,
      profile: "2015",
    });
    expect(v.ok).toBe(false);
    const message = !v.ok ? v.problems[0].message : "";
    expect(await screen.findByText(message)).toBeInTheDocument();
  });
});

describe("模板 tab: live preview and insert", () => {
  test("the preview of a wide row is renderWideText's text, and 插入 sends that plan", async () => {
    const target = trainingTarget();
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(target)) });
    const { user } = await openTemplates(gateway);
    const s = suggestion(target);
    expect(screen.getByTestId("insert-preview").textContent).toBe(renderWideText(s.set!));
    await clickInsert(user);
    await waitFor(() => expect(gateway.insertTemplate).toHaveBeenCalledTimes(1));
    const expected = planInsertion(target, s.set!, { into: "project", mode: "replace", goal: "" });
    expect(gateway.insertTemplate).toHaveBeenCalledWith(expected.ok ? expected.value : null, {
      confirmedOverwrite: false,
    });
    expect(
      await screen.findByText(
        /^已插入：在工作表「公开表」第 2 行项目「政协委员培训工作经费」的绩效指标单元格（D2）写入/,
      ),
    ).toBeInTheDocument();
    // The selection is read again after writing.
    expect(gateway.selectedProject).toHaveBeenCalledTimes(2);
  });

  test("the preview of a long table's rows is renderRows' output, and follows every change", async () => {
    const target = longTarget();
    const { user } = await openTemplates(fakeGateway({ selectedProject: jest.fn(async () => ok(target)) }));
    const rows = () =>
      within(screen.getByTestId("insert-preview"))
        .getAllByRole("row")
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole("cell")
            .map((c) => c.textContent),
        );
    const s = suggestion(target);
    expect(rows()).toEqual(
      renderRows(s.set!).map((r) => [r.level1, r.level2, r.level3, r.operator, r.value, r.unit]),
    );
    const template = s.template;
    const count = template.params.find((p) => p.id === "sessions" || /期数/.test(p.label))!;
    const box = screen.getByRole("textbox", { name: `${count.label}（${count.unit}）` });
    await user.clear(box);
    await user.type(box, "1");
    await waitFor(() => expect(rows().some((r) => r[2] === "培训期数" && r[4] === "1")).toBe(true));
  });

  test("a goal sentence is offered for an empty 绩效目标 cell", async () => {
    const target = trainingTarget(null, null);
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(target)) });
    const { user } = await openTemplates(gateway);
    const s = suggestion(target);
    expect(screen.getByRole("checkbox", { name: "同时填写空的绩效目标" })).toBeChecked();
    expect(screen.getByText(`绩效目标：${s.goal}`)).toBeInTheDocument();
    await clickInsert(user);
    await waitFor(() => expect(gateway.insertTemplate).toHaveBeenCalled());
    expect(gateway.insertTemplate.mock.calls[0][0].writes).toContainEqual({ row: 1, col: 2, value: s.goal });
  });
});

describe("模板 tab: a short flow", () => {
  test("after an insert the form stays on the template used, and the result shows in the action bar", async () => {
    const target = trainingTarget();
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(target)) });
    const { user } = await openTemplates(gateway);
    const picker = screen.getByRole("combobox", { name: "项目类型" });
    await user.selectOptions(picker, "reception");
    await clickInsert(user);
    await waitFor(() => expect(gateway.insertTemplate).toHaveBeenCalledTimes(1));
    const bar = within(screen.getByRole("group", { name: "插入与撤销" }));
    expect(await bar.findByText(/^已插入：/)).toBeInTheDocument();
    expect(bar.getByRole("button", { name: "插入" })).toBeInTheDocument();
    expect(bar.getByRole("button", { name: "撤销插入" })).toBeInTheDocument();
    // The selection was read again, and the form did not jump back to the suggested 培训.
    expect(gateway.selectedProject).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("combobox", { name: "项目类型" })).toHaveValue("reception");
  });

  test("a field shows its problem only once touched", async () => {
    const { user } = await openTemplates(
      fakeGateway({ selectedProject: jest.fn(async () => ok(trainingTarget())) }),
    );
    const amount = screen.getByRole("textbox", { name: "项目金额（万元）" });
    expect(screen.queryByText("请填写项目金额（万元）。")).toBeNull();
    await user.clear(amount);
    expect(await screen.findByText("请填写项目金额（万元）。")).toBeInTheDocument();
    expect(amount).toHaveAttribute("aria-invalid", "true");
  });
});

describe("模板 tab: replacing content needs a confirmation that shows it", () => {
  test("the dialog lists each cell with what it holds and what it becomes; 取消 writes nothing", async () => {
    const target = trainingTarget("一、产出指标\n1. 旧指标 ≥1次");
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(target)) });
    const { user } = await openTemplates(gateway);
    await user.click(screen.getByRole("radio", { name: "全部指标" }));
    // The mode change re-plans the insertion; clicking 插入 before that lands would insert in the old mode.
    await waitFor(() => expect(screen.getByRole("radio", { name: "全部指标" })).toBeChecked());
    await clickInsert(user);
    const dialog = within(await findModalDialog("确认替换单元格内容"));
    expect(
      dialog.getByText("插入会替换以下 1 个单元格中已有的内容。替换后可点击「撤销插入」恢复。"),
    ).toBeInTheDocument();
    const row = within(dialog.getByRole("rowheader", { name: "D2" }).closest("tr")!);
    expect(row.getAllByRole("cell")[0].textContent).toBe("一、产出指标\n1. 旧指标 ≥1次");
    expect(row.getAllByRole("cell")[1].textContent).toBe(renderWideText(suggestion(target).set!));
    await user.click(dialog.getByRole("button", { name: "取消" }));
    expect(gateway.insertTemplate).not.toHaveBeenCalled();
    // The closing dialog stays in the DOM while it fades; the next one must not be mistaken for it.
    await waitForDialogClosed();

    await clickInsert(user);
    const again = within(await findModalDialog("确认替换单元格内容"));
    await user.click(again.getByRole("button", { name: "确认替换并插入" }));
    await waitFor(() => expect(gateway.insertTemplate).toHaveBeenCalledTimes(1));
    expect(gateway.insertTemplate.mock.calls[0][1]).toEqual({ confirmedOverwrite: true });
  });

  test("补全 lists the cell too: its content is kept and the missing lines added", async () => {
    const target = publishingTarget();
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(target)) });
    const { user } = await openTemplates(gateway);
    expect(screen.getByRole("radio", { name: "只补全缺失类别" })).toBeChecked();
    const s = suggestion(target);
    const missing = missingCategories(target.project!, "2015", s.set!);
    expect(missing.groups.map((g) => g.level1)).toEqual(["满意度指标"]);
    const preview = screen.getByTestId("insert-preview").textContent!;
    expect(preview.startsWith(`${SEED_PUBLISHING}\n三、满意度指标\n`)).toBe(true);
    await clickInsert(user);
    const dialog = within(await findModalDialog("确认替换单元格内容"));
    const row = within(dialog.getByRole("rowheader", { name: "D2" }).closest("tr")!);
    expect(row.getAllByRole("cell").map((c) => c.textContent)).toEqual([SEED_PUBLISHING, preview]);
  });
});

describe("模板 tab: 撤销插入", () => {
  test("shows the last insertion and undoes it", async () => {
    const gateway = fakeGateway({
      lastInsertion: jest.fn(async () =>
        ok({ sheet: "公开表", summary: "在工作表「公开表」第 2 行写入 13 条指标" }),
      ),
      undoInsertion: jest.fn(async () =>
        ok({ summary: "已撤销：在工作表「公开表」第 2 行写入 13 条指标", restored: 1 }),
      ),
    });
    const { user } = await openTemplates(gateway);
    expect(await screen.findByText("上次插入：在工作表「公开表」第 2 行写入 13 条指标")).toBeInTheDocument();
    gateway.lastInsertion.mockImplementation(async () => ok(null));
    await user.click(screen.getByRole("button", { name: "撤销插入" }));
    expect(gateway.undoInsertion).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("已撤销：在工作表「公开表」第 2 行写入 13 条指标")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销插入" })).toBeDisabled());
  });

  test("is disabled with nothing to undo", async () => {
    await openTemplates(fakeGateway());
    await waitFor(() => expect(screen.getByRole("button", { name: "读取所选行" })).toBeEnabled());
    expect(screen.getByRole("button", { name: "撤销插入" })).toBeDisabled();
  });

  test("a refusal is shown as the adapter words it", async () => {
    const refusal =
      "以下单元格在插入之后已被修改，未做改动：D2（现为「改过」）。请手动恢复，或使用 Excel 的撤销（Ctrl+Z）。";
    const gateway = fakeGateway({
      lastInsertion: jest.fn(async () => ok({ sheet: "公开表", summary: "写入 13 条指标" })),
      undoInsertion: jest.fn(async () => ({ ok: false as const, message: refusal })),
    });
    const { user } = await openTemplates(gateway);
    await user.click(await screen.findByRole("button", { name: "撤销插入" }));
    expect(await screen.findByText(`操作没有完成：${refusal}`)).toBeInTheDocument();
  });
});

describe("模板 tab: no table on the sheet", () => {
  test("offers a new declaration sheet, asking for the project's name and amount", async () => {
    const gateway = fakeGateway();
    const { user } = await openTemplates(gateway);
    expect(screen.getByText("当前工作表中没有找到绩效目标表，可以新建申报表。")).toBeInTheDocument();
    // Nothing is red before the user touched a field: the reason is only said where the preview goes.
    expect(screen.queryByText("请填写项目名称。")).toBeNull();
    expect(screen.getByText(/^暂无预览：.*请填写项目名称。/)).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /项目名称/ }), "公务接待费");
    await user.selectOptions(screen.getByRole("combobox", { name: "项目类型" }), "reception");
    await user.type(screen.getByRole("textbox", { name: "项目金额（万元）" }), "4.25");
    await clickInsert(user);
    await waitFor(() => expect(gateway.insertTemplate).toHaveBeenCalled());
    expect(gateway.insertTemplate.mock.calls[0][0]).toMatchObject({ kind: "sheet", sheet: "绩效目标表" });
  });
});
