/**
 * One voice per indicator (src/core/rules/util/rewrite.ts): when several rules speak about one value,
 * every fix they write out is the same rewrite, and it carries the unit the unit rules ask for. Each
 * case runs every rule on one indicator and reads the messages as the user does.
 */
import { runRules } from "../../../src/core/engine/run-rules";
import type { Operator } from "../../../src/core/model";
import { EXTRA_LINE, withIndicator } from "./_support/one-indicator";

interface Case {
  name: string;
  l1?: string;
  l2: string;
  op: Operator | null;
  value: string;
  unit: string | null;
  /** Rules that must all speak about it (the conflict the case is about). */
  rules: string[];
  /** The one rewrite every fix must quote. */
  rewrite: string;
}

const CASES: Case[] = [
  {
    name: "a count in % with no operator (seed: 会议异常事故发生次数 0%)",
    l2: "质量指标",
    op: null,
    value: "0",
    unit: "%",
    rules: ["operator-missing", "unit-mismatch"],
    rewrite: "=0次",
  },
  {
    name: "a rate with neither operator nor unit (seed: 开展委员培训及时率 98)",
    l2: "时效指标",
    op: null,
    value: "98",
    unit: null,
    rules: ["operator-missing", "unit-missing"],
    rewrite: "≥98%",
  },
  {
    name: "people counted in 次, no operator",
    l2: "数量指标",
    op: null,
    value: "210",
    unit: "次",
    rules: ["operator-missing", "unit-mismatch"],
    rewrite: "≥210人",
  },
  {
    name: "a rate in 人, no operator",
    l2: "质量指标",
    op: null,
    value: "98",
    unit: "人",
    rules: ["operator-missing", "unit-mismatch"],
    rewrite: "≥98%",
  },
  {
    name: "a spending amount in 次, no operator",
    l2: "成本指标",
    op: null,
    value: "2",
    unit: "次",
    rules: ["operator-missing", "unit-mismatch"],
    rewrite: "≤2万元",
  },
  {
    name: "satisfaction capped with ≤ and no unit",
    l1: "满意度指标",
    l2: "服务对象满意度指标",
    op: "<=",
    value: "95",
    unit: null,
    rules: ["direction-inverted", "unit-missing"],
    rewrite: "≥95%",
  },
  {
    name: "a cost with ≥ and no unit",
    l2: "成本指标",
    op: ">=",
    value: "2.5",
    unit: null,
    rules: ["cost-operator", "unit-missing"],
    rewrite: "≤2.5万元",
  },
  {
    name: "a meeting length with ≥ and no unit",
    l2: "时效指标",
    op: ">=",
    value: "3",
    unit: null,
    rules: ["duration-uncapped", "unit-missing"],
    rewrite: "≤3天",
  },
  {
    name: "only the operator missing: the unit as written",
    l2: "质量指标",
    op: null,
    value: "95",
    unit: "%",
    rules: ["operator-missing"],
    rewrite: "≥95%",
  },
  {
    name: "the unit in the name: none added",
    l2: "质量指标",
    op: null,
    value: "85",
    unit: null,
    rules: ["operator-missing"],
    rewrite: "≥85",
  },
  {
    name: "a rate written in 工作日 with no operator: a time limit, its unit kept",
    l2: "时效指标",
    op: null,
    value: "7",
    unit: "工作日",
    rules: ["operator-missing", "unit-mismatch"],
    rewrite: "≤7工作日",
  },
];

const NAMES: Record<string, string> = {
  "a rate written in 工作日 with no operator: a time limit, its unit kept": "检测及时率",
  "a count in % with no operator (seed: 会议异常事故发生次数 0%)": "会议异常事故发生次数",
  "a rate with neither operator nor unit (seed: 开展委员培训及时率 98)": "开展委员培训及时率",
  "people counted in 次, no operator": "接待人数",
  "a rate in 人, no operator": "政策知晓率",
  "a spending amount in 次, no operator": "会议费",
  "satisfaction capped with ≤ and no unit": "服务对象满意度",
  "a cost with ≥ and no unit": "办公经费",
  "a meeting length with ≥ and no unit": "会议时间",
  "only the operator missing: the unit as written": "政协委员参会率",
  "the unit in the name: none added": "苗木成活率(%)",
};

/** 「…」 quotes after 请写成/请改为 that write out a whole value (an operator first). */
const REWRITE = /(?:请写成|请改为|改为)「([≥≤=<>][^」]*)」/g;
/** Units asked for on their own: unit-missing's 「应为「%」」, unit-mismatch's 「请改为「次」」. */
const UNIT = /(?:应为|请改为)「([^≥≤=<>」][^」]*)」/g;

describe("one voice per indicator: every fix on a value is the same rewrite", () => {
  test.each(CASES)("$name", (c) => {
    const table = withIndicator({
      l1: c.l1,
      l2: c.l2,
      name: NAMES[c.name],
      op: c.op,
      value: c.value,
      unit: c.unit,
    });
    const findings = runRules([table]).filter((f) => f.line === EXTRA_LINE);
    const ids = findings.map((f) => f.ruleId);
    for (const id of c.rules) expect(ids).toContain(id);

    const rewrites = findings.flatMap((f) => [...f.message.matchAll(REWRITE)].map((m) => m[1]));
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).toBe(c.rewrite);

    // A unit asked for on its own is the rewrite's unit.
    const units = findings.flatMap((f) => [...f.message.matchAll(UNIT)].map((m) => m[1]));
    for (const u of units) expect(c.rewrite.endsWith(u)).toBe(true);
  });
});
