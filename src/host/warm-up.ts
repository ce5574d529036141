/**
 * A small workbook the pane checks once, unseen, while the browser is idle after loading the engine
 * (engine.ts, warmEngine): the engine's code runs for the first time then, not when the user presses 检查.
 * A first run pays for compiling every function it reaches; run on a few projects it costs little, and
 * the user's first check then runs as fast as the ones after it. Both layouts the pane meets most, the
 * wide disclosure table and the long declaration table, each written the ways real tables write them
 * (numbering styles, full-width marks, OCR debris, a few defects), so most of the reader and the rules run.
 * The result is thrown away.
 */
import { sheetFromValues, type CellValue, type Workbook } from "../core/grid";
import { parseAreaList } from "./a1";

const WIDE_INDICATORS = [
  [
    "一、产出指标",
    "(一) 数量指标:",
    "1. 召开全体会议次数 ≥2次",
    "2. 参会人员 ≥120人",
    "(二) 质量指标:",
    "1. 会议任务完成率 =100%",
    "(三) 时效指标:",
    "1. 资金支付及时率 ≥95%",
    "(四) 成本指标:",
    "1. 会议成本 ≤5.20万元",
    "2. 人均标准 ≤340元/人·天",
    "二、效益指标",
    "(一) 社会效益指标:",
    "1. 意见建议采纳率 ≥80%",
    "(二) 可持续影响指标:",
    "1. 会议制度健全性 健全",
    "三、满意度指标",
    "1. 参会人员满意度 ≥90%",
  ],
  [
    "一、产出指标",
    "（一）数量指标：",
    "1、培训期数≥3期",
    "2、培训人数 ≥ 80人",
    "3、印发材料≥200",
    "（二）质量指标：",
    "1、培训合格率 $\\geq 95\\%$",
    "（三）时效指标：",
    "1、培训完成时限≤6个月",
    "二、效益指标",
    "（一）社会效益指标：",
    "1、履职能力提升 提高",
  ],
  [
    "产出指标：",
    "数量指标：接待批次≥30批次；",
    "质量指标：接待规范率=100%；",
    "成本指标：工作餐标准≤120元/人·餐；",
    "效益指标：",
    "社会效益指标：交流合作成效 明显；",
    "满意度指标：",
    "服务对象满意度：≥45%",
  ],
];

function wideSheet(): ReturnType<typeof sheetFromValues> {
  const rows: CellValue[][] = [
    ["示例县2024年部门预算项目支出绩效目标公开表"],
    ["单位编码", "单位及项目名称", "金额（万元）", "绩效目标", "绩效指标"],
    ["", "合计", 40.3],
    ["101", "示例单位", 40.3],
    [
      "",
      "1. 全体会议经费",
      10.85,
      "召开会议2次，参会人员120人，会期3天，保障会议各项议程顺利进行。",
      WIDE_INDICATORS[0].join("\n"),
    ],
    [
      "",
      "2. 委员培训工作经费",
      "25.2",
      "举办培训班3期，每期80人，培训5天，提升委员履职能力。",
      WIDE_INDICATORS[1].join("\n"),
    ],
    ["", "3. 公务接待费", 4.25, "做好接待", WIDE_INDICATORS[2].join("\n")],
  ];
  return sheetFromValues("公开表", rows);
}

const LONG_HEADER = [
  "项目名称",
  "项目金额",
  "年度绩效目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "指标值",
  "计量单位",
  "备注",
];

function longSheet(): ReturnType<typeof sheetFromValues> {
  const rows: CellValue[][] = [
    ["2024年项目支出绩效目标申报表"],
    LONG_HEADER,
    [
      "视察调研工作经费",
      8.6,
      "组织视察调研4次，形成调研报告",
      "产出指标",
      "数量指标",
      "视察调研次数",
      "≥",
      4,
      "次",
    ],
    ["", "", "", "", "", "形成调研报告数", "≥", 4, "篇"],
    ["", "", "", "", "质量指标", "问题整改率", "≥", 90, "%"],
    ["", "", "", "", "成本指标", "调研成本", "≤", 8.6, "万元"],
    ["", "", "", "效益指标", "社会效益指标", "意见建议采纳率", "≥", 60, ""],
    ["", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
  ];
  return sheetFromValues("申报表", rows, parseAreaList("A3:A8, B3:B8, C3:C8, D3:D6, E3:E4"));
}

/** A fresh copy each time (the engine may keep what it is given). */
export function warmUpWorkbook(): Workbook {
  return { name: "预热", sheets: [wideSheet(), longSheet()] };
}
