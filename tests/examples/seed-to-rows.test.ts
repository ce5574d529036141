import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import {
  cleanCell,
  replaceLatex,
  seedToRows,
  splitListItems,
  type SeedRow,
} from "../../scripts/seed-to-rows";

const SEED = readFileSync(path.join(__dirname, "../fixtures/seed/menyuan-cppcc-2024-disclosure.txt"), "utf8");
const table = seedToRows(SEED);
const projects = table.rows.filter((r) => r.kind === "project");
const project = (n: number): SeedRow => projects[n - 1];

const HEADING = /^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/;
const NUMBERED = /^\d{1,2}[.、]/;

describe("seedToRows on the 门源 seed", () => {
  it("reads the title, the header and nothing it cannot place", () => {
    expect(table.title).toBe("门源县政协办公室2024年部门预算项目支出绩效目标公开表");
    expect(table.header).toEqual(["单位编码", "单位及项目名称", "金额 (万元)", "绩效目标", "绩效指标"]);
    expect(table.problems).toEqual([]);
  });

  it("keeps 合计, the unit and the sub-unit as their own rows, before the projects", () => {
    expect(table.rows.slice(0, 3).map((r) => [r.kind, r.code, r.name, r.amount])).toEqual([
      ["total", "", "合计", "92.79"],
      ["unit", "402", "门源县政协办", "92.79"],
      ["subunit", "402001", "门源县政协办公", "92.79"],
    ]);
    expect(table.rows).toHaveLength(17);
  });

  it("finds the 14 projects with names (OCR breaks kept) and amounts as written", () => {
    expect(projects.map((p) => p.amount)).toEqual([
      "10.85",
      "6.80",
      "12.96",
      "4.25",
      "17.00",
      "4.25",
      "3.40",
      "4.25",
      "15.00",
      "2.50",
      "1.20",
      "0.21",
      "3.6",
      "6.52",
    ]);
    expect(project(1).name).toBe("1. 政协十七届四次会议工作经费");
    expect(project(2).name).toBe("2. 政协委员 民主监督工 作经费");
    expect(project(5).name).toBe("5. 政协委员 培训工作经 费");
    expect(project(12).name).toBe("12. 退休人员公用经费(含慰问金)");
    expect(project(14).name).toBe("14. 编外长期 聘用人员");
    projects.forEach((p, i) => expect(p.name.startsWith(`${i + 1}. `)).toBe(true));
  });

  it("has project amounts that add up to 合计 (exact decimals)", () => {
    const sum = projects.reduce((s, p) => s.plus(p.amount), new Decimal(0));
    expect(sum.toFixed(2)).toBe("92.79");
    expect(new Decimal(table.rows[0].amount).equals(sum)).toBe(true);
  });

  it("leaves no HTML, LaTeX or markdown debris in any cell", () => {
    for (const row of table.rows) {
      for (const cell of [row.code, row.name, row.amount, row.goal, row.indicators]) {
        expect(cell).not.toMatch(/<\/?(p|ol|li)\b|\$|\\geq|\\leq|\\%|^-{2,}/m);
      }
    }
  });

  it("puts every heading and every indicator of project 1 on its own line", () => {
    const lines = project(1).indicators.split("\n");
    expect(lines).toHaveLength(27);
    expect(lines.filter((l) => HEADING.test(l))).toHaveLength(9);
    expect(lines.filter((l) => NUMBERED.test(l))).toHaveLength(18);
    expect(lines[0]).toBe("一、产出指标");
    expect(lines[2]).toBe("1. 举行政协全委会议 1次");
    expect(lines[26]).toBe("2. 参会委员满意度 ≥95%");
  });

  it("splits the flattened <ol> lists into one indicator per line", () => {
    const lines = project(2).indicators.split("\n");
    expect(lines.filter((l) => HEADING.test(l))).toHaveLength(9);
    expect(lines.filter((l) => NUMBERED.test(l))).toHaveLength(20);
    expect(lines).toContain("1. 民主监督工作成本 ≤ 6.8万元");
    expect(lines).toContain("2. 民主监督工作成本增长率 ≤0%");
    expect(lines).toContain("2. 参与民主监督的政协委员满意度 ≥95%");
  });

  it("keeps the content's own defects exactly", () => {
    expect(project(3).indicators.split("\n")).toContain("2. 开展委员培训及时率 98");
    expect(project(9).indicators).toContain(
      "6. 《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本 ≤150/本。",
    );
    expect(project(9).indicators).not.toContain("满意度指标");
    expect(project(10).indicators.split("\n")).toContain("1.工作完成及时率");
    expect(project(12).indicators.split("\n")).toContain("公用及慰问金额：0.21万元");
    expect(project(14).indicators.split("\n")).toContain("1. 单位编外人员参与工作后满意度>90%");
  });

  it("turns goal paragraphs into lines and keeps empty or one-word goals", () => {
    expect(project(8).goal.split("\n")).toHaveLength(3);
    expect(project(10).goal).toBe(
      "着力解决县政协编制紧张、 人员老化的问题，通过统筹调 剂编制等方式，适当加强工作 力量。",
    );
    expect(project(13).goal).toBe("合同");
    expect(project(14).goal).toBe("");
  });

  it("counts plausible lines for every project's indicator cell", () => {
    const counts = projects.map((p) => p.indicators.split("\n").length);
    expect(counts).toEqual([27, 29, 24, 26, 24, 25, 25, 22, 27, 18, 16, 16, 16, 18]);
  });
});

describe("cleanCell and its helpers", () => {
  it("replaces LaTeX comparisons and percent signs", () => {
    expect(replaceLatex("满意度 $\\geq 95\\%$")).toBe("满意度 ≥95%");
    expect(replaceLatex("增长率 $\\leq 0\\%$")).toBe("增长率 ≤0%");
    expect(replaceLatex("满意度$> 90\\%$")).toBe("满意度>90%");
  });

  it("cuts list items only at the next expected number, not inside values like 6.8", () => {
    expect(splitListItems(" 1. 成本 ≤ 6.8万元 2. 增长率 ≤0% ")).toEqual([
      "1. 成本 ≤ 6.8万元",
      "2. 增长率 ≤0%",
    ]);
    expect(splitListItems(" 1. 次数 ≥ 2/次 2. 次数 ≥ 3/次")).toEqual(["1. 次数 ≥ 2/次", "2. 次数 ≥ 3/次"]);
    expect(splitListItems("1.主任1名 2.工作人员4名 3.辅助人员2名")).toEqual([
      "1.主任1名",
      "2.工作人员4名",
      "3.辅助人员2名",
    ]);
  });

  it("keeps text outside tags as one line, as written", () => {
    expect(cleanCell("合同")).toBe("合同");
    expect(cleanCell("<p>甲</p> <p>乙 1. 丙</p>")).toBe("甲\n乙 1. 丙");
    expect(
      cleanCell('<p>一、产出指标</p> <ol style="list-style-type: none"> 1. 甲 2. 乙 <p>二、效益指标</p>'),
    ).toBe("一、产出指标\n1. 甲\n2. 乙\n二、效益指标");
  });

  it("does not throw on a text without title or header; it reports them missing", () => {
    const t = seedToRows("\t1. 项目\t1.00\t目标\t指标");
    expect(t.rows).toHaveLength(1);
    expect(t.problems).toEqual(["没有找到表头上方的标题行。", "没有找到以“单位编码”开头的表头行。"]);
  });
});
