/** Rendering: the wide text cell in the seed's line style, long rows, the 2021 order, the goal sentence. */
import Decimal from "decimal.js";
import {
  createLibrary,
  goalSentence,
  longLayout,
  renderRows,
  renderSet,
  renderWideText,
  resolveParams,
  wideLayout,
  type IndicatorSet,
  type Template,
} from "../../../src/core/templates";
import { chineseOrdinal } from "../../../src/core/templates/format";
import { parseIndicatorText } from "../../../src/core/parse";

const library = createLibrary();
const tpl = (id: string): Template => library.find(id)!;

function render(
  id: string,
  given: Record<string, string | number>,
  amount: string,
  profile: "2015" | "2021",
): IndicatorSet {
  const t = tpl(id);
  const p = resolveParams(t, given, new Decimal(amount));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const r = renderSet(t, p.params, new Decimal(amount), { profile });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.set;
}

describe("renderWideText", () => {
  it("writes the tree in the seed's style (profile 2015)", () => {
    expect(renderWideText(render("generic", { tasks: 3 }, "5", "2015"))).toBe(
      [
        "一、产出指标",
        "（一）数量指标：",
        "1. 完成重点工作任务数 ≥3项",
        "（二）质量指标：",
        "1. 工作任务完成率 ≥95%",
        "（三）时效指标：",
        "1. 工作任务按时完成率 ≥95%",
        "（四）成本指标：",
        "1. 项目经费总额 ≤5万元",
        "二、效益指标",
        "（一）社会效益指标：",
        "1. 履职服务保障水平 提升",
        "（二）可持续影响指标：",
        "1. 项目管理制度健全性 健全",
        "三、满意度指标",
        "（一）服务对象满意度指标：",
        "1. 服务对象满意度 ≥90%",
      ].join("\n"),
    );
  });

  it("puts 成本指标 first as a 一级 with 经济成本指标 in profile 2021", () => {
    const lines = renderWideText(render("generic", { tasks: 3 }, "5", "2021")).split("\n");
    expect(lines.slice(0, 3)).toEqual(["一、成本指标", "（一）经济成本指标：", "1. 项目经费总额 ≤5万元"]);
    expect(lines[3]).toBe("二、产出指标");
    expect(lines.filter((l) => /^[一二三四]、/.test(l))).toEqual([
      "一、成本指标",
      "二、产出指标",
      "三、效益指标",
      "四、满意度指标",
    ]);
  });

  it("numbers 一级 headings from a given start (appending to an existing cell)", () => {
    const set = render("generic", { tasks: 1 }, "5", "2015");
    const satisfaction = { ...set, groups: set.groups.filter((g) => g.level1Key === "satisfaction") };
    expect(renderWideText(satisfaction, { level1Start: 3 })).toBe(
      "三、满意度指标\n（一）服务对象满意度指标：\n1. 服务对象满意度 ≥90%",
    );
  });

  it("is read back by the project's own parser exactly as rendered", () => {
    const set = render("meeting", { meetings: 2, people: 60, days: 2 }, "20", "2015");
    const parsed = parseIndicatorText(renderWideText(set), { sheet: "S", row: 0, col: 0 });
    expect(parsed.issues).toEqual([]);
    expect(parsed.indicators.map((i) => [i.level2, i.name, i.operator, i.value, i.unit])).toEqual(
      renderRows(set).map((r) => [
        r.level2,
        r.level3.replace(/（/g, "(").replace(/）/g, ")"),
        r.operator === "定性" ? null : { "≥": ">=", "≤": "<=", "=": "=" }[r.operator],
        r.value,
        r.unit === "" ? null : r.unit,
      ]),
    );
  });

  it("writes Chinese ordinals", () => {
    expect([1, 4, 10, 11, 20, 23].map(chineseOrdinal)).toEqual(["一", "四", "十", "十一", "二十", "二十三"]);
  });
});

describe("renderRows", () => {
  it("gives one row per indicator with its 一级/二级, 定性 rows without a unit", () => {
    const rows = renderRows(render("retiree", { people: 7, perPerson: 300 }, "0.21", "2015"));
    expect(rows).toEqual([
      {
        level1: "产出指标",
        level2: "数量指标",
        level3: "服务慰问离退休人员人数",
        operator: "=",
        value: "7",
        unit: "人",
      },
      {
        level1: "产出指标",
        level2: "质量指标",
        level3: "慰问金发放准确率",
        operator: "=",
        value: "100",
        unit: "%",
      },
      {
        level1: "产出指标",
        level2: "时效指标",
        level3: "慰问金按时发放率",
        operator: "=",
        value: "100",
        unit: "%",
      },
      {
        level1: "产出指标",
        level2: "成本指标",
        level3: "人均慰问标准",
        operator: "≤",
        value: "300",
        unit: "元/人",
      },
      {
        level1: "产出指标",
        level2: "成本指标",
        level3: "离退休服务经费总额",
        operator: "≤",
        value: "0.21",
        unit: "万元",
      },
      {
        level1: "效益指标",
        level2: "社会效益指标",
        level3: "老干部政策落实率",
        operator: "=",
        value: "100",
        unit: "%",
      },
      {
        level1: "效益指标",
        level2: "可持续影响指标",
        level3: "离退休人员服务机制健全性",
        operator: "定性",
        value: "健全",
        unit: "",
      },
      {
        level1: "满意度指标",
        level2: "服务对象满意度指标",
        level3: "离退休人员满意度",
        operator: "≥",
        value: "95",
        unit: "%",
      },
    ]);
  });

  it("rounds a cap down and a floor up, never loosening the target", () => {
    // 10 万元 / 3 people = 3.3333… 万元 per person: capped at 3.33, never 3.34.
    const rows = renderRows(render("staffing", { staff: 3 }, "10", "2015"));
    expect(rows.find((r) => r.level3 === "人均年经费")).toMatchObject({
      operator: "≤",
      value: "3.33",
      unit: "万元/人·年",
    });
  });

  it("fills units from parameters (设备单价 元/套)", () => {
    const rows = renderRows(
      render("equipment", { quantity: 4, unitName: "套", unitPrice: 5000 }, "2", "2015"),
    );
    expect(
      rows
        .filter((r) => r.level2 === "数量指标" || r.level3 === "设备单价")
        .map((r) => `${r.level3} ${r.operator}${r.value}${r.unit}`),
    ).toEqual(["设备购置数量 =4套", "设备单价 ≤5000元/套"]);
  });
});

describe("goalSentence", () => {
  it("builds the goal from the parameters, leaving out parts whose condition is false", () => {
    const t = tpl("training");
    const p = resolveParams(t, { periods: 2, perPeriod: 20, days: 7, hours: 0 }, new Decimal(17));
    if (!p.ok) throw new Error();
    expect(goalSentence(t, p.params, new Decimal(17))).toBe(
      "举办三类培训班2期，每期20人，每期培训7天，共培训40人次，培训费按综合定额（550元/人·天）控制，培训费总额控制在17万元以内，提升参训人员的履职能力和业务水平。",
    );
  });

  it("joins the IT parts only when both are there", () => {
    const t = tpl("it-ops");
    const goal = (lines: number, systems: number) => {
      const p = resolveParams(t, { lines, systems }, new Decimal(3));
      if (!p.ok) throw new Error();
      return goalSentence(t, p.params, new Decimal(3)).split("安全稳定")[0];
    };
    expect([goal(1, 0), goal(0, 2), goal(1, 2)]).toEqual([
      "保障1条专线",
      "保障2个业务系统",
      "保障1条专线和2个业务系统",
    ]);
  });
});

describe("layouts", () => {
  const set = render("generic", { tasks: 2 }, "5", "2015");
  const project = { name: "专项工作经费", amount: new Decimal("5.5"), goal: "全年完成2项重点工作任务。" };

  it("wide: title, header, one project row with the tree in one cell", () => {
    const l = wideLayout(set, project);
    expect(l.rows[1]).toEqual(["项目名称", "金额（万元）", "绩效目标", "绩效指标"]);
    expect(l.rows[2]).toEqual(["专项工作经费", 5.5, "全年完成2项重点工作任务。", renderWideText(set)]);
  });

  it("long: one row per indicator, numbers as numbers, project and 一级/二级 cells merged down", () => {
    const l = longLayout(set, project);
    expect(l.rows).toHaveLength(2 + 7);
    expect(l.rows[2]).toEqual([
      "专项工作经费",
      5.5,
      "全年完成2项重点工作任务。",
      "产出指标",
      "数量指标",
      "完成重点工作任务数",
      "≥",
      2,
      "项",
    ]);
    expect(l.rows[3].slice(0, 5)).toEqual([null, null, null, null, "质量指标"]);
    expect(l.rows[7]).toEqual([
      null,
      null,
      null,
      null,
      "可持续影响指标",
      "项目管理制度健全性",
      "定性",
      "健全",
      null,
    ]);
    expect(l.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 0, bottom: 8, right: 0 },
        { top: 2, left: 2, bottom: 8, right: 2 },
        { top: 2, left: 3, bottom: 5, right: 3 }, // 产出指标 over 数量/质量/时效/成本
        { top: 6, left: 3, bottom: 7, right: 3 }, // 效益指标 over 社会效益/可持续影响
      ]),
    );
    // single rows are not merged
    expect(l.merges.some((m) => m.left === 4)).toBe(false);
  });
});
