/**
 * 本单位模板 in a worksheet: every built-in written as a sheet (生成模板工作表) reads back into a template
 * that renders the same indicators and goal; a unit's own sheet becomes the same data as its JSON file;
 * every mistake is reported against its cell.
 */
import Decimal from "decimal.js";
import {
  BUILTIN_TEMPLATE_DEFS,
  compileTemplate,
  goalSentence,
  loadTemplatesText,
  relabelFormula,
  renderSet,
  resolveParams,
  sheetProblemText,
  templatesFromSheet,
  templateSheetRows,
  type Template,
  type TemplateDef,
} from "../../../src/core/templates";
import { sheetFromValues, type CellValue } from "../../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { templatesDocExample } from "../../docs/templates-doc-example";

const standards = DEFAULT_SETTINGS.standards;
const sheetOf = (rows: CellValue[][]) => sheetFromValues("本单位模板", rows);

function compiled(def: TemplateDef): Template {
  const r = compileTemplate(def, "unit");
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.template;
}

function rendered(t: Template, amount: string, profile: "2015" | "2021") {
  const p = resolveParams(t, {}, new Decimal(amount));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const r = renderSet(t, p.params, new Decimal(amount), { profile, standards });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { groups: r.set.groups, goal: goalSentence(t, p.params, new Decimal(amount), standards) };
}

/** A small valid template, as a unit would write it. */
const PUBLICITY: CellValue[][] = [
  ["本单位模板（这一行不读）"],
  [],
  ["模板名称", "政策宣传"],
  ["识别关键词", "宣传、宣讲"],
  ["绩效目标", "全年编印宣传资料{宣传期数}期，经费控制在{金额}万元以内。"],
  ["参数名称", "单位", "默认值", "最小值", "最大值", "只取整数"],
  ["宣传期数", "期", 12, 1, 52, "是"],
  ["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"],
  ["产出指标", "数量指标", "编印宣传资料期数", "≥", "{宣传期数}", "期"],
  [null, "质量指标", "宣传内容审核通过率", "=", 100, "%"],
  [null, "时效指标", "宣传资料按期编发率", null, "=100", "%"],
  [null, "成本指标", "宣传经费总额", "≤", "金额", "万元"],
  ["效益指标", "社会效益指标", "政策知晓率", "≥", 85, "%"],
  [null, "可持续影响指标", "政策宣传长效机制", "定性", "健全", null],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
];

describe("生成模板工作表 → 从当前工作表导入: every built-in round-trips", () => {
  test.each(BUILTIN_TEMPLATE_DEFS.map((d) => [d.name, d] as const))("%s", (_name, def) => {
    const layout = templateSheetRows([def]);
    const back = templatesFromSheet(sheetOf(layout.rows));
    if (!back.ok) throw new Error(back.problems.map((p) => sheetProblemText("本单位模板", p)).join("\n"));
    expect(back.templates).toHaveLength(1);
    const [got] = back.templates;
    expect(got.name).toBe(def.name);
    const original = compiled(def);
    const again = compiled(got);
    for (const profile of ["2015", "2021"] as const) {
      for (const amount of ["3", "20", "120"]) {
        let want: ReturnType<typeof rendered> | null = null;
        try {
          want = rendered(original, amount, profile);
        } catch {
          want = null; // an amount the built-in's defaults do not fit: nothing to compare
        }
        if (want) expect(rendered(again, amount, profile)).toEqual(want);
      }
    }
  });

  test("several templates in one sheet, a blank row between them", () => {
    const layout = templateSheetRows(BUILTIN_TEMPLATE_DEFS.slice(0, 3));
    const back = templatesFromSheet(sheetOf(layout.rows));
    expect(back.ok && back.templates.map((t) => t.name)).toEqual(
      BUILTIN_TEMPLATE_DEFS.slice(0, 3).map((d) => d.name),
    );
    expect(layout.rows[0][0]).toMatch(/^本单位模板：/);
  });
});

describe("a unit's own sheet", () => {
  test("becomes template data that loads like a JSON file", () => {
    const r = templatesFromSheet(sheetOf(PUBLICITY));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const [t] = r.templates;
    expect(t).toMatchObject({
      name: "政策宣传",
      keywords: ["宣传", "宣讲"],
      params: [{ id: "p1", label: "宣传期数", unit: "期", default: 12, min: 1, max: 52, integer: true }],
    });
    // 一级/二级 left empty are those of the row above; ≥ may lead the value.
    expect(t.indicators[1]).toEqual({
      category: "质量指标",
      name: "宣传内容审核通过率",
      op: "=",
      value: 100,
      unit: "%",
    });
    expect(t.indicators[2]).toMatchObject({ category: "时效指标", op: "=", value: 100 });
    expect(t.indicators[0]).toMatchObject({ value: "宣传期数" });
    const loaded = loadTemplatesText(JSON.stringify({ templates: r.templates }));
    expect(loaded.ok).toBe(true);
    const set = rendered(compiled(t), "3.6", "2015");
    expect(set.groups[0].indicators[0]).toEqual({
      name: "编印宣传资料期数",
      operator: "≥",
      value: "12",
      unit: "期",
    });
    expect(set.goal).toBe("全年编印宣传资料12期，经费控制在3.6万元以内。");
  });

  test("the docs' JSON example written as a sheet renders the same as the JSON", () => {
    const json = loadTemplatesText(templatesDocExample());
    if (!json.ok) throw new Error(json.errors.join("\n"));
    const def = json.templates[0].def;
    const back = templatesFromSheet(sheetOf(templateSheetRows([def]).rows));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(rendered(compiled(back.templates[0]), "3.6", "2015")).toEqual(
      rendered(json.templates[0], "3.6", "2015"),
    );
  });
});

/** PUBLICITY with one cell changed (0-based row, column). */
function withCell(row: number, col: number, value: CellValue): CellValue[][] {
  const rows = PUBLICITY.map((r) => [...r]);
  while (rows[row].length <= col) rows[row].push(null);
  rows[row][col] = value;
  return rows;
}

describe("problems are shown against their cells", () => {
  test.each([
    ["an empty unit", withCell(8, 5, null), "F9", /^计量单位不能为空/],
    ["a unit on a 定性 indicator", withCell(13, 5, "项"), "F14", /^定性指标不填计量单位/],
    ["an unknown operator", withCell(8, 3, "约"), "D9", /^计算符号应为 ≥、>、=、<、≤ 或 定性，现为「约」/],
    ["an empty 三级指标", withCell(9, 2, null), "C10", /^三级指标不能为空/],
    ["an unknown 二级指标", withCell(12, 1, "效果指标"), "B13", /^二级指标「效果指标」不是指标体系中的名称/],
    [
      "a 二级 under the wrong 一级",
      withCell(14, 0, "产出指标"),
      "A15",
      /^二级指标「服务对象满意度指标」不在一级指标「产出指标」之下/,
    ],
    [
      "a value naming no parameter",
      withCell(8, 4, "{宣传次数}"),
      "E9",
      /^公式「宣传次数」有误：.*（可用：宣传期数、金额）/,
    ],
    ["an empty value", withCell(9, 4, null), "E10", /^指标值不能为空/],
    ["a 最小值 that is not a number", withCell(6, 3, "一"), "D7", /^最小值应为数字，现为「一」/],
    ["a 只取整数 that is not 是/否", withCell(6, 5, "大概"), "F7", /^「只取整数」请填 是 或 否/],
    ["a goal with a broken formula", withCell(4, 1, "全年{宣传期数期"), "B5", /中的公式有误/],
    ["an empty template name", withCell(2, 1, null), "B3", /^模板名称不能为空/],
    ["a parameter named 金额", withCell(6, 0, "金额"), "A7", /^「金额」是项目金额的名称/],
  ])("%s", (_what, rows, cell, message) => {
    const r = templatesFromSheet(sheetOf(rows));
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toContainEqual({ cell, message: expect.stringMatching(message) });
  });

  test("a template without 满意度指标: the completeness problem against its name", () => {
    const r = templatesFromSheet(sheetOf(PUBLICITY.slice(0, 14)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      { cell: "B3", message: expect.stringMatching(/2015 版指标体系下没有满意度指标/) },
      { cell: "B3", message: expect.stringMatching(/2021 版指标体系下没有满意度指标/) },
    ]);
  });

  test("a schema message names a parameter by its Chinese name, in 「」, never by its internal id", () => {
    const rows = PUBLICITY.map((r) =>
      r[0] === "宣传期数" ? ["宣传期数", "期", "宣传期数+1", 1, 52, "是"] : r,
    );
    const r = templatesFromSheet(sheetOf(rows));
    expect(!r.ok && r.problems).toEqual([
      { cell: "B3", message: "模板「政策宣传」：参数「宣传期数」：默认值公式不能用到它自己" },
    ]);
  });

  test("别名 (other names for the template) round-trip; a template without them writes no such row", () => {
    const meeting = BUILTIN_TEMPLATE_DEFS.find((d) => d.id === "meeting")!;
    expect(meeting.aliases?.length).toBeGreaterThan(0);
    const layout = templateSheetRows([meeting]);
    expect(layout.rows).toContainEqual(["别名", meeting.aliases!.join("、")]);
    const back = templatesFromSheet(sheetOf(layout.rows));
    expect(back.ok && back.templates[0].aliases).toEqual(meeting.aliases);

    const rows = [...PUBLICITY.slice(0, 3), ["别名", "宣讲经费，宣传费"], ...PUBLICITY.slice(3)];
    const own = templatesFromSheet(sheetOf(rows));
    expect(own.ok && own.templates[0].aliases).toEqual(["宣讲经费", "宣传费"]);
    const plain = templatesFromSheet(sheetOf(PUBLICITY));
    expect(plain.ok && plain.templates[0].aliases).toBeUndefined();
    expect(templateSheetRows(plain.ok ? plain.templates : []).rows.some((r) => r[0] === "别名")).toBe(false);
  });

  test("a sheet without 模板名称 says how to start", () => {
    const r = templatesFromSheet(
      sheetOf([
        ["项目名称", "金额"],
        ["会议费", 3],
      ]),
    );
    expect(!r.ok && r.problems[0]).toEqual({
      cell: "A1",
      message: expect.stringMatching(/^没有找到「模板名称」行/),
    });
  });

  test("two templates with one name", () => {
    const r = templatesFromSheet(sheetOf([...PUBLICITY, [], ...PUBLICITY.slice(2)]));
    expect(!r.ok && r.problems).toContainEqual({ cell: "B17", message: "模板名称「政策宣传」与 B3 重复" });
  });

  test("the message names the sheet and the cell", () => {
    expect(
      sheetProblemText("本单位模板", { cell: "F9", message: "计量单位不能为空（定量指标需要计量单位）" }),
    ).toBe("模板工作表「本单位模板」F9：计量单位不能为空（定量指标需要计量单位）。");
  });
});

describe("relabelFormula", () => {
  const labels = new Map([
    ["people", "参会人数"],
    ["class", "会议类别"],
    ["amount", "金额"],
  ]);
  test.each([
    ["people * 2", "参会人数 * 2"],
    ['std("会议综合定额", class)', 'std("会议综合定额", 会议类别)'],
    ['if(class = "class", 1, 2)', 'if(会议类别 = "class", 1, 2)'],
    ["min(50, floor(amount * 10000))", "min(50, floor(金额 * 10000))"],
    ["peoples + people2", "peoples + people2"],
  ])("%s → %s", (from, to) => expect(relabelFormula(from, labels)).toBe(to));
});
