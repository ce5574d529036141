import { DEFAULT_SETTINGS, DEFAULT_STANDARDS } from "../../../src/core/settings";
import { validateSettings } from "../../../src/core/settings/validate";

const IDS = ["satisfaction-low", "cost-over-budget", "goal-missing"] as const;
const check = (input: unknown) => validateSettings(input, IDS);

describe("validateSettings", () => {
  it("returns the defaults, as a fresh copy, for no input", () => {
    for (const input of [undefined, null, {}]) {
      const { settings, errors } = check(input);
      expect(errors).toEqual([]);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(settings).not.toBe(DEFAULT_SETTINGS);
      expect(settings.standards.meeting.一类).not.toBe(DEFAULT_STANDARDS.meeting.一类);
    }
  });

  it("accepts a full valid setting without messages", () => {
    const { settings, errors } = check({
      profile: "2021",
      satisfaction: { warnBelow: 95, errorBelow: 85 },
      severity: { "satisfaction-low": "error" },
      disabledRules: ["goal-missing"],
      standards: { travelMeal: 120, meeting: { 三类: { meals: 120 } }, defaultMeetingClass: "三类" },
    });
    expect(errors).toEqual([]);
    expect(settings.profile).toBe("2021");
    expect(settings.satisfaction).toEqual({ warnBelow: 95, errorBelow: 85 });
    expect(settings.severity).toEqual({ "satisfaction-low": "error" });
    expect(settings.disabledRules).toEqual(["goal-missing"]);
    expect(settings.standards.travelMeal).toBe(120);
    expect(settings.standards.meeting.三类).toEqual({ lodging: 340, meals: 120, other: 80, total: 550 });
    expect(settings.standards.defaultMeetingClass).toBe("三类");
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

  it("rejects a bad profile", () => {
    const { settings, errors } = check({ profile: "2019" });
    expect(settings.profile).toBe("auto");
    expect(errors).toEqual([
      "指标体系（profile）设置 “2019” 无效，应为 auto、2015 或 2021，已使用默认值 auto。",
    ]);
  });

  it("rejects thresholds that are not numbers from 0 to 100, one field at a time", () => {
    const { settings, errors } = check({ satisfaction: { warnBelow: "90", errorBelow: 70 } });
    expect(settings.satisfaction).toEqual({ warnBelow: 90, errorBelow: 70 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("满意度警告线（warnBelow）应为 0 到 100 之间的数");
    expect(check({ satisfaction: { errorBelow: 120 } }).errors[0]).toContain("收到 120，已使用默认值 80");
    expect(check({ satisfaction: { warnBelow: Number.NaN } }).settings.satisfaction.warnBelow).toBe(90);
    expect(check({ satisfaction: 90 }).errors[0]).toContain("应包含 warnBelow 和 errorBelow");
  });

  it("rejects an error line above the warning line and keeps both defaults", () => {
    const { settings, errors } = check({ satisfaction: { warnBelow: 80, errorBelow: 90 } });
    expect(settings.satisfaction).toEqual({ warnBelow: 90, errorBelow: 80 });
    expect(errors).toEqual([
      "满意度错误线 90 高于警告线 80，应不高于警告线，已使用默认值（警告线 90，错误线 80）。",
    ]);
  });

  it("rejects unknown rule ids and bad severity names, keeping the good entries", () => {
    const { settings, errors } = check({
      severity: { "satisfaction-low": "info", "no-such-rule": "error", "cost-over-budget": "fatal" },
      disabledRules: ["goal-missing", "goal-mising", 3],
    });
    expect(settings.severity).toEqual({ "satisfaction-low": "info" });
    expect(settings.disabledRules).toEqual(["goal-missing"]);
    expect(errors).toEqual([
      "规则级别中的规则编号“no-such-rule”不存在，已忽略。",
      "规则“cost-over-budget”的级别 “fatal” 无效，应为 error（错误）、warning（警告）或 info（提示），已使用该规则的默认级别。",
      "停用规则中的规则编号 “goal-mising” 不存在，已忽略。",
      "停用规则中的规则编号 3 不存在，已忽略。",
    ]);
  });

  it("rejects non-positive or non-numeric standards and unknown classes", () => {
    const { settings, errors } = check({
      standards: {
        travelMeal: 0,
        receptionMeal: -5,
        meeting: { 一类: { lodging: "500", meals: 160 }, 五类: { total: 100 } },
        training: { 三类: 500, 四类: 400 },
        defaultTrainingClass: "特类",
        province: "青海",
      },
    });
    expect(settings.standards.travelMeal).toBe(100);
    expect(settings.standards.receptionMeal).toBe(200);
    expect(settings.standards.meeting.一类).toEqual({ lodging: 500, meals: 160, other: 110, total: 760 });
    expect(settings.standards.training).toEqual({ 一类: 760, 二类: 650, 三类: 500 });
    expect(settings.standards.defaultTrainingClass).toBe("一类");
    expect(errors).toEqual([
      "开支标准“一类会议住宿”应为大于 0 的数（元），收到 “500”，已使用默认值 500。",
      "会议费标准中的类别“五类”不存在（应为一类、二类、三类、四类），已忽略。",
      "培训费综合定额中的类别“四类”不存在（应为 一类、二类、三类），已忽略。",
      "开支标准“差旅伙食补助”应为大于 0 的数（元），收到 0，已使用默认值 100。",
      "开支标准“接待工作餐”应为大于 0 的数（元），收到 -5，已使用默认值 200。",
      "未注明类别时的培训类别 “特类” 无效，应为一类、二类或三类，已使用默认值 一类。",
      "开支标准中的“province”不是已知项目，已忽略。",
    ]);
  });

  it("reports unknown top-level fields and input that is not an object", () => {
    expect(check({ profle: "2015" }).errors).toEqual(["未知的设置项“profle”，已忽略。"]);
    const { settings, errors } = check("2015");
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toEqual(["设置应为一组“名称: 值”，收到的是 “2015”，已全部使用默认设置。"]);
    expect(check([1, 2]).errors).toHaveLength(1);
  });
});

describe("indicatorCount (indicator-count's provincial thresholds)", () => {
  it("is unset by default, so the rule checks nothing", () => {
    expect(check({}).settings.indicatorCount).toBeUndefined();
  });

  it("keeps valid thresholds", () => {
    const { settings, errors } = check({ indicatorCount: { minQuantitative: 3, maxQualitativePercent: 30 } });
    expect(errors).toEqual([]);
    expect(settings.indicatorCount).toEqual({ minQuantitative: 3, maxQualitativePercent: 30 });
  });

  it("drops bad thresholds with a message each", () => {
    const { settings, errors } = check({
      indicatorCount: { minQuantitative: 2.5, maxQualitativePercent: 120, minimum: 1 },
    });
    expect(settings.indicatorCount).toBeUndefined();
    expect(errors).toEqual([
      "定量指标最少个数（minQuantitative）应为不小于 0 的整数，收到 2.5，已忽略。",
      "定性指标最高占比（maxQualitativePercent）应为 0 到 100 之间的数，收到 120，已忽略。",
      "指标数量要求中的未知设置项“minimum”，已忽略。",
    ]);
    expect(check({ indicatorCount: 3 }).errors).toHaveLength(1);
  });
});
