/**
 * Synthetic projects for the bench: names, goals and multi-line indicator trees written the way the seed
 * and county tables write them (several numbering and punctuation styles, now and then OCR debris), with
 * a few of the defects reviewers flag. Deterministic: the same seed gives the same workbook.
 */

export type Random = () => number;

/** mulberry32: small, fast, deterministic. */
export function makeRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const chance = (rnd: Random, p: number): boolean => rnd() < p;

interface ProjectType {
  names: readonly string[];
  subjects: readonly string[];
  goal: (n: { times: number; people: number; days: number }) => string;
}

const TYPES: readonly ProjectType[] = [
  {
    names: ["全体会议经费", "常委会议经费", "专题协商会议经费", "代表大会工作经费"],
    subjects: ["全体会议", "常委会议", "主席会议", "专题协商会", "座谈会", "情况通报会", "联络员会议"],
    goal: (n) =>
      `召开会议${n.times}次，参会人员${n.people}人，会期${n.days}天，保障会议各项议程顺利进行，为党委政府决策提供依据。`,
  },
  {
    names: ["委员培训工作经费", "干部轮训经费", "履职能力研修班经费"],
    subjects: ["委员培训", "干部轮训", "专题研修", "网络学习", "履职讲座", "业务培训"],
    goal: (n) => `举办培训班${n.times}期，每期${n.people}人，培训${n.days}天，提升委员和机关干部的履职能力。`,
  },
  {
    names: ["视察调研工作经费", "民主监督工作经费", "考察学习经费"],
    subjects: ["专题视察", "重点项目视察", "专题调研", "民主监督", "提案督办", "界别活动"],
    goal: (n) => `全年组织视察调研${n.times}次，形成调研报告，向县委县政府提出意见建议，推动重点工作落实。`,
  },
  {
    names: ["公务接待费", "外事接待经费"],
    subjects: ["公务接待", "来访接待", "交流考察接待"],
    goal: (n) => `按标准接待上级及兄弟单位来访人员${n.people}人次，做好后勤服务，促进交流合作。`,
  },
  {
    names: ["文史资料出版费", "年鉴编纂经费", "宣传资料印刷费"],
    subjects: ["文史资料征编", "稿件审校", "资料印刷", "档案整理", "成果发放"],
    goal: (n) => `征编出版文史资料${n.times}种，印制${n.people * 5}册，做好资料保存和发放。`,
  },
  {
    names: ["电信专线服务费", "信息化运维经费", "网络安全服务费"],
    subjects: ["专线运行", "系统运维", "视频会议保障", "网络安全防护", "数据备份"],
    goal: () => "保障电子政务专线和视频会议系统稳定运行，支持远程协商议政和协同办公。",
  },
  {
    names: ["编外聘用人员经费", "公益性岗位补贴", "离退休人员慰问经费", "代理记账服务费"],
    subjects: ["人员聘用", "工资发放", "慰问服务", "账务代理", "社保缴纳"],
    goal: (n) => `保障${n.people}名人员工资和社会保险按月足额发放，维护单位工作正常运转。`,
  },
];

interface Item {
  name: string;
  op: string;
  value: string;
  unit: string;
}
/** `cents`: the project amount in 0.01 万元, an integer, so synthetic money stays exact. */
type Template = (s: string, rnd: Random, cents: number) => Item;

/** 1234 → "12.34" (万元). */
export const centsText = (cents: number): string =>
  `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

const q = (name: string, op: string, value: number | string, unit: string): Item => ({
  name,
  op,
  value: String(value),
  unit,
});

const CATEGORY_TEMPLATES: Record<string, readonly Template[]> = {
  数量指标: [
    (s, r) => q(`开展${s}次数`, "≥", int(r, 1, 12), "次"),
    (s, r) => q(`${s}参与人数`, "≥", int(r, 20, 300), "人"),
    (s, r) => q(`${s}覆盖单位数`, "≥", int(r, 3, 40), "个"),
    (s, r) => q(`${s}形成报告数`, "≥", int(r, 1, 10), "篇"),
    (s, r) => q(`${s}印发材料`, "≥", int(r, 50, 800), "份"),
    (s, r) => q(`${s}服务人次`, "≥", int(r, 30, 900), "人次"),
    (s, r) => q(`${s}工作天数`, "=", int(r, 1, 5), "天"),
  ],
  质量指标: [
    (s, r) => q(`${s}任务完成率`, pick(r, ["≥", "="]), int(r, 90, 100), "%"),
    (s, r) => q(`${s}合格率`, "≥", int(r, 90, 100), "%"),
    (s, r) => q(`${s}覆盖率`, "≥", int(r, 85, 100), "%"),
    (s, r) => q(`${s}达标率`, "≥", int(r, 90, 100), "%"),
    (s) => q(`${s}资料准确率`, "=", 100, "%"),
  ],
  时效指标: [
    (s, r) => q(`${s}及时率`, pick(r, ["≥", "="]), int(r, 95, 100), "%"),
    (s) => q(`${s}按期完成率`, "=", 100, "%"),
    (s, r) => q(`${s}完成时限`, "≤", int(r, 3, 12), "个月"),
    (s, r) => q(`${s}资金支付及时率`, "≥", int(r, 95, 100), "%"),
  ],
  成本指标: [
    (s, r, c) => q(`${s}成本`, "≤", centsText(Math.max(1, Math.floor((c * int(r, 10, 40)) / 100))), "万元"),
    (s, r) => q(`${s}人均标准`, "≤", pick(r, [100, 130, 150, 340, 550]), "元/人·天"),
    (s, r) => q(`${s}单次费用`, "≤", int(r, 5, 60) * 100, "元"),
    (s) => q(`${s}成本增长率`, "≤", 0, "%"),
  ],
  社会效益指标: [
    (s, r) => q(`${s}问题整改率`, "≥", int(r, 80, 98), "%"),
    (s, r) => q(`${s}意见建议采纳率`, "≥", int(r, 60, 90), "%"),
    (s, r) => q(`${s}政策知晓率`, "≥", int(r, 85, 98), "%"),
    (s) => q(`${s}社会影响力`, "", "提升", ""),
    (s) => q(`${s}群众参与积极性`, "", "提高", ""),
  ],
  经济效益指标: [(s) => q(`${s}带动相关工作开展`, "", "有效", "")],
  可持续影响指标: [
    (s) => q(`${s}管理制度健全性`, "", "健全", ""),
    (s) => q(`${s}长效机制`, "", "健全", ""),
    (s) => q(`${s}工作规范性`, "", "规范", ""),
  ],
  满意度指标: [
    (s, r) => q(`${s}参与人员满意度`, "≥", int(r, 90, 98), "%"),
    (s, r) => q(`${s}服务对象满意度`, "≥", int(r, 90, 98), "%"),
    (s, r) => q(`${s}群众满意度`, "≥", int(r, 90, 98), "%"),
  ],
};

/** [一级, [二级, how many indicators lo..hi]]; 满意度指标 has no 二级 heading, as in the seed. */
const TREE: readonly [string, readonly [string | null, number, number][]][] = [
  [
    "产出指标",
    [
      ["数量指标", 6, 8],
      ["质量指标", 4, 6],
      ["时效指标", 3, 4],
      ["成本指标", 3, 5],
    ],
  ],
  [
    "效益指标",
    [
      ["经济效益指标", 0, 1],
      ["社会效益指标", 3, 5],
      ["可持续影响指标", 2, 3],
    ],
  ],
  ["满意度指标", [[null, 2, 4]]],
];

const CN = ["一", "二", "三", "四", "五", "六"];

/** The seed's defects, each rare: what a real table of 10,000 projects would contain. */
function withDefect(item: Item, rnd: Random, level2: string): Item {
  const roll = rnd();
  if (roll < 0.01) return { ...item, unit: "" }; // unit-missing
  if (roll < 0.02) return { ...item, op: "", value: "", unit: "" }; // value-missing
  if (roll < 0.03 && item.unit === "%") return { ...item, op: "" }; // operator-missing
  if (roll < 0.035 && level2 === "成本指标") return { ...item, op: "≥" }; // cost-operator
  if (roll < 0.04 && item.unit === "次") return { ...item, unit: "%" }; // unit-mismatch
  if (roll < 0.045 && item.unit === "%") return { ...item, op: "", value: "逐年递减", unit: "" }; // not measurable
  if (roll < 0.05 && item.name.endsWith("满意度")) return { ...item, value: "45" }; // satisfaction-low
  return item;
}

type Style = "clean" | "fullwidth" | "ocr";

function formatItem(i: number, item: Item, style: Style, rnd: Random): string {
  const num = style === "fullwidth" ? `${i}、` : `${i}. `;
  if (item.value === "") return `${num}${item.name}`;
  if (item.op === "") return `${num}${item.name} ${item.value}${item.unit}`;
  if (style === "ocr" && item.unit === "%" && (item.op === "≥" || item.op === "≤")) {
    return `${num}${item.name} $\\${item.op === "≥" ? "geq" : "leq"} ${item.value}\\%$`;
  }
  const gap = pick(rnd, ["", " ", " "]);
  return `${num}${item.name}${gap}${item.op}${pick(rnd, ["", " "])}${item.value}${item.unit}`;
}

export interface SyntheticProject {
  name: string;
  goal: string;
  indicatorText: string;
  indicatorCount: number;
}

/** One project of about 30 indicators; `cents` (the amount in 0.01 万元) sizes the cost items. */
export function syntheticProject(rnd: Random, index: number, cents: number): SyntheticProject {
  const type = pick(rnd, TYPES);
  const style: Style = chance(rnd, 0.1) ? "ocr" : chance(rnd, 0.4) ? "fullwidth" : "clean";
  const colon = style === "fullwidth" ? "：" : ":";
  const lines: string[] = [];
  let count = 0;
  const skipSatisfaction = chance(rnd, 0.02); // level1-missing
  TREE.forEach(([level1, children], a) => {
    if (level1 === "满意度指标" && skipSatisfaction) return;
    lines.push(`${CN[a]}、${level1}`);
    let b = 0;
    for (const [level2, lo, hi] of children) {
      const n = int(rnd, lo, hi);
      if (n === 0) continue;
      if (level2)
        lines.push(style === "fullwidth" ? `（${CN[b]}）${level2}${colon}` : `(${CN[b]}) ${level2}${colon}`);
      b++;
      const templates = CATEGORY_TEMPLATES[level2 ?? level1];
      const used = new Set<string>();
      for (let i = 1; i <= n; i++) {
        let item = pick(rnd, templates)(pick(rnd, type.subjects), rnd, cents);
        for (let tries = 0; used.has(item.name) && tries < 5; tries++) {
          item = pick(rnd, templates)(pick(rnd, type.subjects), rnd, cents);
        }
        used.add(item.name);
        if (level2 === "成本指标" && i === 1)
          item = q(`${type.subjects[0]}总成本`, "≤", centsText(cents), "万元");
        lines.push(formatItem(i, withDefect(item, rnd, level2 ?? level1), style, rnd));
        count++;
      }
    }
  });
  const text = style === "ocr" ? lines.map((l) => `<p>${l}</p>`).join(" ") : lines.join("\n");
  const numbers = { times: int(rnd, 1, 6), people: int(rnd, 10, 200), days: int(rnd, 1, 5) };
  const goal = chance(rnd, 0.01) ? "" : chance(rnd, 0.01) ? "合同" : type.goal(numbers);
  return {
    name: `${index}. ${chance(rnd, 0.3) ? "2024年" : ""}${pick(rnd, type.names)}`,
    goal,
    indicatorText: text,
    indicatorCount: count,
  };
}
