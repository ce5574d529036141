/**
 * Every indicator cell of the seed table (门源县政协办公室 2024), line by line. Each expected line reads
 * "<logical line> <一级 key>/<二级 key> <name> | [定性 ]<operator><value> <unit>[ !]" where "!" marks a
 * value the parser reports as malformed, and each heading "<line> <text> <key> <indicatorCount>" (二级
 * headings indented).
 */
import { parseIndicatorText } from "../../../src/core/parse";
import type { Heading, Indicator } from "../../../src/core/model";
import { SEED_ROWS, seedIndicators } from "../../fixtures/seed-cells";

const SYMBOL: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤" };

const showHeading = (h: Heading) =>
  `${h.source.line} ${"  ".repeat(h.level - 1)}${h.text} ${h.key} ${h.indicatorCount}`;

const showIndicator = (i: Indicator) =>
  `${i.source.line} ${i.level1Key}/${i.level2Key} ${i.name} | ${i.qualitative ? "定性 " : ""}` +
  `${i.operator ? SYMBOL[i.operator] : ""}${i.value ?? "∅"}${i.unit ? ` ${i.unit}` : ""}${i.malformed ? " !" : ""}`;

interface Expected {
  headings: string[];
  indicators: string[];
  issues: number;
}

const EXPECTED: Record<number, Expected> = {
  1: {
    headings: [
      "1 产出指标 output 12",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 3",
      "10   时效指标 timeliness 3",
      "14   成本指标 cost 3",
      "18 效益指标 benefit 4",
      "19   社会效益指标 social 2",
      "22   可持续影响指标 sustainable 2",
      "25 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 举行政协全委会议 | 1 次",
      "4 output/quantity 接待参会委员 | ≥162 名",
      "5 output/quantity 接待列席人员 | ≥58 名",
      "7 output/quality 政协委员参会率 | 95 %",
      "8 output/quality 列席人员参会率 | 95 %",
      "9 output/quality 会议异常事故发生次数 | 0 %",
      "11 output/timeliness 会议时间 | ≥3 天",
      "12 output/timeliness 会议接待及时率 | 100 %",
      "13 output/timeliness 会议异常事故处理及时率 | 100 %",
      "15 output/cost 农牧民委员住宿标准 | ≤140 元/天·人",
      "16 output/cost 参会人员伙食标准 | 150 元/天·人",
      "17 output/cost 会议筹办总成本 | ≤10.85 万元",
      "20 benefit/social 社情民意问题整改地率 | 98 %",
      "21 benefit/social 会议观点采纳提升率 | 98 %",
      "23 benefit/sustainable 会议管理制度健全性 | 定性 健全",
      "24 benefit/sustainable 人员配置合理性 | 定性 合理",
      "26 satisfaction/satisfaction 人民群众满意度 | ≥95 %",
      "27 satisfaction/satisfaction 参会委员满意度 | ≥95 %",
    ],
    issues: 0,
  },
  2: {
    headings: [
      "1 产出指标 output 14",
      "2   数量指标 quantity 4",
      "7   质量指标 quality 4",
      "12   时效指标 timeliness 4",
      "17   成本指标 cost 2",
      "20 效益指标 benefit 4",
      "21   社会效益指标 social 2",
      "24   可持续影响指标 sustainable 2",
      "27 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 开展专题视察次数 | ≥3 次",
      "4 output/quantity 举办提案督办会议 | ≥1 次",
      "5 output/quantity 开展专题协商次数 | ≥1 次",
      "6 output/quantity 重点项目视察 | ≥2 次",
      "8 output/quality 专题视察任务完成率 | 98 %",
      "9 output/quality 提案督办覆盖率 | 98 %",
      "10 output/quality 专题协商一致率 | 98 %",
      "11 output/quality 重点项目视察问题反馈率 | 98 %",
      "13 output/timeliness 专题视察及时率 | 98 %",
      "14 output/timeliness 提案督办会议举办及时率 | 98 %",
      "15 output/timeliness 开展专题协商及时率 | 98 %",
      "16 output/timeliness 重点项目视察及时率 | 98 %",
      "18 output/cost 民主监督工作成本 | ≤6.8 万元",
      "19 output/cost 民主监督工作成本增长率 | ≤0 %",
      "22 benefit/social 群众反应突出问题整改率 | 98 %",
      "23 benefit/social 重大重点项目视察问题整改率 | 98 %",
      "25 benefit/sustainable 民主监督工作管理机制健全性 | 定性 健全",
      "26 benefit/sustainable 民主监督工作机制创新性 | 定性 有创新",
      "28 satisfaction/satisfaction 被督查对象满意度 | ≥90 %",
      "29 satisfaction/satisfaction 参与民主监督的政协委员满意度 | ≥95 %",
    ],
    issues: 0,
  },
  3: {
    headings: [
      "1 产出指标 output 9",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 2",
      "9   时效指标 timeliness 2",
      "12   成本指标 cost 2",
      "15 效益指标 benefit 4",
      "16   社会效益指标 social 2",
      "19   可持续影响指标 sustainable 2",
      "22 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 开展委员视察活动次数 | ≥4 次",
      "4 output/quantity 举办委员外地活动次数 | ≥2 次",
      "5 output/quantity 举办委员本地活动次数 | ≥3 次",
      "7 output/quality 调研报告任务完成率 | 98 %",
      "8 output/quality 委员活动任务完成率 | 98 %",
      "10 output/timeliness 开展委员活动及时率 | 98 %",
      "11 output/timeliness 开展委员培训及时率 | 98",
      "13 output/cost 委员活动工作成本 | ≤12.96 万元",
      "14 output/cost 委员活动工作成本增长率 | ≤0 %",
      "17 benefit/social 委员反映突出问题整改率 | 98 %",
      "18 benefit/social 委员反映活动模式整改率 | 98 %",
      "20 benefit/sustainable 委员活动工作机制健全性 | 定性 健全",
      "21 benefit/sustainable 委员活动工作机制有提升 | 定性 提升",
      "23 satisfaction/satisfaction 被调研视察单位满意度 | ≥95 %",
      "24 satisfaction/satisfaction 政协委员满意度 | ≥95 %",
    ],
    issues: 0,
  },
  4: {
    headings: [
      "1 产出指标 output 11",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 2",
      "9   时效指标 timeliness 3",
      "13   成本指标 cost 3",
      "17 效益指标 benefit 4",
      "18   社会效益指标 social 2",
      "21   可持续影响指标 sustainable 2",
      "24 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 各专委会主任业务培训 | ≥3 次",
      "4 output/quantity 各专委会调研、视察次数 | ≥4 次",
      "5 output/quantity 举办政协讲堂次数 | ≥3 次",
      "7 output/quality 业务培训任务完成率 | 98 %",
      "8 output/quality 调研、视察任务完成率 | 98 %",
      "10 output/timeliness 业务培训任务完成率 | 98 %",
      "11 output/timeliness 调研、视察任务完成率 | 98 %",
      "12 output/timeliness 政协讲堂完成率 | 98 %",
      "14 output/cost 主任业务培训及时率 | 98 %",
      "15 output/cost 调研、视察及时率 | 98 %",
      "16 output/cost 政协讲堂及时率 | 98 %",
      "19 benefit/social 专委会工作成本 | ≤4.25 万元",
      "20 benefit/social 专委会工作成本增长率 | ≤0 %",
      "22 benefit/sustainable 各专委会工作机制健全 | 定性 健全",
      "23 benefit/sustainable 培训委员满意度 | ≥95 %",
      "25 satisfaction/satisfaction 各专委会人员配置合理性 | 定性 合理",
      "26 satisfaction/satisfaction 被调研视察单位满意度 | ≥95 %",
    ],
    issues: 0,
  },
  5: {
    headings: [
      "1 产出指标 output 9",
      "2   数量指标 quantity 2",
      "5   质量指标 quality 2",
      "8   时效指标 timeliness 2",
      "11   成本指标 cost 3",
      "15 效益指标 benefit 4",
      "16   社会效益指标 social 2",
      "19   可持续影响指标 sustainable 2",
      "22 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 举办政协委员省外培训班次数 | ≥2 次 !",
      "4 output/quantity 本县举办政协委员培训班次数 | ≥3 次 !",
      "6 output/quality 委员培训参与率 | ≥95 %",
      "7 output/quality 委员培训合格率 | ≥95 %",
      "9 output/timeliness 培训及时率 | 98 %",
      "10 output/timeliness 培训覆盖率 | 98 %",
      "12 output/cost 人均培训成本 | ≤4300 元",
      "13 output/cost 人均差旅成本 | ≤2600 元",
      "14 output/cost 培训教材成本 | ≤210 元",
      "17 benefit/social 委员参与议政积极性提高 | 定性 提高",
      "18 benefit/social 委员学习履职经验效果显著 | 定性 显著",
      "20 benefit/sustainable 培训管理机制健全性 | 定性 健全",
      "21 benefit/sustainable 培训师资配备合理性 | 定性 合理",
      "23 satisfaction/satisfaction 参加培训委员满意度 | ≥98 %",
      "24 satisfaction/satisfaction 参加培训干部满意度 | ≥98 %",
    ],
    issues: 0,
  },
  6: {
    headings: [
      "1 产出指标 output 11",
      "2   数量指标 quantity 4",
      "7   质量指标 quality 2",
      "10   时效指标 timeliness 2",
      "13   成本指标 cost 3",
      "17 效益指标 benefit 3",
      "18   社会效益指标 social 1",
      "20   可持续影响指标 sustainable 2",
      "23 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 省政协视察调研次数 | ≥2 次",
      "4 output/quantity 州政协视察调研次数 | ≥4 次",
      "5 output/quantity 县政协视察调研次数 | ≥4 次",
      "6 output/quantity 县委指定视察调研次数 | ≥2 次",
      "8 output/quality 视察调研完成率 | 98 %",
      "9 output/quality 视察调研报告完成率 | 98 %",
      "11 output/timeliness 视察调研及时率 | 98 %",
      "12 output/timeliness 视察调研报告完成及时率 | 98 %",
      "14 output/cost 外出视察、调研 | 2500 元 !",
      "15 output/cost 视察、调研燃料费 | 350 元/次 !",
      "16 output/cost 前筹备办公费 | 1000 元/次 !",
      "19 benefit/social 被视察单位问题整改率 | 98 %",
      "21 benefit/sustainable 县委、县政协采纳参考意见提升 | ∅",
      "22 benefit/sustainable 政协视察社会影响力提高 | 定性 提高",
      "24 satisfaction/satisfaction 参与单位满意度 | ≥98 %",
      "25 satisfaction/satisfaction 县委、县政府满意度 | ≥98 %",
    ],
    issues: 0,
  },
  7: {
    headings: [
      "1 产出指标 output 10",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 2",
      "9   时效指标 timeliness 2",
      "12   成本指标 cost 3",
      "16 效益指标 benefit 4",
      "17   社会效益指标 social 2",
      "20   可持续影响指标 sustainable 2",
      "23 满意度指标 satisfaction 2",
    ],
    indicators: [
      "3 output/quantity 召开常委会次数 | ≥4 次",
      "4 output/quantity 召开主席会议次数 | ≥4 次",
      "5 output/quantity 参加省州常委会议次数 每季度 | ≥2 次",
      "7 output/quality 常委参会率 | 98 %",
      "8 output/quality 各项会议完成率 | 98 %",
      "10 output/timeliness 参与及时率 | 100 %",
      "11 output/timeliness 传达会议精神覆盖率 | 98 %",
      "13 output/cost 专委会工作成本 | ≤3.4 万元",
      "14 output/cost 专委会工作成本增长率 | ≤0 %",
      "15 output/cost 农牧民误工补贴 | ≥120 元/天",
      "18 benefit/social 常委履职能力提高 | 定性 提高",
      "19 benefit/social 常委意见建议采纳率提升 | 定性 提升",
      "21 benefit/sustainable 常委会管理制度健全性 | 定性 健全",
      "22 benefit/sustainable 常委会常委界别配置合理性 | 定性 合理",
      "24 satisfaction/satisfaction 邀请参会人员满意度 | ≥95 %",
      "25 satisfaction/satisfaction 政协常委满意度 | ≥95 %",
    ],
    issues: 0,
  },
  8: {
    headings: [
      "1 产出指标 output 8",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 1",
      "8   时效指标 timeliness 2",
      "11   成本指标 cost 2",
      "14 效益指标 benefit 4",
      "15   社会效益指标 social 2",
      "18   可持续影响指标 sustainable 2",
      "21 满意度指标 satisfaction 1",
    ],
    indicators: [
      "3 output/quantity 接待省外次 | ≥5 次",
      "4 output/quantity 接待省州次数 | ≥25 次",
      "5 output/quantity 接待人数 | ≥210 次",
      "7 output/quality 接待标准合规率 | 98 %",
      "9 output/timeliness 接待安排及时率 | 98 %",
      "10 output/timeliness 接待服务及时率 | 98 %",
      "12 output/cost 接待标准 | 150 元/人/天",
      "13 output/cost 接待成本节约率 | 定性 逐年递减",
      "16 benefit/social 来宾公务完成率 | 98 %",
      "17 benefit/social 提升门源县知名度 | 定性 提升",
      "19 benefit/sustainable 公务接待制度规范性 | 定性 规范",
      "20 benefit/sustainable 公务接待监督执行有效性 | 定性 有效",
      "22 satisfaction/satisfaction 接待对象满意度 | ≥98 %",
    ],
    issues: 0,
  },
  9: {
    headings: [
      "1 产出指标 output 15",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 4",
      "11   时效指标 timeliness 2",
      "14   成本指标 cost 6",
      "21 效益指标 benefit 4",
      "22   社会效益指标 social 2",
      "25   可持续影响指标 sustainable 2",
    ],
    indicators: [
      "3 output/quantity 征编走访 | ≥180 次",
      "4 output/quantity 收录文史资料 | ≥180 篇",
      "5 output/quantity 编辑出版《门源县藏族百年实录》、《非物质文化遗产》数量 | ≥800 本",
      "7 output/quality 征编走访覆盖率 | ≥95 %",
      "8 output/quality 自采自编率 | ≥95 %",
      "9 output/quality 《门源县藏族百年实录》、《非物质文化遗产》文史。内容准确率 | 99 %",
      "10 output/quality 印刷下发覆盖率 | 80 %",
      "12 output/timeliness 征编走访及时率 | 95 %",
      "13 output/timeliness 《门源县藏族百年实录》、《非物质文化遗产》出版及时率 | 98 %",
      "15 output/cost 征编成本 | ≤500 元",
      "16 output/cost 文稿打印、扫描成本 | ≤1 万元",
      "17 output/cost 合稿定稿成本 | ≤3.6 万元",
      "18 output/cost 打印、扫描费 | 1 万元",
      "19 output/cost 组稿、修改、审稿费 | 3.6 万元",
      "20 output/cost 《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本 | ≤150 元/本 !",
      "23 benefit/social 门源人文文化体现率 | ≥95 %",
      "24 benefit/social 政协风采体现率 | ≥95 %",
      "26 benefit/sustainable 《文史资料》留存年限 | ≥10 年",
      "27 benefit/sustainable 文史编纂资料档案管理规范性 | 定性 规范",
    ],
    issues: 0,
  },
  10: {
    headings: [
      "1 产出指标 output 6",
      "2   数量指标 quantity 3",
      "6   质量指标 quality 1",
      "8   时效指标 timeliness 1",
      "10   成本指标 cost 1",
      "12 效益指标 benefit 2",
      "13   社会效益指标 social 1",
      "15   可持续影响指标 sustainable 1",
      "17 满意度指标 satisfaction 1",
    ],
    indicators: [
      "3 output/quantity 主任 | 1 名",
      "4 output/quantity 工作人员 | 4 名",
      "5 output/quantity 辅助人员(政府雇员或公益性) | 2 名",
      "7 output/quality 政协协商议政服务中心工作人员工作完成率 | ∅",
      "9 output/timeliness 工作完成及时率 | ∅",
      "11 output/cost 服务中心工作经费 | ≥2.5 万元",
      "14 benefit/social 干部职工平均年出勤率 | ≥98 %",
      "16 benefit/sustainable 履职服务中心管理机制健全性 | 定性 健全",
      "18 satisfaction/satisfaction 县直各部门及政协干部职工满意度 | ≥98 %",
    ],
    issues: 0,
  },
  11: {
    headings: [
      "1 产出指标 output 4",
      "2   数量指标 quantity 1",
      "4   质量指标 quality 1",
      "6   时效指标 timeliness 1",
      "8   成本指标 cost 1",
      "10 效益指标 benefit 2",
      "11   社会效益指标 social 1",
      "13   可持续影响指标 sustainable 1",
      "15 满意度指标 satisfaction 1",
    ],
    indicators: [
      "3 output/quantity 电信安全专线 | 1 条",
      "5 output/quality 开展网络远程协商议政完成率 | 98 %",
      "7 output/timeliness 工作完成及时率 | 98 %",
      "9 output/cost 网络专线服务费 | 1.2 万元",
      "12 benefit/social 政策知晓率 | ≥98 %",
      "14 benefit/sustainable 网络专线管理机制健全性 | 定性 健全",
      "16 satisfaction/satisfaction 政协委员及网络远程对象满意度 | ≥98 %",
    ],
    issues: 0,
  },
  12: {
    headings: [
      "1 产出指标 output 4",
      "2   数量指标 quantity 1",
      "4   质量指标 quality 1",
      "6   时效指标 timeliness 1",
      "8   成本指标 cost 1",
      "10 效益指标 benefit 2",
      "11   社会效益指标 social 1",
      "13   可持续影响指标 sustainable 1",
      "15 满意度指标 satisfaction 1",
    ],
    indicators: [
      "3 output/quantity 补贴人数 | 7 名",
      "5 output/quality 补贴资金到位率 | 98 %",
      "7 output/timeliness 工作完成及时率 | 98 %",
      "9 output/cost 公用及慰问金额 | 0.21 万元",
      "12 benefit/social 政策知晓率 | ≥98 %",
      "14 benefit/sustainable 服务退休人员及时率 | 定性 及时",
      "16 satisfaction/satisfaction 退休干部满意度 | ≥99 %",
    ],
    issues: 0,
  },
  13: {
    headings: [
      "1 产出指标 output 4",
      "2   数量指标 quantity 1",
      "4   质量指标 quality 1",
      "6   时效指标 timeliness 1",
      "8   成本指标 cost 1",
      "10 效益指标 benefit 2",
      "11   社会效益指标 social 1",
      "13   可持续影响指标 sustainable 1",
      "15 满意度指标 satisfaction 1",
    ],
    indicators: [
      "3 output/quantity 补贴人数 | 1 名",
      "5 output/quality 补贴资金到位率 | 100 %",
      "7 output/timeliness 工作完成及时率 | 70 %",
      "9 output/cost 记账成本 | 3.6 万元",
      "12 benefit/social 合同知晓率 | ≥98 %",
      "14 benefit/sustainable 记账及时率 | 定性 及时",
      "16 satisfaction/satisfaction 服务单位满意度 | ≥45 %",
    ],
    issues: 0,
  },
  14: {
    headings: [
      "1 产出指标 output 6",
      "2   数量指标 quantity 2",
      "5   质量指标 quality 1",
      "7   时效指标 timeliness 1",
      "9   成本指标 cost 2",
      "12 效益指标 benefit 2",
      "13   社会效益指标 social 1",
      "15   可持续影响指标 sustainable 1",
      "17 满意度指标 satisfaction 1",
    ],
    indicators: [
      "3 output/quantity 财政公益性 | 1 名",
      "4 output/quantity 就业公益性 | 8 名",
      "6 output/quality 编外聘用人员考核达标率 | ≥95 %",
      "8 output/timeliness 编外聘用工资发放、社会保险缴纳及时性 | 定性 按月发放及缴纳",
      "10 output/cost 编外人员工资支付标准 | 定性 按规定支付",
      "11 output/cost 预算成本控制率 | ≤0 %",
      "14 benefit/social 保障工作正常开展 | 定性 正常开展",
      "16 benefit/sustainable 受益编外人员工作积极性 | 定性 积极",
      "18 satisfaction/satisfaction 单位编外人员参与工作后满意度 | >90 %",
    ],
    issues: 0,
  },
};

describe("seed indicator cells", () => {
  it("covers all 14 seed projects", () => {
    expect(SEED_ROWS.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(Object.keys(EXPECTED).map(Number)).toEqual(SEED_ROWS.map((r) => r.no));
  });

  it.each(SEED_ROWS.map((r) => [r.no]))("project %i: headings, indicators, values, units, lines", (no) => {
    const tree = parseIndicatorText(seedIndicators(no), { sheet: "公开表", row: 4 + no, col: 4 });
    const want = EXPECTED[no];
    expect(tree.headings.map(showHeading)).toEqual(want.headings);
    expect(tree.indicators.map(showIndicator)).toEqual(want.indicators);
    expect(tree.issues).toHaveLength(want.issues);
  });

  it("points every heading and indicator at the cell and its logical line", () => {
    const tree = parseIndicatorText(seedIndicators(1), { sheet: "公开表", row: 5, col: 4 });
    expect(tree.headings[0].source).toEqual({ sheet: "公开表", row: 5, col: 4, line: 1 });
    expect(tree.indicators[0].source).toEqual({ sheet: "公开表", row: 5, col: 4, line: 3 });
    expect(tree.indicators[0].raw).toBe("1. 举行政协全委会议 1次");
  });

  it("gives 二级 headings their 一级 key", () => {
    const tree = parseIndicatorText(seedIndicators(2), { sheet: "S", row: 0, col: 0 });
    const level1Keys = tree.headings.filter((h) => h.level === 2).map((h) => `${h.text}:${h.level1Key}`);
    expect(level1Keys).toEqual([
      "数量指标:output",
      "质量指标:output",
      "时效指标:output",
      "成本指标:output",
      "社会效益指标:benefit",
      "可持续影响指标:benefit",
    ]);
  });

  it("reads numbers as exact decimals", () => {
    const tree = parseIndicatorText(seedIndicators(1), { sheet: "S", row: 0, col: 0 });
    const total = tree.indicators.find((i) => i.name === "会议筹办总成本");
    expect(total?.number?.toString()).toBe("10.85");
    expect(total?.number?.times(10000).toString()).toBe("108500");
  });

  it("explains the malformed values in Chinese", () => {
    const p5 = parseIndicatorText(seedIndicators(5), { sheet: "S", row: 0, col: 0 }).indicators;
    expect(p5[0].malformed).toContain("2/次");
    const p6 = parseIndicatorText(seedIndicators(6), { sheet: "S", row: 0, col: 0 }).indicators;
    const fuel = p6.find((i) => i.name === "视察、调研燃料费");
    expect(fuel?.malformed).toContain("350元/次");
    const trips = p6.find((i) => i.name === "外出视察、调研");
    expect(trips?.malformed).toContain("两个数值");
    const p9 = parseIndicatorText(seedIndicators(9), { sheet: "S", row: 0, col: 0 }).indicators;
    const print = p9.find((i) => i.name.endsWith("印刷出版成本"));
    expect(print?.malformed).toContain("元/本");
  });

  it("leaves the project without 满意度指标 (9) without a satisfaction heading", () => {
    const tree = parseIndicatorText(seedIndicators(9), { sheet: "S", row: 0, col: 0 });
    expect(tree.headings.some((h) => h.key === "satisfaction")).toBe(false);
  });
});
