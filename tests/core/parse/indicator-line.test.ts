import { parseIndicatorLine, parseMeasure } from "../../../src/core/parse";
import { unitInName, withNameUnit } from "../../../src/core/parse/indicator-line";

const SYMBOL: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" };

/** "name | op value unit" with "定性" for qualitative values and "!" for malformed ones. */
function show(line: string): string | null {
  const r = parseIndicatorLine(line);
  if (!r) return null;
  const m = r.measure;
  const op = m.operator ? SYMBOL[m.operator] : "";
  return `${r.name} | ${m.qualitative ? "定性 " : ""}${op}${m.value ?? "∅"}${m.unit ? ` ${m.unit}` : ""}${m.malformed ? " !" : ""}`;
}

describe("parseIndicatorLine", () => {
  it.each([
    // numbering styles
    ["1. 政协委员参会率 95%", "政协委员参会率 | 95 %"],
    ["1、政协委员参会率 95%", "政协委员参会率 | 95 %"],
    ["（1）会议次数≥３次", "会议次数 | ≥3 次"],
    ["(2) 会议次数 ≥ 3次", "会议次数 | ≥3 次"],
    ["① 参会人数 100人", "参会人数 | 100 人"],
    ["公用及慰问金额：0.21万元", "公用及慰问金额 | 0.21 万元"],
    // operators inside the line
    ["2. 接待参会委员 ≥162名", "接待参会委员 | ≥162 名"],
    ["1. 接待省外次≥ 5次", "接待省外次 | ≥5 次"],
    ["1. 参加省州常委会议次数 每季度≥ 2次", "参加省州常委会议次数 每季度 | ≥2 次"],
    ["会期不超过3天", "会期 | ≤3 天"],
    ["参训率不低于95%", "参训率 | ≥95 %"],
    ["培训人数 20人次以上", "培训人数 | ≥20 人次"],
    ["经费控制在10万元以内", "经费 | ≤10 万元"],
    ["合格率为95%", "合格率 | 95 %"],
    ["不文明行为 0起", "不文明行为 | 0 起"],
    ["1. 单位编外人员参与工作后满意度$> 90\\%$", "单位编外人员参与工作后满意度 | >90 %"],
    ["1. 编外聘用人员考核达标率$\\geq 95\\%$", "编外聘用人员考核达标率 | ≥95 %"],
    ["会议次数：≥3次", "会议次数 | ≥3 次"],
    // trailing number with unit, with or without a space
    ["1. 举行政协全委会议 1次", "举行政协全委会议 | 1 次"],
    ["1. 社情民意问题整改地率98%", "社情民意问题整改地率 | 98 %"],
    ["1. 接待标准 150元/人/天", "接待标准 | 150 元/人/天"],
    ["1.主任1名", "主任 | 1 名"],
    ["1.电信安全专线1条", "电信安全专线 | 1 条"],
    ["1.网络专线服务费1.2万元", "网络专线服务费 | 1.2 万元"],
    ["4. 打印、扫描费1万元，", "打印、扫描费 | 1 万元"],
    ["4. 印刷下发覆盖率80%。", "印刷下发覆盖率 | 80 %"],
    ["2. 开展委员培训及时率 98", "开展委员培训及时率 | 98"],
    ["会议费总额 ≤ 10.85 万元", "会议费总额 | ≤10.85 万元"],
    ["工作餐标准 ≤120元/人·餐", "工作餐标准 | ≤120 元/人·餐"],
    ["5G基站数量 10个", "5G基站数量 | 10 个"],
    ["3.辅助人员2名（政府雇员或公益性）", "辅助人员(政府雇员或公益性) | 2 名"],
    ["1. 补贴人数：7名", "补贴人数 | 7 名"],
    ["编辑出版《门源县藏族百年实录》数量 ≥800本", "编辑出版《门源县藏族百年实录》数量 | ≥800 本"],
    // a unit hidden in the name
    ["苗木成活率(%) 85", "苗木成活率(%) | 85 %"],
    // 定性 values
    ["1. 会议管理制度健全性 健全", "会议管理制度健全性 | 定性 健全"],
    ["2. 接待成本节约率 逐年递减", "接待成本节约率 | 定性 逐年递减"],
    ["1. 编外人员工资支付标准 按规定支付", "编外人员工资支付标准 | 定性 按规定支付"],
    ["2. 民主监督工作机制创新性 有创新", "民主监督工作机制创新性 | 定性 有创新"],
    [
      "1. 编外聘用工资发放、社会保险缴纳及时性按月发放及缴纳",
      "编外聘用工资发放、社会保险缴纳及时性 | 定性 按月发放及缴纳",
    ],
    ["1. 记账及时率 及时", "记账及时率 | 定性 及时"],
    ["记账及时率：及时", "记账及时率 | 定性 及时"],
    ["完成时间 2024年12月", "完成时间 | 定性 2024年12月"],
    // names without a value
    ["1.工作完成及时率", "工作完成及时率 | ∅"],
    ["1. 县委、县政协采纳参考意见提升", "县委、县政协采纳参考意见提升 | ∅"],
    ["第2届会议", "第2届会议 | ∅"],
    ["GB2312覆盖率", "GB2312覆盖率 | ∅"],
    ["受益人数(≥**人)", "受益人数(≥**人) | ∅"],
    // weights and "(含)" after the value
    ["1. 会议次数 ≥3次（10分）", "会议次数 | ≥3 次"],
    ["满意度 ≥95%（含）", "满意度 | ≥95 %"],
    // an operator that waits for its value on the next line
    ["1. 民主监督工作成本 ≤", "民主监督工作成本 | ≤∅"],
  ])("%j → %s", (line, expected) => {
    expect(show(line)).toBe(expected);
  });

  it.each([
    ["1. 举办政协委员省外培训班次数 ≥ 2/次", "举办政协委员省外培训班次数 | ≥2 次 !"],
    ["1. 外出视察、调研 2次/2500元", "外出视察、调研 | 2500 元 !"],
    ["2. 视察、调研燃料费 次/350元", "视察、调研燃料费 | 350 元/次 !"],
    ["6. 《非物质文化遗产》印刷出版成本 ≤150/本。", "《非物质文化遗产》印刷出版成本 | ≤150 元/本 !"],
    ["开展调研 2-3次", "开展调研 | ≥2 次 !"],
    ["召开会议 三次", "召开会议 | 3 次 !"],
    ["培训期数不少于两期", "培训期数 | ≥2 期 !"],
  ])("%j is malformed: %s", (line, expected) => {
    expect(show(line)).toBe(expected);
    expect(parseIndicatorLine(line)?.measure.malformed).toMatch(/[\u4e00-\u9fff]/);
  });

  it("explains a cost per item that lacks 元", () => {
    const r = parseIndicatorLine("印刷出版成本 ≤150/本");
    expect(r?.measure.malformed).toContain("按「150元/本」理解");
  });

  it("reads a value-only line with an empty name", () => {
    expect(show("≤ 6.8万元")).toBe(" | ≤6.8 万元");
  });

  it.each(["", "   ", "1.", "（一）"])("%j has nothing to read", (line) => {
    expect(parseIndicatorLine(line)).toBeNull();
  });
});

describe("parseIndicatorLine: dates, grades, prose and units in the name", () => {
  it.each([
    ["完成时间2026年10月底前", "完成时间 | 定性 2026年10月底前"],
    ["实施期限 3—11月", "实施期限 | 定性 3—11月"],
    ["建设周期 2026.04—2026.10", "建设周期 | 定性 2026.04—2026.10"],
    ["项目完工时间 年底前完成", "项目完工时间 | 定性 年底前完成"],
    ["服务质量等级 优/良/中/差", "服务质量等级 | 定性 优/良/中/差"],
    ["绿化面积 ≥1.5万平方米", "绿化面积 | ≥1.5 万平方米"],
    ["补植面积0.8万亩", "补植面积 | 0.8 万亩"],
    ["受益人数(人) 240", "受益人数(人) | 240 人"],
    ["成活率(≥**%) 90", "成活率(≥**%) | 90 %"],
    ["新建路灯120盏", "新建路灯 | 120 盏"],
  ])("%s → %s", (line, expected) => {
    expect(show(line)).toBe(expected);
  });
});

describe("unitInName / withNameUnit", () => {
  it.each<[string, string | null]>([
    ["受益人数(人)", "人"],
    ["苗木成活率(≥**%)", "%"],
    ["项目资金(万元)", "万元"],
    ["覆盖率(XX%)", "%"],
    ["宗教场所(市、区)", null],
    ["培训人数", null],
  ])("%s → %s", (name, unit) => {
    expect(unitInName(name)).toBe(unit);
  });

  it("gives a bare value the unit of its name, and leaves other values alone", () => {
    expect(withNameUnit(parseMeasure("132"), "受益人数(人)").unit).toBe("人");
    expect(withNameUnit(parseMeasure("132户"), "受益人数(人)").unit).toBe("户");
    expect(withNameUnit(parseMeasure("健全"), "制度(项)").unit).toBeNull();
  });
});
