/**
 * The numbers of each project's 绩效目标 (text/goal-numbers.ts), extracted once per distinct goal text of
 * a table: goal-indicator-mismatch and title-goal-mismatch both read them, and units give many projects
 * the same goal (the bench's 10,000 projects have about 3,700 goals). The numbers depend on the text
 * alone, so the cache never goes stale; it lives as long as the table.
 */
import type { Table } from "../../model";
import { extractGoalNumbers, type GoalNumber } from "../../text/goal-numbers";

const cache = new WeakMap<Table, Map<string, readonly GoalNumber[]>>();

/** The goal numbers of a goal text of the table (shared between projects of the same goal: never change them). */
export function goalNumbersOf(table: Table): (goal: string) => readonly GoalNumber[] {
  let known = cache.get(table);
  if (known === undefined) cache.set(table, (known = new Map()));
  const byGoal = known;
  return (goal) => {
    let found = byGoal.get(goal);
    if (found === undefined) byGoal.set(goal, (found = extractGoalNumbers(goal)));
    return found;
  };
}
