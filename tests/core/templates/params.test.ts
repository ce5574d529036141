/** Parameters: reading typed values, defaults, and validateParams naming the parameter that breaks a set. */
import Decimal from "decimal.js";
import { DEFAULT_STANDARDS } from "../../../src/core/settings";
import {
  createLibrary,
  resolveParams,
  showParam,
  validateParams,
  type ParamValues,
  type Template,
} from "../../../src/core/templates";
import { renderAndCheck } from "./_support/check-set";

const library = createLibrary();
const tpl = (id: string): Template => library.find(id)!;
const d = (n: number | string) => new Decimal(n);

function resolved(id: string, given: Record<string, string | number>, amount: string): ParamValues {
  const r = resolveParams(tpl(id), given, d(amount));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.params;
}

describe("resolveParams", () => {
  it("reads values by id or Chinese label, in full-width digits, Chinese numerals or with the unit", () => {
    const p = resolved("meeting", { 会议次数: "２", people: "六十", days: "2天", 会议类别: "3" }, "20");
    expect(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, showParam(v)]))).toEqual({
      meetings: "2",
      people: "60",
      days: "2",
      class: "三类",
    });
  });

  it("fills defaults in dependency order (people from the amount, class and days)", () => {
    // 一类 → 3 days; 5 万元 / (1 × 3 × 760 元) = 21 people.
    expect(showParam(resolved("meeting", { class: "一类" }, "5").people)).toBe("21");
  });

  it("keeps a computed default within the parameter's range", () => {
    // 0.01 万元 does not pay one person-day: the default is still the minimum of 1 person.
    expect(showParam(resolved("meeting", {}, "0.01").people)).toBe("1");
  });

  it.each([
    [
      { 人数: "60" },
      "模板「会议」没有参数「人数」。可用的参数：会议次数（meetings）、参会人数（people）、会期天数（days）、会议类别（class）。",
    ],
    [{ people: "很多" }, "参会人数（people）应为数字（单位：人），收到「很多」。"],
    [{ class: "五类" }, "会议类别（class）应为「一类」、「二类」、「三类」、「四类」之一，收到「五类」。"],
    [{ people: "60", 参会人数: "70" }, "参会人数（people）给了两次。"],
  ])("rejects %j", (given, message) => {
    const r = resolveParams(tpl("meeting"), given as Record<string, string>, d(10));
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ message })] });
  });
});

describe("validateParams", () => {
  const problems = (id: string, given: Record<string, string | number>, amount: string) => {
    const v = validateParams(tpl(id), resolved(id, given, amount), d(amount));
    return v.ok ? [] : v.problems;
  };

  it("accepts what fits", () => {
    expect(problems("meeting", { meetings: 1, people: 100, days: 2, class: "三类" }, "11")).toEqual([]);
  });

  it("names the parameter when per-person-day × people × days exceeds the amount, with the numbers", () => {
    expect(problems("meeting", { meetings: 1, people: 100, days: 2, class: "三类" }, "10.99")).toEqual([
      {
        param: "people",
        message:
          "按三类会议综合定额 550元/人·天计算：1次 × 100人 × 2天 × 550元 = 11万元，超过项目金额 10.99万元。请减少参会人数或会期天数，或核实会议类别和项目金额。",
      },
    ]);
  });

  it("applies the meeting rules of 财行〔2016〕214号: 2 days and the headcount cap outside 一类", () => {
    expect(problems("meeting", { days: 3, people: 10, class: "三类" }, "50")).toEqual([
      {
        param: "days",
        message:
          "二类、三类、四类会议会期不得超过 2 天（财行〔2016〕214号），现为 3 天。请缩短会期或核实会议类别。",
      },
    ]);
    expect(problems("meeting", { days: 1, people: 60, class: "四类" }, "50")).toEqual([
      { param: "people", message: "四类会议参会人员不得超过 50 人，现为 60 人。" },
    ]);
    expect(problems("meeting", { days: 3, people: 60, class: "一类" }, "50")).toEqual([]);
  });

  it("adds the lecture fee to the training cost", () => {
    // 1 × 30 × 3 × 550 = 49500 元, + 20 学时 × 500 = 10000 元: 5.95 万元.
    expect(problems("training", { periods: 1, perPeriod: 30, days: 3, hours: 20 }, "5.95")).toEqual([]);
    expect(problems("training", { periods: 1, perPeriod: 30, days: 3, hours: 20 }, "5.94")).toEqual([
      expect.objectContaining({
        param: "perPeriod",
        message: expect.stringContaining(
          "1期 × 30人 × 3天 × 550元 + 讲课费 20学时 × 500元 = 5.95万元，超过项目金额 5.94万元",
        ),
      }),
    ]);
  });

  it("keeps the reception meal within the standards table", () => {
    expect(problems("reception", { meal: 250 }, "10")).toEqual([
      {
        param: "meal",
        message: "工作餐标准 250元/人超过本地公务接待工作餐标准 200元/人（可在设置的开支标准中调整）。",
      },
    ]);
    const raised = validateParams(tpl("reception"), resolved("reception", { meal: 250 }, "10"), d(10), {
      standards: { ...DEFAULT_STANDARDS, receptionMeal: 260 },
    });
    expect(raised.ok).toBe(true);
  });

  it("refuses an IT set with neither lines nor systems (its 数量指标 would be empty)", () => {
    expect(problems("it-ops", { lines: 0, systems: 0 }, "5")).toEqual([
      { param: "lines", message: "专线条数和运维系统个数不能都为 0：至少填一项，数量指标才有内容。" },
    ]);
  });

  it("checks ranges and whole numbers before the arithmetic", () => {
    const v = validateParams(
      tpl("meeting"),
      { meetings: d("1.5"), people: d(0), days: d(1), class: "三类" },
      d(10),
    );
    expect(v).toEqual({
      ok: false,
      problems: [
        { param: "meetings", message: "会议次数（meetings）应为整数，收到 1.5次。" },
        { param: "people", message: "参会人数（people）不能小于 1人，收到 0人。" },
      ],
    });
  });

  it("requires an amount above 0", () => {
    const v = validateParams(tpl("generic"), { tasks: d(1) }, d(0));
    expect(v).toEqual({
      ok: false,
      problems: [{ param: null, message: "项目金额应大于 0（万元），收到 0。" }],
    });
  });
});

describe("what validateParams refuses, the checker flags", () => {
  it("a budget exactly at the quota passes (the 伙食标准 is a part of the 综合定额, not added to it); a cent less does not", () => {
    const given = { meetings: 1, people: 100, days: 3, class: "一类" };
    // 100 人 × 3 天 × 760 元 = 22.8 万元.
    const atLimit = resolved("meeting", given, "22.8");
    expect(validateParams(tpl("meeting"), atLimit, d("22.8")).ok).toBe(true);
    const { set, serious } = renderAndCheck(tpl("meeting"), atLimit, d("22.8"), "2015", "wide");
    expect(set.groups.find((g) => g.level2Key === "cost")!.indicators.map((i) => i.name)).toEqual([
      "会议费综合定额（一类会议）",
      "会议伙食标准（一类会议）",
      "会议费总额",
    ]);
    expect(serious).toEqual([]);

    const below = resolved("meeting", given, "22.79");
    expect(validateParams(tpl("meeting"), below, d("22.79")).ok).toBe(false);
    expect(
      renderAndCheck(tpl("meeting"), below, d("22.79"), "2015", "wide").serious.map((f) => f.ruleId),
    ).toContain("cost-over-budget");
  });

  it("a meeting over budget: cost-over-budget (error)", () => {
    const params = resolved("meeting", { meetings: 1, people: 100, days: 2, class: "三类" }, "8");
    expect(validateParams(tpl("meeting"), params, d(8)).ok).toBe(false);
    const { serious } = renderAndCheck(tpl("meeting"), params, d(8), "2015", "wide");
    expect(serious.map((f) => [f.severity, f.ruleId])).toContainEqual(["error", "cost-over-budget"]);
  });

  it("a training over budget: the goal's implied cost (goal-indicator-mismatch)", () => {
    const params = resolved("training", { periods: 2, perPeriod: 20, days: 7, hours: 0 }, "10");
    expect(validateParams(tpl("training"), params, d(10)).ok).toBe(false);
    const { serious } = renderAndCheck(tpl("training"), params, d(10), "2015", "long");
    expect(serious.map((f) => f.ruleId)).toContain("goal-indicator-mismatch");
  });

  it("a 三类 meeting of 3 days: the class rule is the template's own (the checker has no rule for it)", () => {
    const params = resolved("meeting", { meetings: 1, people: 20, days: 3, class: "三类" }, "10");
    expect(validateParams(tpl("meeting"), params, d(10)).ok).toBe(false);
    expect(renderAndCheck(tpl("meeting"), params, d(10), "2015", "wide").serious).toEqual([]);
  });
});
