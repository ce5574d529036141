/**
 * The meeting or training class (一类…四类) written in an indicator's name, the project's name or its
 * goal — the first found, in that order; null when none says. Spending standards and meeting lengths
 * depend on it, and nothing is assumed from a meeting's name (whether a 全会 is 一类 depends on the level).
 */
import type { Indicator, Project } from "../../model";

const CLASS_RE = /([一二三四])类/;

export function statedClass(
  ind: Pick<Indicator, "name">,
  project: Pick<Project, "name" | "goal">,
): string | null {
  for (const t of [ind.name, project.name, project.goal]) {
    const m = CLASS_RE.exec(t);
    if (m) return `${m[1]}类`;
  }
  return null;
}
