import { parseMeasure, parseMeasureCells, parseIndicatorLine, normalizeText, parseIndicatorTextDetailed, cleanProjectName, stripLeadingNumber, parseAmount } from "../../../src/core/parse";
test("dump", () => {
  const out: string[] = [];
  const show = (x: unknown) => JSON.stringify(x, (k, v) => (v && typeof v === "object" && v.constructor && v.constructor.name === "Decimal" ? `D${v}` : v));
  for (const t of ["≥95%", "≤ 10.85万元", "1次", "95%", "健全", "不低于95%", "95%以上", "≤140元/天·人", "≥ 2/次", "次/350元", "≤150/本", "逐年递减", "", "３次", "≥９８％", "$\\geq 95\\%$", "10万元以内", "不超过3天", "2-3个", "三次", "98%左右", "每季度≥ 2次", "2024年12月前", "≥ 良好", "=100%", "-5%", "≥95%以下", "1,234元", "0.5‰", "≥ 1 次", "＞90％", ">=90%", "<= 5天", "约100人"])
    out.push(`M ${t} => ${show(parseMeasure(t))}`);
  for (const [a, b, c] of [["1", "95", "%"], ["≥", "95%", ""], ["大于等于", "95", "%"], ["6", "健全", ""], ["定性", "健全", "%"], ["正向", "100", "%"], ["反向", "10", "万元"], ["5", "≥10", "万元"], ["", "95", "%"], ["xx", "95", "%"], ["3", "95", "人"], ["≤", "95%", "%"], ["≥", "健全", ""]])
    out.push(`C ${a}|${b}|${c} => ${show(parseMeasureCells(a, b, c))}`);
  for (const l of ["1. 政协委员参会率 95%", "（1）会议次数≥３次", "① 参会人数 100人", "一、会期不超过3天", "受益人数(≥**人)", "苗木成活率(%) 85", "5G基站数量 10个", "第2届会议", "GB2312覆盖率", "会议次数：≥3次", "考核指标完成", "≤ 5", "1.", "培训人数 20人次以上", "经费控制在10万元以内", "完成时间 2024年12月", "会议费总额 ≤ 10.85 万元", "工作餐标准 ≤120元/人·餐", "人均年经费≤4.5万元/人·年"])
    out.push(`L ${l} => ${show(parseIndicatorLine(l))}`);
  for (const t of ["<p>a&nbsp;b</p><p>\\leq 5 \\%</p>", "１２．５，共３次，（一）：", "<5人", "a\r\nb\r\n\r\n", "--|---|---\nx", "  \n  x  \n\n  y \n ", "≧3 ≦5 ＞1 ＜2 >=4 <=6", "$> 90\\%$"])
    out.push(`N ${JSON.stringify(t)} => ${JSON.stringify(normalizeText(t))}`);
  for (const n of ["10. 政协协商 议政服务中 心", "2. 政协委员 民主监督工 作经费", "（1）会议费", "①接待费", "一、会议费", "2024年会议费", "5G网络", "12. 退休人员公用经费(含慰问金)"])
    out.push(`P ${n} => ${cleanProjectName(n)} / ${stripLeadingNumber(n)}`);
  for (const c of [{ value: 214.06, text: "214.06" }, { value: "1,234.50", text: "" }, { value: "１２．５", text: "" }, { value: "50万元", text: "" }, { value: "5000元", text: "" }, { value: null, text: "", error: "#REF!" }, { value: "#VALUE!", text: "" }, { value: null, text: "" }, { value: "abc", text: "" }, { value: 10.85, text: "" }])
    out.push(`A ${show(c)} => ${show(parseAmount(c as never, "万元"))} / ${show(parseAmount(c as never, "元"))}`);
  const wrap = ["一、产出指标\n(一)成本指标\n1. 民主监督工作成本\n≤\n6.8万元\n2. 会议管理制度健全性\n健全\n3. 编外聘用工资发放、社会保险缴纳\n及时性 按月发放\n4. 辅助人员2名\n(政府雇员)\n≤ 5万元\n说明：本表数据来自系统。\n5. 成本 ≤\n6万元", "产出指标\n数量指标\n会议次数 3次\n参会率\n95%\n满意度指标\n群众满意度 ≥90%\n成本指标\n一、成本指标\n（一）经济成本指标\n1. 总成本 ≤ 5万元", "一、产出指标 (一) 数量指标: 1. 会议次数 ≥ 3次 2. 成本 ≤ 6.8万元 3. 合计10.85万元 二、效益指标"];
  for (const w of wrap) {
    const t = parseIndicatorTextDetailed(w, { sheet: "S", row: 0, col: 0 });
    out.push("T ---");
    t.lines.forEach((l, i) => out.push(`  ${i + 1} ${t.uses[i]} ${l}`));
    out.push("  H " + show(t.headings.map((h) => [h.source.line, h.level, h.text, h.key, h.level1Key, h.indicatorCount])));
    out.push("  I " + t.indicators.map((i) => show([i.source.line, i.level1, i.level2Key, i.name, i.operator, i.value, i.unit, i.raw, i.malformed])).join("\n    "));
    out.push("  X " + show(t.issues.map((i) => [i.source.line, i.text, i.reason])));
  }
  require("fs").writeFileSync("/tmp/parsedump/cases.txt", out.join("\n"));
});
