/**
 * `--min-severity`: list only findings at or above a level. The summary still counts every finding
 * (and the exit code still follows the errors); the reports say how many were left unlisted.
 */
import { SEVERITY_LABEL, type Finding, type Severity } from "../finding";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const NAMES: Record<string, Severity> = {
  error: "error",
  warning: "warning",
  info: "info",
  错误: "error",
  警告: "warning",
  提示: "info",
};

/** "warning" or "警告" → "warning"; anything else null. */
export function parseSeverityName(text: string): Severity | null {
  return NAMES[text.trim().toLowerCase()] ?? null;
}

export function isListed(f: Pick<Finding, "severity">, min: Severity): boolean {
  return RANK[f.severity] <= RANK[min];
}

/** How many findings below `min` a list leaves out, by severity. */
export interface Unlisted {
  warnings: number;
  infos: number;
}

export function countUnlisted(
  findings: readonly Pick<Finding, "severity">[],
  min: Severity,
  into: Unlisted = { warnings: 0, infos: 0 },
): Unlisted {
  for (const f of findings) {
    if (isListed(f, min)) continue;
    if (f.severity === "warning") into.warnings++;
    else if (f.severity === "info") into.infos++;
  }
  return into;
}

/** "另有 3 条警告、74 条提示未列出（--min-severity warning）。", or "" when nothing was left out. */
export function unlistedLine(u: Unlisted, min: Severity): string {
  const parts: string[] = [];
  if (u.warnings > 0) parts.push(`${u.warnings} 条${SEVERITY_LABEL.warning}`);
  if (u.infos > 0) parts.push(`${u.infos} 条${SEVERITY_LABEL.info}`);
  if (parts.length === 0) return "";
  return `另有 ${parts.join("、")}未列出（只列出「${SEVERITY_LABEL[min]}」及更严重的问题；去掉 --min-severity 可全部列出）。`;
}
