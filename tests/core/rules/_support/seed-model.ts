/**
 * The seed table for the completeness/value rules: the full model of tests/core/rules/_support/arith-seed.ts
 * (every indicator, as the parser should read it), with the lines the parser must report as malformed
 * marked, and a corrected copy. Built with the test factories so the rules can be checked against the seed
 * before (and independently of) the real parser.
 */
import type { Project } from "../../../../src/core/model";
import { makeProject, type IndicatorSpec } from "../../../helpers/model-factory";
import { FULL_SEED, seedSpec, type FullSeedProject, type SeedLine } from "./arith-seed";

/** [二级 short name, 三级 name, operator, value, unit, malformed reason?] */
type Line = [...SeedLine, string?];

export interface SeedProject extends Omit<FullSeedProject, "lines"> {
  lines: Line[];
}

/** Lines written so that the parser reports them (value-malformed), by project number and 三级 name. */
const MALFORMED: Record<number, Record<string, string>> = {
  5: {
    举办政协委员省外培训班次数: "数值和单位之间多了「/」",
    本县举办政协委员培训班次数: "数值和单位之间多了「/」",
  },
  6: {
    "外出视察、调研": "「2次/2500元」把次数和金额写在了一起",
    "视察、调研燃料费": "「次/350元」单位写在了数值前面",
    前筹备办公费: "「次/1000元」单位写在了数值前面",
  },
  9: { "《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本": "单位缺少金额（应为元/本）" },
};

export function spec(line: Line): IndicatorSpec {
  const [level, name, op, value, unit, malformed] = line;
  const s = seedSpec([level, name, op, value, unit]);
  if (malformed) s.malformed = malformed;
  return s;
}

/** Row 5 + no, like the seed's layout. */
export function buildProject(p: SeedProject): Project {
  return makeProject({
    name: p.name,
    amount: p.amount,
    goal: p.goal,
    indicators: p.lines.map(spec),
    row: 5 + p.no,
  });
}

export const SEED: SeedProject[] = FULL_SEED.map((p) => ({
  ...p,
  lines: p.lines.map((l): Line => (MALFORMED[p.no]?.[l[1]] ? [...l, MALFORMED[p.no][l[1]]] : l)),
}));

/** The same table as a careful accountant would correct it (only what the completeness/value rules flag). */
export const CORRECTIONS: Record<number, { goal?: string; lines: Record<string, Line> }> = {
  1: {
    lines: {
      会议异常事故发生次数: ["质量", "会议异常事故发生次数", "=", "0", "次"],
      会议时间: ["时效", "会议时间", "<=", "3", "天"],
    },
  },
  3: { lines: { 开展委员培训及时率: ["时效", "开展委员培训及时率", ">=", "98", "%"] } },
  5: {
    lines: {
      举办政协委员省外培训班次数: ["数量", "举办政协委员省外培训班次数", ">=", "2", "次"],
      本县举办政协委员培训班次数: ["数量", "本县举办政协委员培训班次数", ">=", "3", "次"],
    },
  },
  6: {
    lines: {
      "外出视察、调研": ["成本", "外出视察、调研差旅费", "<=", "2500", "元/次"],
      "视察、调研燃料费": ["成本", "视察、调研燃料费", "<=", "350", "元/次"],
      前筹备办公费: ["成本", "前筹备办公费", "<=", "1000", "元/次"],
      "县委、县政协采纳参考意见提升": ["可持续", "意见建议采纳机制健全性", null, "健全", null],
    },
  },
  7: {
    lines: {
      农牧民误工补贴: ["成本", "农牧民误工补贴", "<=", "120", "元/天"],
      常委意见建议采纳率提升: ["社会", "常委意见建议采纳率", ">=", "60", "%"],
    },
  },
  8: {
    lines: {
      接待人数: ["数量", "接待人数", ">=", "210", "人"],
      接待成本节约率: ["成本", "接待成本节约率", ">=", "5", "%"],
    },
  },
  9: {
    lines: {
      "《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本": [
        "成本",
        "《门源县藏族百年实录》、《非物质文化遗产》印刷出版成本",
        "<=",
        "150",
        "元/本",
      ],
      读者满意度: ["满意", "读者满意度", ">=", "90", "%"],
    },
  },
  10: {
    lines: {
      政协协商议政服务中心工作人员工作完成率: [
        "质量",
        "政协协商议政服务中心工作人员工作完成率",
        ">=",
        "95",
        "%",
      ],
      工作完成及时率: ["时效", "工作完成及时率", "=", "100", "%"],
      服务中心工作经费: ["成本", "服务中心工作经费", "<=", "2.5", "万元"],
    },
  },
  12: { lines: { 服务退休人员及时率: ["可持续", "退休人员服务机制健全性", null, "健全", null] } },
  13: {
    goal: "委托第三方代理记账机构完成全年账务核算和报表编制，账务差错率不超过1%。",
    lines: { 记账及时率: ["可持续", "代理记账管理制度健全性", null, "健全", null] },
  },
  14: {
    goal: "保障9名编外聘用人员工资按月足额发放、社会保险按时缴纳，保障单位工作正常开展。",
    lines: {
      "编外聘用工资发放、社会保险缴纳及时性": ["时效", "工资按月发放率", "=", "100", "%"],
      编外人员工资支付标准: ["成本", "编外人员工资支付标准", "<=", "3000", "元/人·月"],
      预算成本控制率: ["成本", "预算成本控制率", "<=", "100", "%"],
    },
  },
};

export function corrected(p: SeedProject): SeedProject {
  const fix = CORRECTIONS[p.no];
  if (!fix) return p;
  const lines = p.lines.map((l) => fix.lines[l[1]] ?? l);
  for (const [name, line] of Object.entries(fix.lines))
    if (!p.lines.some((l) => l[1] === name)) lines.push(line);
  return { ...p, goal: fix.goal ?? p.goal, lines };
}
