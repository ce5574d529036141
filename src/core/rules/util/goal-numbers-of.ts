/**
 * The numbers of each project's 绩效目标 (text/goal-numbers.ts), extracted once: goal-indicator-mismatch
 * and title-goal-mismatch both read them, and the model does not change while rules run.
 */
import type { Project } from "../../model";
import { extractGoalNumbers, type GoalNumber } from "../../text/goal-numbers";

const cache = new WeakMap<Project, readonly GoalNumber[]>();

export function goalNumbersOf(project: Project): readonly GoalNumber[] {
  let found = cache.get(project);
  if (found === undefined) cache.set(project, (found = extractGoalNumbers(project.goal)));
  return found;
}
