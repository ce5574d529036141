/**
 * standard-exceeded: a per-person-day cost above the spending standard that applies — 会议费
 * (综合定额, or 住宿/伙食 separately), 培训费综合定额, 差旅伙食补助, 公务接待工作餐. Quotas come from
 * settings.standards (provinces publish their own). When the meeting/training class is not written,
 * the highest class is assumed, so nothing is flagged on a guess.
 * Example: "参会人员伙食标准 150元/人·天" in a 三类会议 (cap 130).
 */
import Decimal from "decimal.js";
import type { Indicator, Project } from "../model";
import type { SpendingStandards } from "../settings";
import { compactName } from "./util/compact-name";
import { costPictures } from "./util/cost-items";
import { formatPlain } from "./util/cost-money";
import type { UnitCost } from "./util/cost-units";
import { defineRule } from "./rule";
import { decimalGt } from "./util/decimal-compare";
import { statedClass } from "./util/stated-class";

interface Quota {
  /** What the cap is called in the message: "会议伙食费标准". */
  label: string;
  yuan: number;
  /** How the class was chosen: "三类会议" or "未注明会议类别，按一类会议计". */
  basis: string;
  unit: string;
}

/** Quotas as decimals, made once each (comparing with a plain number makes decimal.js build one every time). */
const DECIMALS = new Map<number, Decimal>();
function decimalOf(n: number): Decimal {
  let d = DECIMALS.get(n);
  if (d === undefined) {
    if (DECIMALS.size > 256) DECIMALS.clear(); // quotas come from settings: a handful
    DECIMALS.set(n, (d = new Decimal(n)));
  }
  return d;
}

const TRAVEL = /差旅|出差/;
const MEAL_ALLOWANCE = /伙食(补助|补贴|费)|伙食标准|餐费/;
const RECEPTION_MEAL = /工作餐|接待餐|用餐/;
const MEAL_SUBSIDY = /伙食(补助|补贴)/;
const TRAVEL_PROJECT = /视察|调研|考察|差旅|出差/;
const TRAINING = /培训|轮训|研修|学习班/;
const MEETING = /会议|全会|常委会|代表大会|会务|参会|会期/;

function meetingQuota(name: string, project: Project, s: SpendingStandards): Quota {
  const stated = statedClass({ name }, project);
  const cls = (
    stated && stated in s.meeting ? stated : s.defaultMeetingClass
  ) as keyof SpendingStandards["meeting"];
  const q = s.meeting[cls];
  const basis = stated === cls ? `${cls}会议` : `未注明会议类别，按${cls}会议计`;
  if (/住宿/.test(name)) return { label: "会议住宿费标准", yuan: q.lodging, basis, unit: "元/人·天" };
  if (/伙食|餐/.test(name)) return { label: "会议伙食费标准", yuan: q.meals, basis, unit: "元/人·天" };
  return { label: "会议费综合定额", yuan: q.total, basis, unit: "元/人·天" };
}

function trainingQuota(name: string, project: Project, s: SpendingStandards): Quota {
  const stated = statedClass({ name }, project);
  const cls = (
    stated && stated in s.training ? stated : s.defaultTrainingClass
  ) as keyof SpendingStandards["training"];
  const basis = stated === cls ? `${cls}培训` : `未注明培训类别，按${cls}培训计`;
  return { label: "培训费综合定额", yuan: s.training[cls], basis, unit: "元/人·天" };
}

const isPerPersonDay = (c: UnitCost) => c.per.length === 2 && c.per.includes("人") && c.per.includes("天");
const isPerPersonMeal = (c: UnitCost) =>
  c.per[0] === "人" && (c.per.length === 1 || c.per[1] === "餐" || c.per[1] === "次");

/** The quota that applies to this cost, or null when no standard in the settings covers it. */
function quotaFor(ind: Indicator, cost: UnitCost, project: Project, s: SpendingStandards): Quota | null {
  const name = compactName(ind.name);
  if (RECEPTION_MEAL.test(name)) {
    return isPerPersonMeal(cost)
      ? { label: "公务接待工作餐标准", yuan: s.receptionMeal, basis: "每人每餐", unit: "元/人" }
      : null;
  }
  if (!isPerPersonDay(cost)) return null;
  const travel: Quota = {
    label: "差旅伙食补助标准",
    yuan: s.travelMeal,
    basis: "出差期间每人每天",
    unit: "元/人·天",
  };
  // 差旅 lodging caps depend on the city: not in the standards table, so only the meal allowance is checked.
  if (TRAVEL.test(name)) return MEAL_ALLOWANCE.test(name) ? travel : null;
  // The name says which standard before the project does: a 培训 item inside a 会议 project is training.
  if (TRAINING.test(name)) return trainingQuota(name, project, s);
  if (MEETING.test(name)) return meetingQuota(name, project, s);
  if (TRAINING.test(project.name)) return trainingQuota(name, project, s);
  if (MEETING.test(project.name)) return meetingQuota(name, project, s);
  // A meal allowance outside meetings and trainings is the 差旅 one (视察、调研、考察 projects).
  if (MEAL_SUBSIDY.test(name)) return travel;
  if (TRAVEL_PROJECT.test(project.name) && MEAL_ALLOWANCE.test(name)) return travel;
  return null;
}

export default defineRule({
  meta: {
    id: "standard-exceeded",
    messages: {
      exceeded:
        "「{{name}}」为 {{value}}，超过{{quotaName}} {{quota}}（{{basis}}）。请按开支标准核减；如适用其他类别或本地标准，请在设置中调整标准表。",
    },
  },
  check(ctx) {
    const s = ctx.settings.standards;
    const pictureOf = costPictures(ctx.table);
    ctx.table.projects.forEach((project, p) => {
      for (const { ind, cost } of pictureOf(p).unitCosts) {
        const quota = quotaFor(ind, cost, project, s);
        if (!quota || !decimalGt(cost.priceYuan, decimalOf(quota.yuan))) continue;
        ctx.report({
          messageId: "exceeded",
          project,
          indicator: ind,
          data: {
            name: ind.name,
            value: `${formatPlain(cost.priceYuan)}${cost.label}`,
            quotaName: quota.label,
            quota: `${quota.yuan}${quota.unit}`,
            basis: quota.basis,
          },
        });
      }
    });
  },
});
