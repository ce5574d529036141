/**
 * title-goal-mismatch: the project name and its goal disagree on a 届次, a 会议次 or a year.
 * Seed project 1: "政协十七届四次会议工作经费" vs goal "成功举办政协门源县第十七届委员会第三次会议".
 * Only numbers both texts state are compared: a goal that names no session says nothing against the name.
 */
import { extractSessionRefs, sessionRefsIn } from "../text/goal-numbers";
import { goalNumbersOf } from "./util/goal-numbers-of";
import { defineRule } from "./rule";

/** A name without 届, 次 or 年 states nothing to compare (a cheap filter before the number scan). */
const SESSION_HINT = /[届次年]/;

type Kind = "terms" | "sessions" | "years";

const SHOW: Record<Kind, (n: number) => string> = {
  terms: (n) => `第${n}届`,
  sessions: (n) => `第${n}次会议`,
  years: (n) => `${n}年`,
};
const WHAT: Record<Kind, string> = { terms: "届次", sessions: "会议次数", years: "年度" };

export default defineRule({
  meta: {
    id: "title-goal-mismatch",
    messages: {
      mismatch:
        "项目名称「{{name}}」写的是{{nameValue}}，绩效目标写的是{{goalValue}}，两者不一致。请核对项目名称或绩效目标中的{{what}}。",
    },
  },
  check(ctx) {
    const numbersIn = goalNumbersOf(ctx.table);
    for (const project of ctx.table.projects) {
      if (!project.goal.trim() || !SESSION_HINT.test(project.name)) continue; // empty goal: goal-missing
      const inName = extractSessionRefs(project.name);
      if (inName.terms.length + inName.sessions.length + inName.years.length === 0) continue;
      const inGoal = sessionRefsIn(numbersIn(project.goal));
      for (const kind of ["terms", "sessions", "years"] as const) {
        const a = inName[kind];
        const b = inGoal[kind];
        if (a.length === 0 || b.length === 0 || b.some((n) => a.includes(n))) continue;
        ctx.report({
          messageId: "mismatch",
          project,
          at: project.cells.goal,
          data: {
            name: project.name,
            nameValue: a.map(SHOW[kind]).join("、"),
            goalValue: [...new Set(b)].map(SHOW[kind]).join("、"),
            what: WHAT[kind],
          },
        });
      }
    }
  },
});
