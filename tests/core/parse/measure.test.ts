import { type Measure, parseMeasure, parseMeasureCells, parseOperatorCell } from "../../../src/core/parse";

/** op / value / unit / qualitative in one string, e.g. "≥|95|%", "-|健全|-|定性"; "!" marks malformed. */
const show = (m: Measure) =>
  [
    m.operator === null ? "-" : { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" }[m.operator],
    m.value ?? "∅",
    m.unit ?? "-",
    m.qualitative ? "定性" : "定量",
  ].join("|") + (m.malformed ? " !" : "");

describe("parseMeasure", () => {
  it.each([
    // forms listed in the brief and the seed
    ["≥95%", "≥|95|%|定量"],
    ["≤ 10.85万元", "≤|10.85|万元|定量"],
    ["1次", "-|1|次|定量"],
    ["95%", "-|95|%|定量"],
    ["健全", "-|健全|-|定性"],
    ["不低于95%", "≥|95|%|定量"],
    ["95%以上", "≥|95|%|定量"],
    ["≤140元/天·人", "≤|140|元/天·人|定量"],
    ["逐年递减", "-|逐年递减|-|定性"],
    ["按规定支付", "-|按规定支付|-|定性"],
    ["", "-|∅|-|定量"],
    // operator words and symbols
    ["不少于3次", "≥|3|次|定量"],
    ["不高于5天", "≤|5|天|定量"],
    ["不超过3天", "≤|3|天|定量"],
    ["大于等于90%", "≥|90|%|定量"],
    ["小于5起", "<|5|起|定量"],
    ["=100%", "=|100|%|定量"],
    ["＞90％", ">|90|%|定量"],
    [">=90%", "≥|90|%|定量"],
    ["<= 5天", "≤|5|天|定量"],
    ["≧3次", "≥|3|次|定量"],
    ["$\\geq 95\\%$", "≥|95|%|定量"],
    ["$\\leq 0\\%$", "≤|0|%|定量"],
    // suffix words
    ["10万元以内", "≤|10|万元|定量"],
    ["3次以下", "≤|3|次|定量"],
    ["20人次及以上", "≥|20|人次|定量"],
    // numbers and units
    ["３次", "-|3|次|定量"],
    ["≥９８％", "≥|98|%|定量"],
    ["1,234元", "-|1234|元|定量"],
    ["-5%", "-|-5|%|定量"],
    ["0.5‰", "-|0.5|‰|定量"],
    ["≥ 1 次", "≥|1|次|定量"],
    ["150元/人/天", "-|150|元/人/天|定量"],
    ["120元/人•餐", "-|120|元/人·餐|定量"],
    ["4.5万元/人·年", "-|4.5|万元/人·年|定量"],
    ["98", "-|98|-|定量"],
    // dates are text targets
    ["2024年12月前", "-|2024年12月前|-|定性"],
    ["2024年12月31日", "-|2024年12月31日|-|定性"],
  ])("%j → %s", (text, expected) => {
    expect(show(parseMeasure(text))).toBe(expected);
  });

  it.each([
    ["≥ 2/次", "≥|2|次|定量 !", "2/次"],
    ["次/350元", "-|350|元/次|定量 !", "350元/次"],
    ["2次/2500元", "-|2500|元|定量 !", "两个数值"],
    ["≤150/本", "≤|150|本|定量 !", "150/本"],
    ["2-3个", "≥|2|个|定量 !", "范围"],
    ["98%左右", "-|98|%|定量 !", "约数"],
    ["三次", "-|3|次|定量 !", "汉字"],
    ["每季度≥ 2次", "≥|2|次|定量 !", "每季度"],
    ["约100人", "-|100|人|定量 !", "约"],
    ["≥95%以下", "≥|95|%|定量 !", "矛盾"],
    ["≥ 良好", "-|良好|-|定性 !", "计算符号"],
    ["第3季度完成", "-|第3季度完成|-|定性 !", "不是一个单纯的数值"],
  ])("%j is malformed: %s, reason mentions %j", (text, expected, reason) => {
    const m = parseMeasure(text);
    expect(show(m)).toBe(expected);
    expect(m.malformed).toContain(reason);
  });

  it("reads the number as an exact decimal", () => {
    const m = parseMeasure("≤10.85万元");
    expect(m.number?.toString()).toBe("10.85");
    expect(m.number?.plus("0.1").toString()).toBe("10.95");
  });

  it("gives no number for 定性 values", () => {
    expect(parseMeasure("健全").number).toBeNull();
  });

  it("keeps an operator that has no value yet", () => {
    expect(show(parseMeasure("≤"))).toBe("≤|∅|-|定量");
  });
});

describe("parseOperatorCell", () => {
  it.each([
    ["1", ">="],
    ["2", ">"],
    ["3", "="],
    ["4", "<"],
    ["5", "<="],
    ["6", "定性"],
    ["≥", ">="],
    ["＞", ">"],
    ["=", "="],
    ["<", "<"],
    ["≤", "<="],
    [">=", ">="],
    ["大于等于", ">="],
    ["大于", ">"],
    ["等于", "="],
    ["小于", "<"],
    ["小于等于", "<="],
    ["不低于", ">="],
    ["不超过", "<="],
    ["正向", ">="],
    ["反向", "<="],
    ["定性", "定性"],
    ["定量", "定量"],
    ["1-大于等于", ">="],
    ["", null],
  ])("%j → %j", (cell, expected) => {
    expect(parseOperatorCell(cell)).toBe(expected);
  });

  it("returns undefined for a word it cannot read", () => {
    expect(parseOperatorCell("看情况")).toBeUndefined();
  });
});

describe("parseMeasureCells (long layout)", () => {
  it.each<[string, string, string, string]>([
    ["1", "95", "%", "≥|95|%|定量"],
    ["5", "10", "万元", "≤|10|万元|定量"],
    ["3", "1", "次", "=|1|次|定量"],
    ["≥", "95%", "", "≥|95|%|定量"],
    ["大于等于", "95", "%", "≥|95|%|定量"],
    ["正向", "100", "%", "≥|100|%|定量"],
    ["反向", "10", "万元", "≤|10|万元|定量"],
    ["6", "健全", "", "-|健全|-|定性"],
    ["定性", "健全", "", "-|健全|-|定性"],
    ["", "95", "%", "-|95|%|定量"],
    ["≤", "95%", "%", "≤|95|%|定量"],
    ["定量", "３", "次", "-|3|次|定量"],
  ])("%j | %j | %j → %s", (op, value, unit, expected) => {
    expect(show(parseMeasureCells(op, value, unit))).toBe(expected);
  });

  it("keeps the unit of a 定性 row so qualitative-with-unit can report it", () => {
    expect(show(parseMeasureCells("定性", "健全", "%"))).toBe("-|健全|%|定性");
  });

  it.each<[string, string, string, string, string]>([
    ["5", "≥10", "万元", "≤|10|万元|定量 !", "不一致"],
    ["xx", "95", "%", "-|95|%|定量 !", "无法识别"],
    ["1", "95%", "人", "≥|95|%|定量 !", "单位"],
    ["≥", "健全", "", "-|健全|-|定性 !", "不是数值"],
    ["1", "2/次", "", "≥|2|次|定量 !", "2/次"],
  ])("%j | %j | %j is malformed", (op, value, unit, expected, reason) => {
    const m = parseMeasureCells(op, value, unit);
    expect(show(m)).toBe(expected);
    expect(m.malformed).toContain(reason);
  });

  it("reads an empty row as no value", () => {
    expect(show(parseMeasureCells("", "", ""))).toBe("-|∅|-|定量");
  });
});

describe("parseMeasure: kinds of 定性 value", () => {
  /** show() plus the kind: "-|2026年10月底前|-|定性 date". */
  const withKind = (m: Measure) => `${show(m)}${m.kind ? ` ${m.kind}` : ""}`;

  it.each([
    // dates and periods: ordinary 时效 targets, never malformed
    ["2026年11月", "-|2026年11月|-|定性 date"],
    ["2026年年底前", "-|2026年年底前|-|定性 date"],
    ["3—11月", "-|3—11月|-|定性 date"],
    ["2—10月", "-|2—10月|-|定性 date"],
    ["2026.04—2026.10", "-|2026.04—2026.10|-|定性 date"],
    ["2026年3月至2026年9月", "-|2026年3月至2026年9月|-|定性 date"],
    ["6月底前", "-|6月底前|-|定性 date"],
    ["年底前完成", "-|年底前完成|-|定性 date"],
    ["年内完成", "-|年内完成|-|定性 date"],
    // a number that only looks like a year.month stays a number
    ["1500.5", "-|1500.5|-|定量"],
    // grade lists
    ["优/良/中/差", "-|优/良/中/差|-|定性 grades"],
    ["高、中、低", "-|高、中、低|-|定性 grades"],
    ["优良中差", "-|优良中差|-|定性 grades"],
    // prose that contains numbers: 定性, not malformed
    ["按合同约定分三期支付，首期约40%", "-|按合同约定分三期支付，首期约40%|-|定性 prose"],
    ["暂按20车次运输且单程不少于15公里测算", "-|暂按20车次运输且单程不少于15公里测算|-|定性 prose"],
    ["根据实际需要采购约12批次物资", "-|根据实际需要采购约12批次物资|-|定性 prose"],
    // a readable value with a stray word stays a malformed number
    ["每季度≥ 2次", "≥|2|次|定量 !"],
    // 万-prefixed units and traditional units
    ["≥3.5万平方米", "≥|3.5|万平方米|定量"],
    ["1.2万亩", "-|1.2|万亩|定量"],
    ["≥2万人次", "≥|2|万人次|定量"],
    ["≤8萬元", "≤|8|万元|定量"],
    ["不低於95%", "≥|95|%|定量"],
    ["100%达标", "≥|100|%|定量"],
  ])("%s → %s", (text, expected) => {
    expect(withKind(parseMeasure(text))).toBe(expected);
  });
});
