import { DEFAULT_SETTINGS, DEFAULT_STANDARDS } from "../../../src/core/settings";
import { settingsProblemText, showGiven } from "../../../src/core/settings/problem-text";
import {
  validateSettings,
  type SettingsProblem,
  type SettingsProblemCode,
} from "../../../src/core/settings/validate";

const IDS = ["satisfaction-low", "cost-over-budget", "goal-missing"] as const;
const check = (input: unknown) => validateSettings(input, IDS);
/** The problems, and the CLI's line for each. */
const lines = (input: unknown) => check(input).problems.map((p) => settingsProblemText(p));

describe("validateSettings", () => {
  it("returns the defaults, as a fresh copy, for no input", () => {
    for (const input of [undefined, null, {}]) {
      const { settings, problems } = check(input);
      expect(problems).toEqual([]);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(settings).not.toBe(DEFAULT_SETTINGS);
      expect(settings.standards.meeting.一类).not.toBe(DEFAULT_STANDARDS.meeting.一类);
    }
  });

  it("accepts a full valid setting without problems", () => {
    const { settings, problems } = check({
      profile: "2021",
      satisfaction: { warnBelow: 95, errorBelow: 85 },
      severity: { "satisfaction-low": "error" },
      disabledRules: ["goal-missing"],
      standards: { travelMeal: 120, meeting: { 三类: { meals: 120 } }, defaultMeetingClass: "三类" },
      indicatorCount: { minQuantitative: 3, maxQualitativePercent: 30 },
    });
    expect(problems).toEqual([]);
    expect(settings.profile).toBe("2021");
    expect(settings.satisfaction).toEqual({ warnBelow: 95, errorBelow: 85 });
    expect(settings.severity).toEqual({ "satisfaction-low": "error" });
    expect(settings.disabledRules).toEqual(["goal-missing"]);
    expect(settings.standards.travelMeal).toBe(120);
    expect(settings.standards.meeting.三类).toEqual({ lodging: 340, meals: 120, other: 80, total: 550 });
    expect(settings.standards.defaultMeetingClass).toBe("三类");
    expect(settings.indicatorCount).toEqual({ minQuantitative: 3, maxQualitativePercent: 30 });
  });

  it("does not change the defaults when merging", () => {
    check({
      standards: { travelMeal: 120, meeting: { 一类: { total: 700 } } },
      disabledRules: ["goal-missing"],
    });
    expect(DEFAULT_STANDARDS.travelMeal).toBe(100);
    expect(DEFAULT_STANDARDS.meeting.一类.total).toBe(760);
    expect(DEFAULT_SETTINGS.disabledRules).toEqual([]);
  });
});

type Case = [
  what: string,
  input: unknown,
  problem: { path: string[]; code: SettingsProblemCode; given: unknown; fallback: unknown },
  line: string,
];

/** One bad field each: the problem as data, and the CLI's Chinese line for it. */
const CASES: Case[] = [
  [
    "input that is not an object",
    "2015",
    { path: [], code: "notObject", given: "2015", fallback: DEFAULT_SETTINGS },
    "设置应为一组「名称: 值」，收到的是 「2015」，已全部使用默认设置。",
  ],
  [
    "an unknown top-level field",
    { profle: "2015" },
    { path: ["profle"], code: "unknownKey", given: "2015", fallback: undefined },
    "未知的设置项「profle」，已忽略。",
  ],
  [
    "a bad profile",
    { profile: "2019" },
    { path: ["profile"], code: "notOneOf", given: "2019", fallback: "auto" },
    "指标体系（profile）设置 「2019」 无效，应为 auto、2015 或 2021，已使用默认值 auto。",
  ],
  [
    "satisfaction that is not an object",
    { satisfaction: 90 },
    { path: ["satisfaction"], code: "notObject", given: 90, fallback: { warnBelow: 90, errorBelow: 80 } },
    "满意度阈值（satisfaction）应包含 warnBelow 和 errorBelow 两个数，收到 90，已使用默认值。",
  ],
  [
    "a warning line given as text",
    { satisfaction: { warnBelow: "90", errorBelow: 70 } },
    { path: ["satisfaction", "warnBelow"], code: "notPercent", given: "90", fallback: 90 },
    "满意度警告线（warnBelow）应为 0 到 100 之间的数，收到 「90」，已使用默认值 90。",
  ],
  [
    "an error line above 100",
    { satisfaction: { errorBelow: 120 } },
    { path: ["satisfaction", "errorBelow"], code: "notPercent", given: 120, fallback: 80 },
    "满意度错误线（errorBelow）应为 0 到 100 之间的数，收到 120，已使用默认值 80。",
  ],
  [
    "an empty warning line",
    { satisfaction: { warnBelow: undefined } },
    { path: ["satisfaction", "warnBelow"], code: "notPercent", given: undefined, fallback: 90 },
    "满意度警告线（warnBelow）应为 0 到 100 之间的数，收到 空，已使用默认值 90。",
  ],
  [
    "an error line above the warning line",
    { satisfaction: { warnBelow: 80, errorBelow: 90 } },
    {
      path: ["satisfaction"],
      code: "errorAboveWarn",
      given: { warnBelow: 80, errorBelow: 90 },
      fallback: { warnBelow: 90, errorBelow: 80 },
    },
    "满意度错误线 90 高于警告线 80，应不高于警告线，已使用默认值（警告线 90，错误线 80）。",
  ],
  [
    "severity that is not an object",
    { severity: ["error"] },
    { path: ["severity"], code: "notObject", given: ["error"], fallback: {} },
    '规则级别（severity）应为「规则编号: 级别」的列表，收到 ["error"]，已忽略。',
  ],
  [
    "a severity for an unknown rule",
    { severity: { "no-such-rule": "error" } },
    { path: ["severity", "no-such-rule"], code: "unknownRule", given: "error", fallback: undefined },
    "规则级别中的规则编号「no-such-rule」不存在，已忽略。",
  ],
  [
    "a bad severity name",
    { severity: { "cost-over-budget": "fatal" } },
    { path: ["severity", "cost-over-budget"], code: "notOneOf", given: "fatal", fallback: undefined },
    "规则「cost-over-budget」的级别 「fatal」 无效，应为 error（错误）、warning（警告）或 info（提示），已使用该规则的默认级别。",
  ],
  [
    "disabledRules that is not a list",
    { disabledRules: "goal-missing" },
    { path: ["disabledRules"], code: "notList", given: "goal-missing", fallback: [] },
    "停用规则（disabledRules）应为规则编号的列表，收到 「goal-missing」，已忽略。",
  ],
  [
    "a misspelt rule id to switch off",
    { disabledRules: ["goal-missing", "goal-mising"] },
    { path: ["disabledRules", "1"], code: "unknownRule", given: "goal-mising", fallback: undefined },
    "停用规则中的规则编号 「goal-mising」 不存在，已忽略。",
  ],
  [
    "standards that are not an object",
    { standards: "青海" },
    { path: ["standards"], code: "notObject", given: "青海", fallback: DEFAULT_STANDARDS },
    "开支标准（standards）应为一组标准，收到 「青海」，已使用默认标准。",
  ],
  [
    "a meeting quota given as text",
    { standards: { meeting: { 一类: { lodging: "500" } } } },
    { path: ["standards", "meeting", "一类", "lodging"], code: "notPositive", given: "500", fallback: 500 },
    "开支标准「一类会议住宿」应为大于 0 的数（元），收到 「500」，已使用默认值 500。",
  ],
  [
    "an unknown meeting class",
    { standards: { meeting: { 五类: { total: 100 } } } },
    {
      path: ["standards", "meeting", "五类"],
      code: "unknownKey",
      given: { total: 100 },
      fallback: undefined,
    },
    "会议费标准中的类别「五类」不存在（应为一类、二类、三类、四类），已忽略。",
  ],
  [
    "an unknown training class",
    { standards: { training: { 四类: 400 } } },
    { path: ["standards", "training", "四类"], code: "unknownKey", given: 400, fallback: undefined },
    "培训费综合定额中的类别「四类」不存在（应为一类、二类、三类），已忽略。",
  ],
  [
    "a travel allowance of 0",
    { standards: { travelMeal: 0 } },
    { path: ["standards", "travelMeal"], code: "notPositive", given: 0, fallback: 100 },
    "开支标准「差旅伙食补助」应为大于 0 的数（元），收到 0，已使用默认值 100。",
  ],
  [
    "a lecture fee below 0",
    { standards: { lectureFee: { 正高: -5 } } },
    { path: ["standards", "lectureFee", "正高"], code: "notPositive", given: -5, fallback: 1000 },
    "开支标准「讲课费（正高）」应为大于 0 的数（元），收到 -5，已使用默认值 1000。",
  ],
  [
    "an unknown default training class",
    { standards: { defaultTrainingClass: "特类" } },
    { path: ["standards", "defaultTrainingClass"], code: "notOneOf", given: "特类", fallback: "一类" },
    "未注明类别时的培训类别 「特类」 无效，应为一类、二类或三类，已使用默认值 一类。",
  ],
  [
    "an unknown standard",
    { standards: { province: "青海" } },
    { path: ["standards", "province"], code: "unknownKey", given: "青海", fallback: undefined },
    "开支标准中的「province」不是已知项目，已忽略。",
  ],
  [
    "indicatorCount that is not an object",
    { indicatorCount: 3 },
    { path: ["indicatorCount"], code: "notObject", given: 3, fallback: undefined },
    "指标数量要求（indicatorCount）应包含 minQuantitative 和/或 maxQualitativePercent，收到 3，已忽略（不检查指标数量）。",
  ],
  [
    "a fractional minimum of 定量 indicators",
    { indicatorCount: { minQuantitative: 2.5 } },
    { path: ["indicatorCount", "minQuantitative"], code: "notWholeNumber", given: 2.5, fallback: undefined },
    "定量指标最少个数（minQuantitative）应为不小于 0 的整数，收到 2.5，已忽略。",
  ],
  [
    "a 定性 share above 100",
    { indicatorCount: { maxQualitativePercent: 120 } },
    {
      path: ["indicatorCount", "maxQualitativePercent"],
      code: "notPercent",
      given: 120,
      fallback: undefined,
    },
    "定性指标最高占比（maxQualitativePercent）应为 0 到 100 之间的数，收到 120，已忽略。",
  ],
  [
    "an unknown indicatorCount field",
    { indicatorCount: { minimum: 1 } },
    { path: ["indicatorCount", "minimum"], code: "unknownKey", given: 1, fallback: undefined },
    "指标数量要求中的未知设置项「minimum」，已忽略。",
  ],
];

describe("settings problems, one bad field at a time", () => {
  it.each(CASES)("%s", (_what, input, problem, line) => {
    const { problems } = check(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(problem);
    expect(settingsProblemText(problems[0])).toBe(line);
  });

  it.each(CASES)("%s: the pane's wording leaves out the fallback", (_what, input) => {
    const [p] = check(input).problems;
    const full = settingsProblemText(p);
    const short = settingsProblemText(p, { fallback: false });
    expect(short.endsWith("。")).toBe(true);
    expect(full.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/已(使用|忽略|全部)/);
  });

  it("covers every problem code", () => {
    const codes = new Set(CASES.map((c) => c[2].code));
    expect([...codes].sort()).toEqual(
      [
        "errorAboveWarn",
        "notList",
        "notObject",
        "notOneOf",
        "notPercent",
        "notPositive",
        "notWholeNumber",
        "unknownKey",
        "unknownRule",
      ].sort(),
    );
  });

  it("a bad field keeps its default and the good fields beside it are kept", () => {
    const { settings, problems } = check({
      severity: { "satisfaction-low": "info", "no-such-rule": "error", "cost-over-budget": "fatal" },
      disabledRules: ["goal-missing", "goal-mising", 3],
      standards: {
        receptionMeal: -5,
        meeting: { 一类: { lodging: "500", meals: 160 } },
        training: { 三类: 500 },
      },
      satisfaction: { warnBelow: 95, errorBelow: 200 },
    });
    expect(settings.severity).toEqual({ "satisfaction-low": "info" });
    expect(settings.disabledRules).toEqual(["goal-missing"]);
    expect(settings.standards.receptionMeal).toBe(200);
    expect(settings.standards.meeting.一类).toEqual({ lodging: 500, meals: 160, other: 110, total: 760 });
    expect(settings.standards.training).toEqual({ 一类: 760, 二类: 650, 三类: 500 });
    expect(settings.satisfaction).toEqual({ warnBelow: 95, errorBelow: 80 });
    expect(problems.map((p: SettingsProblem) => p.path.join("."))).toEqual([
      "satisfaction.errorBelow",
      "severity.no-such-rule",
      "severity.cost-over-budget",
      "disabledRules.1",
      "disabledRules.2",
      "standards.meeting.一类.lodging",
      "standards.receptionMeal",
    ]);
    expect(lines({ disabledRules: [3] })).toEqual(["停用规则中的规则编号 3 不存在，已忽略。"]);
  });

  it("drops bad indicatorCount thresholds, so the rule checks nothing", () => {
    expect(check({}).settings.indicatorCount).toBeUndefined();
    const { settings, problems } = check({
      indicatorCount: { minQuantitative: 2.5, maxQualitativePercent: 120 },
    });
    expect(settings.indicatorCount).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(
      check({ indicatorCount: { minQuantitative: 2, maxQualitativePercent: 120 } }).settings.indicatorCount,
    ).toEqual({
      minQuantitative: 2,
    });
  });

  it("shows values as the user wrote them", () => {
    expect(showGiven("abc")).toBe("「abc」");
    expect(showGiven(undefined)).toBe("空");
    expect(showGiven(Number.NaN)).toBe("null");
    expect(showGiven({ a: 1 })).toBe('{"a":1}');
  });

  it("shows a value nested 100,000 deep or a huge list in a short line", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`) as unknown;
    expect(showGiven(deep)).toBe("[[[[…]]]]");
    expect(showGiven(Array.from({ length: 100_000 }, (_, i) => i))).toBe("[0,1,2,3,4,…]");
    expect(showGiven("字".repeat(1000))).toBe(`「${"字".repeat(60)}…」`);
  });
});
