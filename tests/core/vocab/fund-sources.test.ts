/** The fund block's line words (vocab/fund-sources.ts): each way a line is written, and what is no line. */
import { formLabelOf } from "../../../src/core/vocab/form-labels";
import { fundLineOf, isFundSubline } from "../../../src/core/vocab/fund-sources";

describe("fundLineOf", () => {
  it.each([
    ["其中：财政拨款", "public", "财政拨款", true],
    ["财政资金", "public", "财政资金", false],
    ["其中:当年财政拨款", "public", "财政拨款", true],
    ["其他资金", "other", "其他资金", false],
    ["三、其他", "other", "其他", false],
    ["二、自有资金", "other", "自有资金", false],
    ["上年结转资金", "other", "上年结转资金", false],
    ["其中：1.中央资金", "publicPart", "中央资金", true],
    ["2.市级资金", "publicPart", "市级资金", false],
    ["地方资金（万元）", "publicPart", "地方资金", false],
    ["（1）一般公共预算拨款", "publicPart", "一般公共预算拨款", false],
    ["政府性基金预算", "publicPart", "政府性基金预算", false],
    ["小计", "subtotal", "小计", false],
    ["财政拨款小计", "subtotal", "财政拨款小计", false],
  ])("%s → %s %s", (text, kind, name, under) => {
    expect(fundLineOf(text)).toMatchObject({ kind, name, under });
  });

  it("a named 小计 knows its group", () => expect(fundLineOf("其他资金小计")?.group).toBe("其他资金"));

  it.each([
    "总体目标",
    "年度资金总额",
    "合计",
    "某某专项",
    "中期目标（2023年—2025年）",
    "绩效指标",
    "财政投款",
  ])("%s is no fund line", (text) => expect(fundLineOf(text)).toBeNull());
});

/** The form's fund sub-lines come from the same words: a word added to the list is a sub-line at once. */
describe("isFundSubline", () => {
  it.each([
    ["其中：财政拨款", true],
    ["其中", true],
    ["财政资金", true],
    ["其他资金", true],
    ["自筹资金", true],
    ["上年结转", true],
    ["中央补助资金", true],
    ["地方配套资金", true],
    ["市级资金", true],
    ["单位自有资金", true],
    ["一般公共预算拨款", true],
    ["财政拨款小计", true],
    ["1.项目资金", true],
    ["小计", false],
    ["年度资金总额", false],
    ["项目名称", false],
    ["年度目标", false],
    ["资金情况", false],
  ])("%s → %s", (text, sub) => expect(isFundSubline(text)).toBe(sub));

  it.each(["单位自有资金", "地方配套资金", "一般公共预算拨款", "政府性基金"])(
    "%s is a form's fund line, never its amount label",
    (text) => expect(formLabelOf(text)).toEqual({ part: "other", rank: 0, why: "资金构成" }),
  );
});
