import Decimal from "decimal.js";
import {
  createLibrary,
  prefillParams,
  recognizeType,
  showParam,
  type Template,
} from "../../../src/core/templates";

const library = createLibrary();
const tpl = (id: string): Template => library.find(id)!;
const shown = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, showParam(v as Decimal | string)]));

describe("recognizeType", () => {
  it.each([
    ["县委全会会议费", "meeting", "项目名称含「会议」"],
    ["人大代表大会经费", "meeting", "项目名称含「代表大会」"],
    ["干部轮训经费", "training", "项目名称含「轮训」"],
    ["会议室设备购置", "equipment", "项目名称含「购置」"],
    ["信息系统运维费", "it-ops", "项目名称含「运维」"],
    ["公益性岗位人员工资", "staffing", "项目名称含「公益性岗位」"],
    ["年度财务审计费", "outsourcing", "项目名称含「审计」"],
    ["县志编纂经费", "publishing", "项目名称含「编纂」"],
  ])("%s → %s (%s)", (name, id, reason) => {
    const [best] = recognizeType({ name }, library);
    expect(best.template.id).toBe(id);
    expect(best.where).toBe("name");
    expect(best.reason).toBe(reason);
  });

  it("uses the goal when the name says nothing, counting mentions", () => {
    const types = recognizeType(
      { name: "委员活动经费", goal: "组织委员开展视察活动，联合视察两次，外出考察学习一次。" },
      library,
    );
    expect(types[0].template.id).toBe("inspection");
    expect(types[0].reason).toBe("绩效目标含「视察」（2 处）");
  });

  it("puts a keyword in the name before one in the goal, and the fallback last", () => {
    const types = recognizeType({ name: "培训费", goal: "召开培训工作会议" }, library);
    expect(types.map((t) => t.template.id)).toEqual(["training", "meeting", "generic"]);
    expect(types[2].reason).toBe("通用模板");
  });

  it("ignores spaces the PDF left inside a name (政协委员 培训工作经 费)", () => {
    expect(recognizeType({ name: "政协委员 培训工作经 费" }, library)[0].template.id).toBe("training");
  });
});

describe("prefillParams", () => {
  it("reads 期数, 每期人数 and 天数 from the seed's training goal (project 5)", () => {
    const goal =
      "1、为提高县政协委员和政协机关干部的综合素质，拟在省外举办两期委员培训班，每期20人，培训7天。";
    const r = prefillParams(tpl("training"), {
      name: "政协委员培训工作经费",
      goal,
      amount: new Decimal("17.00"),
    });
    expect(shown(r.params)).toMatchObject({ periods: "2", perPeriod: "20", days: "7", class: "三类" });
    expect(r.sources).toMatchObject({
      periods: "绩效目标「两期」",
      perPeriod: "绩效目标「每期20人」",
      days: "绩效目标「7天」",
      class: "默认值",
    });
    // The default 学时 is what the amount leaves after 2 × 20 × 7 × 550 元 = 15.4 万元: 1.6 万元 ÷ 500 元.
    expect(shown(r.params).hours).toBe("32");
  });

  it("reads 会议次数 from “召开政协常委会议4次” and not from the weekly “每季度开展一次”", () => {
    const goal =
      "1、年内共召开政协常委会议4次，会议审议通过政协常委会年度工作计划；2、每季度开展一次常委会。";
    const r = prefillParams(tpl("meeting"), {
      name: "政协常委会工作经费",
      goal,
      amount: new Decimal("3.40"),
    });
    expect(shown(r.params)).toMatchObject({ meetings: "4", class: "三类", days: "1" });
    // people defaults to what the amount allows: 34000 元 ÷ (4 × 1 × 550) = 15.
    expect(shown(r.params).people).toBe("15");
  });

  it("takes a plenary session (十七届四次会议) as a 一类 meeting, but never its ordinal as a count", () => {
    const r = prefillParams(tpl("meeting"), {
      name: "政协十七届四次会议工作经费",
      goal: "成功举办第十七届委员会第三次会议。",
      amount: new Decimal("10.85"),
    });
    expect(shown(r.params)).toMatchObject({ meetings: "1", class: "一类", days: "3" });
    // The keyword that matched (keywords, not patterns: the 届's number is not part of it).
    expect(r.sources.class).toBe("项目名称含「届四次会议」");
  });

  it("takes a unit of measure stated with a number (购置3台) for a choice, not the word alone (平台)", () => {
    const withCount = prefillParams(tpl("equipment"), {
      name: "办公设备购置",
      goal: "购置扫描仪3套，用于档案数字化。",
      amount: new Decimal("3"),
    });
    expect(withCount.params.unitName).toBe("套");
    expect(withCount.sources.unitName).toBe("绩效目标含「3套」");
    const wordOnly = prefillParams(tpl("equipment"), {
      name: "平台设备购置",
      goal: "购置配套设备，保障平台运行。",
      amount: new Decimal("3"),
    });
    expect(wordOnly.sources.unitName).toBe("默认值");
  });

  it("reads a class written in the text (三类会议) and a head count", () => {
    const r = prefillParams(tpl("meeting"), {
      name: "业务工作会议",
      goal: "召开三类会议1次，参会80人，会期2天。",
      amount: new Decimal("10"),
    });
    expect(shown(r.params)).toMatchObject({ meetings: "1", people: "80", days: "2", class: "三类" });
  });

  it("reads 接待批次 from “接待各级政协人员30次以上” (seed project 8)", () => {
    const r = prefillParams(tpl("reception"), {
      name: "公务接待费",
      goal: "1、接待各级政协人员30次以上。",
      amount: new Decimal("4.25"),
    });
    expect(shown(r.params)).toMatchObject({ batches: "30", visitors: "150", meal: "200" });
  });

  it("reads the equipment's unit and count", () => {
    const r = prefillParams(tpl("equipment"), {
      name: "办公设备购置",
      goal: "购置办公电脑5套。",
      amount: new Decimal("3"),
    });
    expect(shown(r.params)).toMatchObject({ quantity: "5", unitName: "套", unitPrice: "6000" });
  });

  it("skips a stated number outside the parameter's range and uses the default", () => {
    const r = prefillParams(tpl("training"), {
      name: "培训费",
      goal: "举办培训班1期，每期20人，培训45天。",
      amount: new Decimal("50"),
    });
    expect(shown(r.params).days).toBe("3");
    expect(r.sources.days).toBe("默认值");
  });

  it("computes defaults with an amount of 0 when the project has none, and returns amount null", () => {
    const r = prefillParams(tpl("retiree"), { name: "退休人员经费", goal: "", amount: null });
    expect(r.amount).toBeNull();
    // floor(0 / 10) = 0 is below the minimum of 1 元: kept within range.
    expect(shown(r.params)).toMatchObject({ people: "10", perPerson: "1" });
  });
});
