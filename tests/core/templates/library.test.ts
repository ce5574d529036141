/** The library: finding templates, a unit's own templates, and standards from the settings. */
import Decimal from "decimal.js";
import { DEFAULT_SETTINGS, DEFAULT_STANDARDS, type Settings } from "../../../src/core/settings";
import {
  createLibrary,
  loadTemplates,
  loadTemplatesText,
  recognizeType,
  resolveParams,
  validateParams,
  type TemplateDef,
} from "../../../src/core/templates";
import { checkSet, describeFindings, renderAndCheck, renderOrThrow } from "./_support/check-set";

/** A unit's own template, written the way an accountant would (Chinese names in formulas). */
const PUBLICITY: TemplateDef = {
  id: "publicity",
  name: "宣传",
  aliases: ["宣传经费"],
  keywords: ["宣传", "宣讲"],
  params: [
    {
      id: "issues",
      label: "宣传期数",
      unit: "期",
      integer: true,
      min: 1,
      max: 52,
      default: 12,
      prefill: [{ goal: ["期"], per: null }],
    },
    { id: "copies", label: "每期印数", unit: "份", integer: true, min: 1, max: 100000, default: 500 },
    {
      id: "unitCost",
      label: "每份印制成本",
      unit: "元/份",
      min: 0.1,
      default: "floor(金额 * 10000 / (宣传期数 * 每期印数), 2)",
    },
  ],
  goal: "全年编印宣传资料{宣传期数}期，每期{每期印数}份，宣传经费总额控制在{金额}万元以内，提高政策知晓率。",
  indicators: [
    { category: "数量", name: "编印宣传资料期数", op: "≥", value: "宣传期数", unit: "期" },
    { category: "数量", name: "每期印数", op: "≥", value: "每期印数", unit: "份" },
    { category: "质量", name: "宣传内容审核通过率", op: "=", value: 100, unit: "%" },
    { category: "时效", name: "宣传资料按期编发率", op: "=", value: 100, unit: "%" },
    { category: "成本", name: "每份印制成本", op: "≤", value: "每份印制成本", unit: "元/份" },
    { category: "成本", name: "宣传经费总额", op: "≤", value: "金额", unit: "万元" },
    { category: "社会效益", name: "政策知晓率", op: "≥", value: 90, unit: "%" },
    { category: "满意度", name: "群众满意度", op: "≥", value: 90, unit: "%" },
  ],
  constraints: [
    {
      check: "宣传期数 * 每期印数 * 每份印制成本 <= 金额 * 10000",
      param: "每份印制成本",
      message: "印制费 {round(宣传期数 * 每期印数 * 每份印制成本 / 10000, 2)}万元超过项目金额 {金额}万元。",
    },
  ],
};

describe("createLibrary", () => {
  const lib = createLibrary();

  it.each([
    ["meeting", "会议"],
    ["会议", "会议"],
    ["会议费", "会议"],
    ["MEETING", "会议"],
    ["it-ops", "信息化运维/专线"],
    ["专线", "信息化运维/专线"],
    ["代理记账", "委托第三方/代理记账"],
    ["通用", "专项业务经费"],
  ])("finds %s → %s", (name, expected) => {
    expect(lib.find(name)?.name).toBe(expected);
  });

  it("finds nothing for an unknown name", () => {
    expect(lib.find("宣传")).toBeUndefined();
  });
});

describe("a unit's own templates", () => {
  it("load from JSON, join the library, are recognised and render a set the checker passes", () => {
    const loaded = loadTemplates(JSON.parse(JSON.stringify({ templates: [PUBLICITY] })));
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const lib = createLibrary(loaded.templates);
    expect(lib.templates).toHaveLength(12);
    const t = lib.find("宣传经费")!;
    expect(t.source).toBe("unit");
    expect(recognizeType({ name: "政策宣讲经费" }, lib)[0]).toMatchObject({
      template: t,
      reason: "项目名称含「宣讲」",
    });

    const amount = new Decimal("3.6");
    const p = resolveParams(t, { 宣传期数: 12, 每期印数: 300 }, amount);
    if (!p.ok) throw new Error();
    expect(p.params.unitCost.toString()).toBe("10");
    expect(validateParams(t, p.params, amount)).toEqual({ ok: true });
    for (const layout of ["wide", "long"] as const) {
      expect(describeFindings(renderAndCheck(t, p.params, amount, "2015", layout).serious)).toBe("");
    }
  });

  it("replace a built-in of the same id", () => {
    const own = { ...PUBLICITY, id: "meeting", name: "本单位会议", keywords: ["会议"] };
    const loaded = loadTemplates([own]);
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const lib = createLibrary(loaded.templates);
    expect(lib.templates).toHaveLength(11);
    expect(lib.find("meeting")?.name).toBe("本单位会议");
    expect(lib.templates[0].name).toBe("本单位会议");
  });

  it("are refused whole, with every problem, when any is wrong", () => {
    const r = loadTemplates([PUBLICITY, { ...PUBLICITY, indicators: [] }, PUBLICITY]);
    expect(r).toEqual({
      ok: false,
      errors: [
        "第 2 个模板「宣传」：「indicators」应为指标列表，收到 []",
        "第 3 个模板「宣传」：「publicity」与第 1 个模板重复。",
        "第 3 个模板「宣传」：「宣传」与第 1 个模板重复。",
      ],
    });
  });

  it("load from text saved in a workbook: a byte-order mark is fine, broken JSON says where", () => {
    expect(loadTemplatesText(`\ufeff${JSON.stringify([PUBLICITY])}`, "本工作簿保存的模板")).toMatchObject({
      ok: true,
      templates: [{ id: "publicity" }],
    });
    expect(loadTemplatesText('[{"id": "x",\n  }]', "本工作簿保存的模板")).toEqual({
      ok: false,
      errors: ["本工作簿保存的模板 不是有效的 JSON（第 2 行第 3 列附近）。"],
    });
    // When the JSON parser does not say where, the message says only what.
    expect(loadTemplatesText("[1,]", "本工作簿保存的模板")).toEqual({
      ok: false,
      errors: ["本工作簿保存的模板 不是有效的 JSON。"],
    });
    expect(loadTemplatesText("{}", "本工作簿保存的模板")).toEqual({
      ok: false,
      errors: ['本工作簿保存的模板：模板文件应为模板列表 [ … ]，或 {"templates": [ … ]}。'],
    });
  });

  it("need a list", () => {
    expect(loadTemplates({ name: "宣传" })).toEqual({
      ok: false,
      errors: ['模板文件应为模板列表 [ … ]，或 {"templates": [ … ]}。'],
    });
  });
});

describe("spending standards come from the settings' table", () => {
  const lib = createLibrary();
  // 青海: 差旅伙食补助 120 元/人·天; a province whose 三类 meeting quota is 500.
  const qinghai: Settings = {
    ...DEFAULT_SETTINGS,
    standards: {
      ...DEFAULT_STANDARDS,
      travelMeal: 120,
      meeting: { ...DEFAULT_STANDARDS.meeting, 三类: { lodging: 300, meals: 120, other: 80, total: 500 } },
    },
  };

  it("a set rendered with the province's table uses its quotas and passes a check with the same table", () => {
    const t = lib.find("inspection")!;
    const p = resolveParams(t, {}, new Decimal(5), qinghai.standards);
    if (!p.ok) throw new Error();
    const { set, serious } = renderAndCheck(t, p.params, new Decimal(5), "2015", "wide", qinghai);
    expect(set.groups.flatMap((g) => g.indicators).find((i) => i.name === "差旅伙食补助标准")?.value).toBe(
      "120",
    );
    expect(serious).toEqual([]);
  });

  it("a set rendered with the central table is flagged by a stricter province's (the standard really flows)", () => {
    const t = lib.find("meeting")!;
    const p = resolveParams(t, { class: "三类", people: 20 }, new Decimal(5));
    if (!p.ok) throw new Error();
    const set = renderOrThrow(t, p.params, new Decimal(5), "2015");
    const res = checkSet(
      set,
      { name: "会议费", goal: "召开会议。全年召开三类会议1次，参会20人。", amount: new Decimal(5) },
      "wide",
      qinghai,
    );
    expect(res.findings.map((f) => f.ruleId)).toContain("standard-exceeded");
  });
});
