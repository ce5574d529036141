/**
 * The table facts stand in for the indicators' own fields and names: every flag, hint and remembered
 * word class must agree with what the rules used to work out from the indicator itself.
 */
import fc from "fast-check";
import type { Indicator } from "../../../../src/core/model";
import { nameKey } from "../../../../src/core/rules/util/compact-name";
import { H_BENEFICIARY, hintsNeeded } from "../../../../src/core/rules/util/name-hints";
import {
  categoryLevel1,
  categoryLevel2,
  KEY_UNUSUAL,
  MEASURED,
  NAME_CONTROL_RATE,
  NAME_COST_WORD,
  NAME_GROWTH,
  NAME_MAN,
  NAME_RATE,
  NAME_SATISFACTION,
  NAME_MONEY_END,
  NAME_TIMELY,
  PERCENT_OUTSIDE,
  QUAL_TEXT,
  QUANT,
  UNIT_BLANK,
  UNIT_COUNT,
  UNIT_DAY,
  UNIT_MONEY,
  UNIT_NULL,
  UNIT_PERCENT_LIKE,
  UNIT_SLASH,
  UNIT_TIMES,
  UNIT_YUAN,
} from "../../../../src/core/rules/util/indicator-flags";
import { TableFacts } from "../../../../src/core/rules/util/table-facts";
import { NameKind, nameIs, stripSpaces } from "../../../../src/core/vocab/indicator-kind";
import { makeProject, type IndicatorSpec } from "../../../helpers/model-factory";

/** Words of the vocab word lists and of real names, with the characters hints and pairs look at. */
const WORDS = [
  "满意度",
  "满意率",
  "率",
  "效率",
  "频率",
  "占比",
  "比例",
  "百分比",
  "次数",
  "个数",
  "场次",
  "批次",
  "数量",
  "人数",
  "人次",
  "人员数",
  "名额",
  "成本",
  "费",
  "经费",
  "资金",
  "金额",
  "补贴",
  "补助",
  "单价",
  "定额",
  "预算",
  "开支",
  "支出",
  "标准",
  "住宿",
  "伙食",
  "接待",
  "餐",
  "收入",
  "节约",
  "带动",
  "进度",
  "到位",
  "覆盖",
  "人员",
  "委员",
  "干部",
  "群众",
  "总成本",
  "总额",
  "合计",
  "控制在",
  "以内",
  "控制率",
  "增长率",
  "增幅",
  "涨幅",
  "会期",
  "会议",
  "时间",
  "天数",
  "培训",
  "及时",
  "按时",
  "按期",
  "准时",
  "时效",
  "时限",
  "周期",
  "完成时间",
  "健全",
  "机制",
  "制度",
  "长效",
  "可持续",
  "合理性",
  "规范性",
  "合格率",
  "完成率",
  "验收",
  "差错率",
  "事故率",
  "投诉率",
  "降低率",
  "指标",
  "数量指标",
  "工作",
  "政协",
  "《实录》",
  "受益",
  "惠及",
  "帮扶",
  "服务对象",
  "工资",
  "薪酬",
  "慰问金",
  "租金",
  "用",
  "额",
  "资",
  "金",
  "单",
  "价",
  "预",
  "算",
  "开",
  "支",
  "出",
  "补",
  "贴",
  "助",
  "定",
  "标",
  "准",
  "满",
  "意",
  "占",
  "比",
  "例",
  "百",
  "分",
  "、",
  "，",
  " ",
  "\u3000",
  "（",
  "）",
  "·",
  "/",
  "Ａ",
  "Ｂ",
  "A",
  "b",
  "１",
  "9",
  "成",
  "本",
  "时",
  "期",
  "效",
];
const nameArb = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 5 }).map((ws) => ws.join(""));
const UNITS = [
  null,
  "%",
  "％",
  " % ",
  "‰",
  "个百分点",
  "",
  " ",
  "次",
  " 次",
  "人",
  "名",
  "天",
  " 天",
  "日",
  "工作日",
  "元",
  "万元",
  "万",
  "千元",
  "元/人·天",
  "元/本",
  "个月",
  "分",
  "万元/人",
];
const KINDS = Object.values(NameKind);

function factsOf(specs: IndicatorSpec[]): { facts: TableFacts; inds: Indicator[] } {
  const project = makeProject({ indicators: specs });
  return { facts: new TableFacts([project]), inds: project.indicators };
}

const TIMELY = /及时|按时|按期|准时|时效/;
const MONEY_TAIL = /(成本|费|费用|经费|资金|金额|补贴|补助|单价|定额|标准|开支|支出|工资|薪酬|慰问金|租金)$/;
const BENEFICIARY = /受益|惠及|帮扶|覆盖.*(人|户)|服务对象/;
const PERCENT = /^\s*(%|％|‰|百分比|个?百分点)\s*$/;

describe("TableFacts", () => {
  it("agrees with the indicators' names and units on arbitrary names", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: nameArb,
            unit: fc.constantFrom(...UNITS),
            value: fc.constantFrom("95", "-1", "-0", "0", "100", "100.5", "150", "1000", "0.5", "健全", null),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (rows) => {
          const { facts, inds } = factsOf(
            rows.map((r) => ({ name: r.name, unit: r.unit, value: r.value, l2: "质量指标" })),
          );
          inds.forEach((ind, k) => {
            const f = facts.flags[k];
            const plain = stripSpaces(ind.name);
            // every word class, remembered or not, as the vocab reads the name
            for (const kind of KINDS) {
              expect(facts.is(k, kind)).toBe(nameIs(plain, kind));
              const needed = hintsNeeded(kind);
              if (needed !== 0 && nameIs(plain, kind)) expect(facts.hints[k] & needed).not.toBe(0);
            }
            expect((f & NAME_RATE) !== 0).toBe(nameIs(plain, NameKind.rate));
            expect((f & NAME_SATISFACTION) !== 0).toBe(nameIs(plain, NameKind.satisfaction));
            expect((f & NAME_MAN) !== 0).toBe(ind.name.includes("满"));
            expect((f & NAME_GROWTH) !== 0).toBe(/[增涨]/.test(ind.name));
            expect((f & NAME_CONTROL_RATE) !== 0).toBe(ind.name.includes("控制率"));
            expect((f & NAME_COST_WORD) !== 0).toBe(ind.name.includes("成本"));
            expect((f & NAME_TIMELY) !== 0).toBe(TIMELY.test(ind.name));
            // hints that only rule out: a name the pattern matches has them
            if (MONEY_TAIL.test(ind.name)) expect(f & NAME_MONEY_END).not.toBe(0);
            if (BENEFICIARY.test(ind.name)) expect(facts.hints[k] & H_BENEFICIARY).not.toBe(0);
            const key = nameKey(ind.name);
            expect((f & KEY_UNUSUAL) !== 0).toBe(key.length < 2 || key.endsWith("指标"));
            // unit facts
            const unit = ind.unit;
            expect((f & UNIT_NULL) !== 0).toBe(unit === null);
            expect((f & UNIT_BLANK) !== 0).toBe(unit !== null && unit.trim() === "");
            expect((f & UNIT_YUAN) !== 0).toBe(unit !== null && unit.includes("元"));
            expect((f & UNIT_SLASH) !== 0).toBe(unit !== null && unit.includes("/"));
            expect((f & UNIT_DAY) !== 0).toBe(unit !== null && /^(天|日|个?工作日)$/.test(unit.trim()));
            expect((f & UNIT_PERCENT_LIKE) !== 0).toBe(unit !== null && PERCENT.test(unit));
            expect((f & UNIT_TIMES) !== 0).toBe(unit === "次");
            // value facts
            expect((f & QUANT) !== 0).toBe(!ind.qualitative && ind.number !== null);
            expect((f & QUAL_TEXT) !== 0).toBe(
              ind.value !== null && (ind.qualitative || ind.number === null),
            );
            const percent = unit === "%" || unit === "％";
            const outside = ind.number !== null && (ind.number.gt(100) || ind.number.lt(0));
            expect((f & PERCENT_OUTSIDE) !== 0).toBe(percent && outside);
          });
          // equal name keys, equal hashes
          inds.forEach((a, i) =>
            inds.forEach((b, j) => {
              if (nameKey(a.name) === nameKey(b.name)) expect(facts.keyHash[i]).toBe(facts.keyHash[j]);
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads money and count units", () => {
    const { facts } = factsOf([
      { name: "会议费", value: "10", unit: "万元" },
      { name: "印数", value: "800", unit: "册" },
      { name: "参会人数", value: "120", unit: " 名" },
      { name: "住宿标准", value: "340", unit: "元/人·天" },
    ]);
    expect(facts.flags[0] & (UNIT_MONEY | UNIT_COUNT)).toBe(UNIT_MONEY);
    expect(facts.flags[1] & (UNIT_MONEY | UNIT_COUNT)).toBe(UNIT_COUNT);
    expect(facts.flags[2] & (UNIT_MONEY | UNIT_COUNT)).toBe(UNIT_COUNT);
    expect(facts.flags[3] & (UNIT_MONEY | UNIT_COUNT | UNIT_SLASH)).toBe(UNIT_SLASH);
  });

  it("keeps each indicator's 一级/二级 keys and whether the 二级 needs a number", () => {
    const { facts, inds } = factsOf([
      { l1: "产出指标", l2: "成本指标", name: "会议费", value: "10", unit: "万元" },
      { l1: "效益指标", l2: "社会效益指标", name: "知晓率", value: "90", unit: "%" },
      { l1: "满意度指标", l2: "", name: "满意度", value: "90", unit: "%" },
    ]);
    inds.forEach((ind, k) => {
      expect(categoryLevel1(facts.category[k])).toBe(ind.level1Key);
      expect(categoryLevel2(facts.category[k])).toBe(ind.level2Key);
    });
    expect([0, 1, 2].map((k) => (facts.flags[k] & MEASURED) !== 0)).toEqual([true, false, false]);
  });
});
