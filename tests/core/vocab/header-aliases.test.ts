import fc from "fast-check";
import {
  mayBeHeaderLabel,
  moneyUnitIn,
  roleOfHeader,
  unitLineIn,
} from "../../../src/core/vocab/header-aliases";
import type { ColumnRole } from "../../../src/core/model";

describe("roleOfHeader", () => {
  const cases: [ColumnRole, string[]][] = [
    ["code", ["单位编码", "项目编码", "编码", "单位代码"]],
    [
      "name",
      [
        "项目名称",
        "单位及项目名称",
        "单位名称及项目名称",
        "项 目 名 称",
        "*项目名称",
        "項目名稱",
        "专项资金名称",
      ],
    ],
    [
      "amount",
      [
        "金额",
        "预算金额",
        "项目金额",
        "资金总额",
        "年度资金总额",
        "金额(万元)",
        "金额 (万元)",
        "金额\n（万元）",
        "预算数",
        "当年预算",
        "资金",
        "資金來源及規模",
      ],
    ],
    [
      "goal",
      ["绩效目标", "年度绩效目标", "年度目标", "总体目标", "中期目标", "總體目標", "项目总体绩效目标"],
    ],
    ["indicators", ["绩效指标", "年度绩效指标"]],
    [
      "level1",
      [
        "一级指标",
        "一级绩效指标",
        "一级",
        "一级\n指标",
        "绩效指标分类",
        "績(jī)效指標(biāo)分類",
        "评价指标",
      ],
    ],
    ["level2", ["二级指标", "二级绩效指标", "评价内容"]],
    ["level3", ["三级指标", "指标名称", "三级绩效指标", "指标", "指标内容"]],
    ["operator", ["指标性质", "计算符号", "指标方向"]],
    [
      "value",
      [
        "指标值",
        "目标值",
        "年度指标值",
        "本年预期值",
        "中期指标值",
        "当年预期实现值",
        "区域目标值",
        "评价标准",
      ],
    ],
    ["unit", ["计量单位", "度量单位", "单位"]],
    ["explanation", ["指标解释", "指标说明", "绩效指标描述", "绩效标准"]],
    ["basis", ["指标值设定依据", "取值依据", "评价标准确定依据"]],
    ["history", ["上年实际值", "2023年实际完成值", "上年度完成值"]],
    ["weight", ["权重", "分值", "权重(%)"]],
    ["remark", ["备注"]],
  ];
  for (const [role, texts] of cases) {
    test.each(texts)(`%s → ${role}`, (text) => {
      expect(roleOfHeader(text)?.role).toBe(role);
    });
  }

  test.each([
    "目标值说明文字很长很长很长很长的一段话",
    "门源县政协办",
    "合计",
    "1. 政协十七届四次会议工作经费",
    "",
  ])("%s is no header", (text) => {
    expect(roleOfHeader(text)).toBeNull();
  });

  test("年度 outranks a plain label, which outranks 中期", () => {
    const p = (t: string) => roleOfHeader(t)!.priority;
    expect(p("年度指标值")).toBeGreaterThan(p("指标值"));
    expect(p("指标值")).toBeGreaterThan(p("中期指标值"));
    expect(p("本年预期值")).toBeGreaterThan(p("中期指标值"));
  });

  test("a bare 单位 is weak; 计量单位 is not", () => {
    expect(roleOfHeader("单位")?.weak).toBe(true);
    expect(roleOfHeader("计量单位")?.weak).toBeUndefined();
  });

  test("the money unit written in an amount header", () => {
    expect(roleOfHeader("金额 (万元)")?.amountUnit).toBe("万元");
    expect(roleOfHeader("金额（元）")?.amountUnit).toBe("元");
    expect(roleOfHeader("预算金额")?.amountUnit).toBeUndefined();
  });
});

describe("unit lines and money units", () => {
  test.each([
    ["单位：万元", "万元"],
    ["金额单位：元", "元"],
    ["单位:元", "元"],
    ["（单位：万元）", "万元"],
    ["单位：门源县政协", null],
    ["单位：元/人", null],
  ])("%s → %s", (text, unit) => {
    expect(unitLineIn(text)).toBe(unit);
  });

  test.each([
    ["项目资金（万元）", "万元"],
    ["资金总额(元)", "元"],
    ["资金总额", null],
  ])("money unit in %s → %s", (text, unit) => {
    expect(moneyUnitIn(text)).toBe(unit);
  });
});

describe("mayBeHeaderLabel (the cheap test before a header lookup)", () => {
  const labels = [
    "项目名称",
    "金额（万元）",
    "金额\n（万元）",
    "绩效指标",
    "三级指标",
    "指标值",
    "计量单位",
    "备注",
    "*项目名称",
    "权重",
    "指标解释",
  ];

  test("lets every header label through, also with spaces around it", () => {
    for (const label of labels) {
      expect(roleOfHeader(label)).not.toBeNull();
      expect(mayBeHeaderLabel(label)).toBe(true);
      expect(mayBeHeaderLabel(` ${label}\u3000`)).toBe(true);
    }
  });

  test("turns away only texts that are not header labels", () => {
    const pieces = [
      ...labels,
      "产出指标",
      "≥",
      "95%",
      "次",
      "会议",
      " ",
      "\n",
      "\u00a0",
      "(",
      ")",
      "：",
      "*",
      "万元",
      "合计",
      "1",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join("");
        if (!mayBeHeaderLabel(text)) expect(roleOfHeader(text.trim())).toBeNull();
      }),
      { numRuns: 5000 },
    );
    expect(mayBeHeaderLabel("95%")).toBe(false);
    expect(mayBeHeaderLabel("会议管理制度健全性 健全")).toBe(false);
  });
});
