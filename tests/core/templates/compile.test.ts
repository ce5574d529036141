/** The template schema: the built-in library passes it, and a unit's mistakes come back in Chinese. */
import {
  BUILTIN_TEMPLATE_DEFS,
  builtinTemplates,
  compileTemplate,
  type TemplateDef,
} from "../../../src/core/templates";

/** A small valid template to break one field at a time. */
function base(): TemplateDef {
  return {
    id: "publicity",
    name: "宣传",
    keywords: ["宣传"],
    params: [{ id: "issues", label: "宣传期数", unit: "期", integer: true, min: 1, max: 50, default: 4 }],
    goal: "全年编发宣传资料{issues}期，经费控制在{amount}万元以内。",
    indicators: [
      { category: "数量", name: "编发宣传资料期数", op: "≥", value: "issues", unit: "期" },
      { category: "质量", name: "宣传内容审核通过率", op: "=", value: 100, unit: "%" },
      { category: "时效", name: "宣传资料按期编发率", op: "=", value: 100, unit: "%" },
      { category: "成本", name: "宣传经费总额", op: "≤", value: "amount", unit: "万元" },
      { category: "社会效益", name: "政策知晓率", op: "≥", value: 90, unit: "%" },
      { category: "满意度", name: "群众满意度", op: "≥", value: 90, unit: "%" },
    ],
  };
}

function errorsOf(patch: (t: TemplateDef & Record<string, unknown>) => void): string[] {
  const t = base() as TemplateDef & Record<string, unknown>;
  patch(t);
  const r = compileTemplate(JSON.parse(JSON.stringify(t)), "unit", "第 1 个模板");
  return r.ok ? [] : r.errors;
}

describe("the built-in library", () => {
  it("has the ten common project types and the 专项业务经费 fallback, each valid", () => {
    const names = builtinTemplates().map((t) => t.name);
    expect(names).toEqual([
      "会议",
      "培训",
      "视察调研",
      "公务接待",
      "出版印刷",
      "信息化运维/专线",
      "编外聘用",
      "离退休服务",
      "委托第三方/代理记账",
      "设备购置",
      "专项业务经费",
    ]);
    for (const def of BUILTIN_TEMPLATE_DEFS)
      expect(compileTemplate(def, "builtin")).toMatchObject({ ok: true });
    expect(
      builtinTemplates()
        .filter((t) => t.fallback)
        .map((t) => t.id),
    ).toEqual(["generic"]);
  });

  it("is data: every value a template holds is JSON (a unit can copy one into its own file)", () => {
    for (const def of BUILTIN_TEMPLATE_DEFS) expect(JSON.parse(JSON.stringify(def))).toEqual(def);
  });
});

describe("a unit's template", () => {
  it("is accepted when well formed", () => {
    expect(errorsOf(() => {})).toEqual([]);
  });

  it.each<[string, (t: TemplateDef & Record<string, unknown>) => void, string]>([
    [
      "a bad id",
      (t) => (t.id = "宣传"),
      "第 1 个模板「宣传」：「id」应为英文标识（字母开头，可含数字、-、_），如 meeting，收到 「宣传」",
    ],
    [
      "no name",
      (t) => delete (t as Partial<TemplateDef>).name,
      "第 1 个模板：缺少「name」（模板的中文名称，如 会议）",
    ],
    ["an unknown field", (t) => (t.colour = "红"), "第 1 个模板「宣传」：未知的字段「colour」"],
    [
      "no keywords",
      (t) => delete (t as Partial<TemplateDef>).keywords,
      '第 1 个模板「宣传」：缺少「keywords」（识别项目类型的关键词，如 ["会议", "全会"]）',
    ],
    [
      "a bad category",
      (t) => (t.indicators[0].category = "产量"),
      "第 1 个模板「宣传」：第 1 条指标「编发宣传资料期数」：「category」应为 数量、质量、时效、成本、社会成本、生态环境成本、经济效益、社会效益、生态效益、可持续影响 或 满意度，收到 「产量」",
    ],
    [
      "a bad operator",
      (t) => (t.indicators[0].op = "大于"),
      "第 1 个模板「宣传」：第 1 条指标「编发宣传资料期数」：「op」应为 ≥、>、=、<、≤ 或 定性，收到 「大于」",
    ],
    [
      "a quantitative value without a unit",
      (t) => delete t.indicators[1].unit,
      "第 1 个模板「宣传」：第 2 条指标「宣传内容审核通过率」：定量指标需要计量单位（「unit」，如 人、次、%、万元），收到 空",
    ],
    [
      "a 定性 value with a unit",
      (t) =>
        (t.indicators[4] = { category: "社会效益", name: "宣传效果", op: "定性", value: "显著", unit: "%" }),
      "第 1 个模板「宣传」：第 5 条指标「宣传效果」：定性指标不应有计量单位（「unit」）",
    ],
    [
      "a formula naming no parameter",
      (t) => (t.indicators[0].value = "期数 * 2"),
      "第 1 个模板「宣传」：第 1 条指标「编发宣传资料期数」：「value」的公式 「期数 * 2」 有误：「期数」不是本模板的参数（可用：issues（宣传期数）、amount（金额，万元））",
    ],
    [
      "a formula that does not parse",
      (t) => (t.indicators[0].value = "issues *"),
      "第 1 个模板「宣传」：第 1 条指标「编发宣传资料期数」：「value」的公式 「issues *」 有误：第 9 个字符处公式不完整",
    ],
    [
      "a bad placeholder in the goal",
      (t) => (t.goal = "编发{期数}期"),
      "第 1 个模板「宣传」：绩效目标：「goal」中的公式有误：{期数}：「期数」不是本模板的参数（可用：issues（宣传期数）、amount（金额，万元））",
    ],
    [
      "min above max",
      (t) => Object.assign(t.params[0], { min: 10, max: 5 }),
      "第 1 个模板「宣传」：第 1 个参数「issues」：「min」大于「max」",
    ],
    [
      "a choice default not among the choices",
      (t) =>
        t.params.push({
          id: "level",
          label: "级别",
          type: "choice",
          choices: ["县级", "乡级"],
          default: "省级",
        }),
      "第 1 个模板「宣传」：第 2 个参数「level」：「default」应为选项之一（县级、乡级），收到 「省级」",
    ],
    [
      "a reserved parameter name",
      (t) => (t.params[0].id = "constructor"),
      "第 1 个模板「宣传」：第 1 个参数「constructor」：「constructor」是保留字，参数不能用，请换一个名称",
    ],
    [
      "a parameter named amount",
      (t) => t.params.push({ id: "amount", label: "数额", default: 1 }),
      "第 1 个模板「宣传」：第 2 个参数「amount」：「amount」是项目金额的保留名称，参数不能用",
    ],
    [
      "a regular expression where keywords belong (the format before keywords)",
      (t) =>
        t.params.push({
          id: "level",
          label: "级别",
          type: "choice",
          choices: ["县级"],
          default: "县级",
          prefill: [{ text: "(县|区)+级", value: "县级" }],
        }),
      '第 1 个模板「宣传」：第 2 个参数「level」的第 1 条预填规则：「text」只接受关键词，不再接受正则表达式：「(县|区)+级」 中的「(」是正则表达式的符号。请改写为关键词，用 | 分隔或写成列表，如 ["编印", "印制"]（含其中任何一个即算匹配）',
    ],
    [
      "a regular expression as a clause",
      (t) => (t.params[0].prefill = [{ goal: ["期"], clause: "编.*印" }]),
      '第 1 个模板「宣传」：第 1 个参数「issues」的第 1 条预填规则：「clause」只接受关键词，不再接受正则表达式：「编.*印」 中的「.」是正则表达式的符号。请改写为关键词，用 | 分隔或写成列表，如 ["编印", "印制"]（含其中任何一个即算匹配）',
    ],
    [
      "too many keywords",
      (t) => (t.keywords = Array.from({ length: 51 }, (_, i) => `宣传${i}`)),
      "第 1 个模板「宣传」：「keywords」太多（51 个，最多 50 个）",
    ],
    [
      "a formula of 10,000 terms",
      (t) => (t.indicators[0].value = Array.from({ length: 10_000 }, () => "issues").join(" + ")),
      "第 1 个模板「宣传」：第 1 条指标「编发宣传资料期数」：「value」的公式 " +
        "「issues + issues + issues + issues + issues + issues + issues…」 有误：公式太长（89997 个字符，最多 500 个），请把其中一部分写成单独的参数",
    ],
    [
      "a formula nested too deeply",
      (t) => (t.indicators[0].value = `${"min(".repeat(45)}issues${")".repeat(45)}`),
      "第 1 个模板「宣传」：第 1 条指标「编发宣传资料期数」：「value」的公式 " +
        `「${"min(".repeat(15)}…」 有误：公式的运算和括号嵌套太多（超过 40 层），请把其中一部分写成单独的参数`,
    ],
    [
      "defaults that depend on each other",
      (t) =>
        t.params.push({ id: "a", label: "甲", default: "b + 1" }, { id: "b", label: "乙", default: "a + 1" }),
      "第 1 个模板「宣传」：参数默认值互相引用：a → b → a",
    ],
    [
      "a constraint on an unknown parameter",
      (t) => (t.constraints = [{ check: "issues <= 12", param: "期数", message: "不超过 12 期" }]),
      "第 1 个模板「宣传」：第 1 条约束：「param」应为出问题时要修改的参数名，收到 「期数」",
    ],
    [
      "no satisfaction indicator",
      (t) => t.indicators.pop(),
      "第 1 个模板「宣传」：2015 版指标体系下没有满意度指标（满意度指标），按此模板生成的指标不完整",
    ],
    [
      "no benefit indicator",
      (t) => t.indicators.splice(4, 1),
      "第 1 个模板「宣传」：2015 版指标体系下没有经济、社会或生态效益指标（经济效益指标或社会效益指标或生态效益指标），按此模板生成的指标不完整",
    ],
    [
      "the cost only in profile 2015",
      (t) => (t.indicators[3].profiles = ["2015"]),
      "第 1 个模板「宣传」：2021 版指标体系下没有成本指标（成本指标或社会成本指标或生态环境成本指标），按此模板生成的指标不完整",
    ],
  ])("reports %s", (_what, patch, message) => {
    expect(errorsOf(patch)).toContain(message);
  });

  it("reports a non-object", () => {
    expect(compileTemplate("会议", "unit", "第 3 个模板")).toEqual({
      ok: false,
      errors: ["第 3 个模板应为一组「字段: 值」，收到 「会议」"],
    });
  });

  it("accepts Chinese labels in formulas and Chinese category names", () => {
    const r = compileTemplate(
      {
        ...base(),
        indicators: base().indicators.map((i, n) =>
          n === 0 ? { ...i, value: "宣传期数 + 0", category: "数量指标" } : i,
        ),
      },
      "unit",
    );
    expect(r.ok).toBe(true);
  });
});
