/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { sheetFromValues } from "../../src/core/grid";
import {
  BUILTIN_TEMPLATE_DEFS,
  builtinTemplates,
  createLibrary,
  loadTemplatesText,
  renderWideText,
  suggestForProject,
  templateSheetRows,
} from "../../src/core/templates";
import { planInsertion } from "../../src/host/insert";
import { templatesDocExample } from "../docs/templates-doc-example";
import { fakeGateway, ok, type FakeGateway } from "./fixtures";
import { findModalDialog, renderPane, waitForDialogClosed } from "./render";
import { targetFor, WIDE_HEADER_ROW } from "./template-fixtures";

const EXAMPLE = templatesDocExample();
const FILE_INPUT = "选择本单位模板文件（.json）";

/** A wide row whose name suggests the doc's unit template (宣讲), once it is imported. */
const publicityTarget = () =>
  targetFor(
    "公开表",
    [WIDE_HEADER_ROW, ["机关政策宣讲经费", 3.6, "全年编印宣传资料12期，每期300份。", null]],
    "A2",
  );

async function openTemplates(gateway: FakeGateway) {
  const r = await renderPane(gateway);
  await r.user.click(screen.getByRole("tab", { name: "模板" }));
  await screen.findByRole("combobox", { name: "项目类型" });
  await waitFor(() => expect(screen.getByRole("button", { name: "导入模板文件…" })).toBeEnabled());
  return r;
}

const picker = () => screen.getByRole("combobox", { name: "项目类型" });
const gallery = () => within(picker());
const jsonFile = (text: string, name = "本单位模板.json") =>
  new File([text], name, { type: "application/json" });

describe("本单位模板: import", () => {
  test("a valid file is saved in the workbook as it was, joins the gallery marked 本单位, is suggested, previewed and inserted", async () => {
    const target = publicityTarget();
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(target)) });
    const { user } = await openTemplates(gateway);
    expect(screen.getByText("本工作簿还没有本单位模板。")).toBeInTheDocument();
    expect(gallery().queryByRole("option", { name: /^政策宣传/ })).toBeNull();

    await user.upload(screen.getByLabelText(FILE_INPUT), jsonFile(EXAMPLE));
    expect(
      await screen.findByText("已导入 1 个本单位模板，并保存在本工作簿中：同事打开此文件时也能使用。"),
    ).toBeInTheDocument();
    expect(gateway.saveUnitTemplates).toHaveBeenCalledWith(EXAMPLE);
    expect(gateway.unitText()).toBe(EXAMPLE);
    const list = within(screen.getByRole("list", { name: "本工作簿中的本单位模板（1 个）" }));
    expect(list.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["政策宣传"]);

    // The form starts again with the new library: the row's name now points to the unit's template.
    expect(await screen.findByText("建议类型：政策宣传（项目名称含「宣讲」）")).toBeInTheDocument();
    // The gallery: the built-ins and the unit's template, on top.
    const radios = gallery().getAllByRole("option");
    expect(radios).toHaveLength(builtinTemplates().length + 1);
    expect(radios[0]).toHaveAccessibleName(expect.stringMatching(/^政策宣传（本单位/));
    await waitFor(() => expect(picker()).toHaveValue("publicity"));

    // Prefill and preview as for a built-in: the numbers of the goal, the core's rendering.
    const loaded = loadTemplatesText(EXAMPLE);
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const s = suggestForProject(target.project!, createLibrary(loaded.templates), {
      profile: target.profile,
      standards: DEFAULT_SETTINGS.standards,
    })!;
    expect(s.template.id).toBe("publicity");
    expect(screen.getByRole("textbox", { name: "宣传期数（期）" })).toHaveValue("12");
    expect(screen.getByRole("textbox", { name: "每期印数（份）" })).toHaveValue("300");
    expect(screen.getByTestId("insert-preview").textContent).toBe(renderWideText(s.set!));

    await waitFor(() => expect(screen.getByRole("button", { name: "插入" })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: "插入" }));
    await waitFor(() => expect(gateway.insertTemplate).toHaveBeenCalledTimes(1));
    const expected = planInsertion(target, s.set!, { into: "project", mode: "replace", goal: "" });
    expect(gateway.insertTemplate).toHaveBeenCalledWith(expected.ok ? expected.value : null, {
      confirmedOverwrite: false,
    });
    const written = gateway.insertTemplate.mock.calls[0][0].writes.map((w) => String(w.value)).join("\n");
    expect(written).toContain("1. 编印宣传资料期数 ≥12期");
    expect(written).toContain("1. 政策知晓率 ≥95%");
  });

  test("an invalid file: the core's problems listed, nothing saved, the gallery unchanged", async () => {
    const gateway = fakeGateway();
    const { user } = await openTemplates(gateway);
    const broken = EXAMPLE.replace(
      '"unit": "%" },\n        { "category": "时效"',
      '"unit": "" },\n        { "category": "时效"',
    ).replace('"id": "publicity"', '"id": "9"');
    expect(broken).not.toBe(EXAMPLE);
    await user.upload(screen.getByLabelText(FILE_INPUT), jsonFile(broken, "坏模板.json"));
    const problems = loadTemplatesText(broken, "模板文件「坏模板.json」");
    expect(problems.ok).toBe(false);
    const errors = problems.ok ? [] : problems.errors;
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const list = within(
      await screen.findByRole("list", {
        name: "模板文件「坏模板.json」有以下问题，未导入（本工作簿中的模板没有改动）：",
      }),
    );
    expect(list.getAllByRole("listitem").map((li) => li.textContent)).toEqual(errors);
    expect(gateway.saveUnitTemplates).not.toHaveBeenCalled();
    expect(gateway.unitText()).toBeNull();
    expect(gallery().getAllByRole("option")).toHaveLength(builtinTemplates().length);
  });

  test("text that is not JSON says where it breaks", async () => {
    const gateway = fakeGateway();
    const { user } = await openTemplates(gateway);
    await user.upload(screen.getByLabelText(FILE_INPUT), jsonFile('[{"id": "x",\n  }]', "草稿.json"));
    expect(
      await screen.findByText("模板文件「草稿.json」 不是有效的 JSON（第 2 行第 3 列附近）。"),
    ).toBeInTheDocument();
    expect(gateway.saveUnitTemplates).not.toHaveBeenCalled();
  });

  test("a file over the size limit is refused without being read or saved", async () => {
    const gateway = fakeGateway();
    const { user } = await openTemplates(gateway);
    const big = jsonFile(`[${" ".repeat(600 * 1024)}]`, "很大.json");
    const reads = jest.spyOn(FileReader.prototype, "readAsText");
    await user.upload(screen.getByLabelText(FILE_INPUT), big);
    expect(
      await screen.findByText(/^模板文件「很大.json」过大（约 601 KB），本单位模板最多 512 KB。/),
    ).toBeInTheDocument();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(gateway.saveUnitTemplates).not.toHaveBeenCalled();
  });

  test("a unit template with a built-in's name replaces it, and the message says so", async () => {
    const gateway = fakeGateway();
    const { user } = await openTemplates(gateway);
    const own = EXAMPLE.replace('"name": "政策宣传"', '"name": "公务接待"');
    await user.upload(screen.getByLabelText(FILE_INPUT), jsonFile(own));
    expect(await screen.findByText(/其中替换了同名的内置模板：公务接待。$/)).toBeInTheDocument();
    const radios = gallery().getAllByRole("option", { name: /^公务接待/ });
    expect(radios).toHaveLength(1);
    expect(radios[0]).toHaveAccessibleName(expect.stringMatching(/^公务接待（本单位/));
    expect(gallery().getAllByRole("option")).toHaveLength(builtinTemplates().length);
  });
});

describe("本单位模板: saved in the workbook", () => {
  test("are offered when the tab opens; 删除本单位模板 asks first, and 取消 keeps them", async () => {
    const gateway = fakeGateway({ selectedProject: jest.fn(async () => ok(publicityTarget())) }, EXAMPLE);
    const { user } = await openTemplates(gateway);
    expect(gallery().getByRole("option", { name: /^政策宣传（本单位/ })).toBeInTheDocument();
    expect(picker()).toHaveValue("publicity");
    expect(screen.getByText("建议类型：政策宣传（项目名称含「宣讲」）")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "删除本单位模板" }));
    let dialog = within(await findModalDialog("删除本单位模板？"));
    expect(dialog.getByText(/将从本工作簿中删除全部 1 个本单位模板/)).toBeInTheDocument();
    await user.click(dialog.getByRole("button", { name: "取消" }));
    expect(gateway.removeUnitTemplates).not.toHaveBeenCalled();
    await waitForDialogClosed();
    expect(gallery().getByRole("option", { name: /^政策宣传/ })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "删除本单位模板" }));
    dialog = within(await findModalDialog("删除本单位模板？"));
    await user.click(dialog.getByRole("button", { name: "删除" }));
    await waitForDialogClosed();
    expect(await screen.findByText("已从本工作簿中删除本单位模板，现只提供内置模板。")).toBeInTheDocument();
    expect(gateway.removeUnitTemplates).toHaveBeenCalledTimes(1);
    expect(gateway.unitText()).toBeNull();
    expect(gallery().queryByRole("option", { name: /^政策宣传/ })).toBeNull();
    expect(gallery().getAllByRole("option")).toHaveLength(builtinTemplates().length);
    expect(screen.getByRole("button", { name: "删除本单位模板" })).toBeDisabled();
    // The form starts again from the built-ins.
    await waitFor(() =>
      expect(builtinTemplates().map((t) => t.id)).toContain((picker() as HTMLSelectElement).value),
    );
  });

  test("a saved text that no longer loads: a warning with the reasons, and the built-ins still work", async () => {
    const gateway = fakeGateway({}, EXAMPLE.replace('"op": "定性"', '"op": "大约"'));
    await openTemplates(gateway);
    expect(
      screen.getByText(
        "本工作簿保存的本单位模板无法使用，现只提供内置模板。请重新导入模板文件，或删除本单位模板。",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^本工作簿保存的本单位模板：第 1 个模板「政策宣传」：第 8 条指标「政策宣传长效机制」：「op」应为/,
      ),
    ).toBeInTheDocument();
    expect(gallery().getAllByRole("option")).toHaveLength(builtinTemplates().length);
    expect(screen.getByText("本工作簿还没有本单位模板。")).toBeInTheDocument();
  });

  test("template text is shown as text, never as markup", async () => {
    const gateway = fakeGateway({}, EXAMPLE.replace('"name": "政策宣传"', '"name": "<b>宣传</b>"'));
    await openTemplates(gateway);
    const list = within(screen.getByRole("list", { name: "本工作簿中的本单位模板（1 个）" }));
    expect(list.getByRole("listitem").textContent).toBe("<b>宣传</b>");
    expect(document.querySelector("b")).toBeNull();
  });
});

describe("本单位模板 in a worksheet", () => {
  const meeting = BUILTIN_TEMPLATE_DEFS.find((d) => d.id === "meeting")!;
  /** The 会议 template as a sheet, renamed 本单位会议, with one cell changed. */
  function sheetWith(change?: (rows: string[][]) => void) {
    const rows = templateSheetRows([meeting]).rows.map((r) => [...r]);
    rows[2][1] = "本单位会议";
    change?.(rows);
    return sheetFromValues("本单位模板", rows);
  }

  test("从当前工作表导入: a bad cell is shown against the cell and nothing is saved", async () => {
    const unitRow = (rows: string[][]) => rows.findIndex((r) => r[2] === "参会率");
    const gateway = fakeGateway({
      activeCell: jest.fn(async () => ok({ sheet: "本单位模板", cell: "A1" })),
      readSheet: jest.fn(async () =>
        ok(
          sheetWith((rows) => {
            rows[unitRow(rows)][5] = "";
          }),
        ),
      ),
      addTemplateSheet: jest.fn(async () => ok({ sheet: "本单位模板", summary: "已添加" })),
    });
    const { user } = await openTemplates(gateway);
    await user.click(screen.getByRole("button", { name: "从当前工作表导入" }));
    const row = unitRow(templateSheetRows([meeting]).rows.map((r) => [...r]));
    const list = within(
      await screen.findByRole("list", {
        name: "工作表「本单位模板」有以下问题，未导入（本工作簿中的模板没有改动）：",
      }),
    );
    expect(list.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      `模板工作表「本单位模板」F${row + 1}：计量单位不能为空（定量指标需要计量单位，如 人、次、%、万元）。`,
    ]);
    expect(gateway.readSheet).toHaveBeenCalledWith("本单位模板");
    expect(gateway.saveUnitTemplates).not.toHaveBeenCalled();
  });

  test("从当前工作表导入: a good sheet is saved as template data and offered in the dropdown", async () => {
    const gateway = fakeGateway({
      activeCell: jest.fn(async () => ok({ sheet: "本单位模板", cell: "A1" })),
      readSheet: jest.fn(async () => ok(sheetWith())),
    });
    const { user } = await openTemplates(gateway);
    await user.click(screen.getByRole("button", { name: "从当前工作表导入" }));
    expect(
      await screen.findByText(/^已从工作表「本单位模板」导入 1 个本单位模板，并保存在本工作簿中/),
    ).toBeInTheDocument();
    const saved = loadTemplatesText(gateway.unitText()!);
    expect(saved.ok && saved.templates.map((t) => t.name)).toEqual(["本单位会议"]);
    expect(gallery().getByRole("option", { name: /^本单位会议（本单位/ })).toBeInTheDocument();
  });

  test("生成模板工作表 writes the chosen type as a sheet", async () => {
    const gateway = fakeGateway({
      readSheet: jest.fn(),
      addTemplateSheet: jest.fn(async () =>
        ok({ sheet: "本单位模板 (2)", summary: "已添加工作表「本单位模板 (2)」，其中写好了模板。" }),
      ),
    });
    const { user } = await openTemplates(gateway);
    await user.selectOptions(picker(), "training");
    await user.click(screen.getByRole("button", { name: "生成模板工作表" }));
    expect(await screen.findByText("已添加工作表「本单位模板 (2)」，其中写好了模板。")).toBeInTheDocument();
    const training = BUILTIN_TEMPLATE_DEFS.find((d) => d.id === "training")!;
    expect(gateway.addTemplateSheet).toHaveBeenCalledWith(templateSheetRows([training]));
  });

  test("the import hint speaks of the worksheet first, and of JSON as the other way", async () => {
    await openTemplates(fakeGateway({ readSheet: jest.fn(), addTemplateSheet: jest.fn() }));
    const hint = screen.getByText(/^本单位模板最方便的写法是在工作表中写/).textContent!;
    expect(hint.indexOf("从当前工作表导入")).toBeGreaterThan(0);
    expect(hint.indexOf("从当前工作表导入")).toBeLessThan(hint.indexOf(".json"));
  });

  test("hosts that cannot read a sheet offer the JSON file only", async () => {
    await openTemplates(fakeGateway());
    expect(screen.queryByRole("button", { name: "从当前工作表导入" })).toBeNull();
    expect(screen.queryByRole("button", { name: "生成模板工作表" })).toBeNull();
    // Without the worksheet way the hint does not offer it.
    expect(screen.getByText(/^本单位模板文件为 JSON 格式/)).toBeInTheDocument();
    expect(screen.queryByText(/最方便的写法是在工作表中写/)).toBeNull();
  });
});
