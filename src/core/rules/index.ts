/**
 * The explicit rule registry, alphabetical by id. A rule is not run unless it is listed here.
 * (Keep one import and one entry per rule; tests check ids are unique and match RULES.md.)
 */
import type { Rule } from "./rule";

export const RULES: readonly Rule[] = [
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
