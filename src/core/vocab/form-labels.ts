/**
 * The words of a project form's label cells (项目名称 | …, 年度资金总额 | …, 年度目标 | …) as data. Every
 * province words its form a little differently — 项目(专项)名称, 专项资金名称, 资金名称; 年度资金总额,
 * 当年预算, 本年度项目金额(元), 下达中央预算内投资(万元); 年度目标, 项目年度目标, 当年绩效目标, 年度总体目标
 * — so a label is recognised by what its key (matchKey, brackets removed) contains, and ranked: the
 * annual amount and goal win over the total and the 中期 ones. Matching is on keys only.
 */
import { isFundSubline } from "./fund-sources";
import { labelKey } from "./label-key";

export type FormPart = "name" | "amount" | "goal" | "other";

export interface FormLabel {
  part: FormPart;
  /** Higher wins when a form has several labels for one part. */
  rank: number;
  /** Why it was recognised (Chinese, for the reading). */
  why: string;
}

export { labelKey };

const NAME = /^(项目|专项|专项资金|资金|项目专项|二级项目)名称$/;

/** Amount labels by rank: 3 annual, 2 a total of unknown period, 1 a group label, 0 the 中期 total. */
const AMOUNT_RANKS: readonly [RegExp, number, string][] = [
  [/(中期|长期|实施期).*(资金|金额|预算)/, 0, "中期金额"],
  [
    /^(年度|本年度?|当年|本年度项目)(资金|预算|项目)?(资金)?(申请)?(总额|金额|总金额|预算|预算数)(及构成|及来源|构成)?$|^(年度|当年)预算资金总额$|^下达.{0,8}(投资|资金)$/,
    3,
    "本年度金额",
  ],
  [
    /^(项目)?(资金|预算资金|预算|申报|总)?(总额|总金额|金额|合计)$|^项目申报金额$|^(项目)?资金总额$|^预算(金额|数)$/,
    2,
    "金额",
  ],
  [/^(项目)?(资金情况|资金|预算资金|项目资金|资金来源及规模|资金规模)$/, 1, "资金"],
];

/** Goal labels by rank: 3 annual, 2 overall or unqualified, 1 中期/长期. The key holds 目标, never 指标. */
function goalRank(key: string): [number, string] | null {
  if (!key.includes("目标") || key.includes("指标") || key.length > 14) return null;
  if (/表$|公示|申报|评价/.test(key)) return null; // a sheet title: 「…绩效目标表」
  if (/年度|当年|本年/.test(key) && !/中期|长期|实施期/.test(key)) return [3, "本年度目标"];
  if (/中期|长期|实施期|总目标$/.test(key)) return [1, "中期目标"];
  return [2, "绩效目标"];
}

/** Other labels of a form's top part: their cells are never values of another label. */
const OTHER =
  /^(项目编码|主管部门|实施单位|预算单位|单位名称|项目单位|申报单位|编制单位|项目负责人|负责人|联系人|联系电话|项目属性|项目类[型别]|项目来源|项目期|项目期限|项目周期|起止时间|项目概况|立项依据|其中|财政拨款|财政资金|其他资金|自筹资金|上年结转|资金性质|资金用途|业务主管部门|区域|项目分类|支出分类|政策依据|项目理由)/;

const HAS_CJK = /[\u4e00-\u9fff]/;

/** The key a cell's text is matched by as a label, or null when the text can be no form label. */
function formKeyOf(text: string): string | null {
  if (text === "" || text.length > 30 || !HAS_CJK.test(text)) return null;
  const t = text.trim();
  const inline = INLINE_VALUE.exec(t);
  // 「年度资金总额:50万」: the label is the part before the colon.
  const key = labelKey(inline ? t.slice(0, t.length - inline[1].length).replace(/[:：]\s*$/, "") : text);
  return key === "" || key.length > 16 ? null : key;
}

/** The label a cell's text is, or null when it is no form label. */
export function formLabelOf(text: string): FormLabel | null {
  const key = formKeyOf(text);
  if (key === null) return null;
  if (NAME.test(key)) return { part: "name", rank: 1, why: "项目名称" };
  if (isFundSubline(key)) return { part: "other", rank: 0, why: "资金构成" };
  for (const [re, rank, why] of AMOUNT_RANKS) if (re.test(key)) return { part: "amount", rank, why };
  const goal = goalRank(key);
  if (goal) return { part: "goal", rank: goal[0], why: goal[1] };
  if (OTHER.test(key)) return { part: "other", rank: 0, why: "" };
  return null;
}

/**
 * formLabelOf(text)?.part === "name" without the tests for the other labels: asked of the first cell of
 * every data row (does a new form start here?), where most texts are project names, not labels.
 */
export function isNameLabel(text: string): boolean {
  // Every NAME word ends in 名称, and a key only loses characters or simplifies them (名 has no other
  // form): a text without 名 is no 项目名称 label, whatever its key.
  if (!text.includes("名")) return false;
  const key = formKeyOf(text);
  return key !== null && NAME.test(key);
}

/**
 * 「年度」 alone (a label whose 目标 was lost): a goal label only when its value is prose. Checked by the
 * caller with the value in hand.
 */
export function isBareYearLabel(text: string): boolean {
  return /^(年度|本年度|当年)$/.test(labelKey(text));
}

/**
 * A label cell that also holds its value after a colon: 「项目名称：会议经费」, 「年度资金总额:50万」,
 * 「项目金额（元）：50000」. A colon inside brackets is part of the label: 「资金总额（单位：万元）」 holds no value.
 */
export const INLINE_VALUE = /^(?:[^:：(（]|[(（][^)）]*[)）]){2,12}[:：]\s*(\S.*)$/s;
