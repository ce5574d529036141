import { DEFAULT_SETTINGS, DEFAULT_STANDARDS, type Settings } from "../../src/core/settings";
import {
  defaultForm,
  STANDARD_NUMBER_KEYS,
  toForm,
  typed,
  validateForm,
  type SettingsForm,
} from "../../src/taskpane/state/settings-form";

const IDS = ["unit-mismatch", "value-missing", "operator-missing", "indicator-count"];
const form = (patch: Partial<SettingsForm> = {}): SettingsForm => ({ ...defaultForm(), ...patch });
const withStandard = (key: string, value: string): SettingsForm => {
  const f = form();
  return { ...f, standards: { ...f.standards, [key]: value } };
};

describe("settings form state", () => {
  it("round-trips settings: the form of any valid settings validates back to them", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      profile: "2015",
      satisfaction: { warnBelow: 95, errorBelow: 85.5 },
      severity: { "unit-mismatch": "info" },
      disabledRules: ["value-missing"],
      standards: {
        ...DEFAULT_STANDARDS,
        meeting: { ...DEFAULT_STANDARDS.meeting, 二类: { lodging: 380, meals: 140, other: 90, total: 610 } },
        travelMeal: 120,
        defaultTrainingClass: "二类",
      },
      indicatorCount: { maxQualitativePercent: 40 },
    };
    expect(validateForm(toForm(settings), IDS)).toEqual({ ok: true, settings });
    expect(validateForm(defaultForm(), IDS)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, standards: DEFAULT_STANDARDS },
    });
  });

  it("has a field for every spending standard", () => {
    expect(STANDARD_NUMBER_KEYS).toHaveLength(4 * 4 + 3 + 3 + 2);
    expect(Object.keys(toForm(DEFAULT_SETTINGS).standards).sort()).toEqual([...STANDARD_NUMBER_KEYS].sort());
  });

  it.each([
    ["90", 90],
    ["  85.5 ", 85.5],
    ["９０", 90],
    ["８５．５", 85.5],
    ["", undefined],
    ["   ", undefined],
    ["九十", "九十"],
    ["1e3", "1e3"],
    ["-5", -5],
  ])("reads %j as %j", (text, value) => {
    expect(typed(text)).toEqual(value);
  });

  type Case = [what: string, form: SettingsForm, field: string, code: string, section: string];
  const CASES: Case[] = [
    [
      "warning line above 100",
      form({ warnBelow: "150" }),
      "satisfaction.warnBelow",
      "notPercent",
      "satisfaction",
    ],
    ["empty error line", form({ errorBelow: "" }), "satisfaction.errorBelow", "notPercent", "satisfaction"],
    [
      "error line above the warning line",
      form({ errorBelow: "95" }),
      "satisfaction.errorBelow",
      "errorAboveWarn",
      "satisfaction",
    ],
    [
      "a fractional minimum of 定量 indicators",
      form({ minQuantitative: "2.5" }),
      "indicatorCount.minQuantitative",
      "notWholeNumber",
      "framework",
    ],
    [
      "a 定性 share as text",
      form({ maxQualitativePercent: "三成" }),
      "indicatorCount.maxQualitativePercent",
      "notPercent",
      "framework",
    ],
    [
      "a meeting quota of 0",
      withStandard("meeting.三类.meals", "0"),
      "standards.meeting.三类.meals",
      "notPositive",
      "standards",
    ],
    [
      "an empty lecture fee",
      withStandard("lectureFee.院士", ""),
      "standards.lectureFee.院士",
      "notPositive",
      "standards",
    ],
    [
      "a reception meal as text",
      withStandard("receptionMeal", "两百"),
      "standards.receptionMeal",
      "notPositive",
      "standards",
    ],
  ];

  it.each(CASES)("%s: the problem is at its field, its group listed", (_what, f, field, code, section) => {
    const v = validateForm(f, IDS);
    if (v.ok) throw new Error("expected problems");
    expect(Object.keys(v.errors.fields)).toEqual([field]);
    expect(v.errors.fields[field].code).toBe(code);
    expect(v.errors.general).toEqual([]);
    expect(v.errors.sections).toEqual([section]);
  });

  it("a wrong threshold is reported alone, not also as a pair out of order", () => {
    const v = validateForm(form({ warnBelow: "abc", errorBelow: "95" }), IDS);
    if (v.ok) throw new Error("expected problems");
    expect(Object.keys(v.errors.fields)).toEqual(["satisfaction.warnBelow"]);
  });

  it("problems in several groups: each at its field, every group listed in the form's order", () => {
    const f = { ...withStandard("travelMeal", "-1"), warnBelow: "101", minQuantitative: "x" };
    const v = validateForm(f, IDS);
    if (v.ok) throw new Error("expected problems");
    expect(Object.keys(v.errors.fields).sort()).toEqual(
      ["indicatorCount.minQuantitative", "satisfaction.warnBelow", "standards.travelMeal"].sort(),
    );
    expect(v.errors.sections).toEqual(["framework", "satisfaction", "standards"]);
  });

  it("a rule id the registry no longer has is a general problem (no field shows it)", () => {
    const v = validateForm(form({ disabled: ["retired-rule"] }), IDS);
    if (v.ok) throw new Error("expected problems");
    expect(v.errors.fields).toEqual({});
    expect(v.errors.general.map((p) => [p.path.join("."), p.code])).toEqual([
      ["disabledRules.0", "unknownRule"],
    ]);
  });

  it("empty indicator-count fields leave the rule unconfigured (off)", () => {
    const v = validateForm(form({ minQuantitative: " ", maxQualitativePercent: "" }), IDS);
    expect(v.ok && v.settings.indicatorCount).toBeUndefined();
    const w = validateForm(form({ minQuantitative: "3" }), IDS);
    expect(w.ok && w.settings.indicatorCount).toEqual({ minQuantitative: 3 });
  });
});
