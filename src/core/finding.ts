export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** One thing a rule found, pointing at a cell. This is the shape of the CLI's JSON output. */
export interface Finding {
  ruleId: string;
  /** The key of the rule's message template (meta.messages), stable across wording changes. */
  messageId: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  /** 0-based absolute row/col of that cell. */
  row: number;
  col: number;
  /** 1-based line inside a multi-line indicator cell. */
  line?: number;
  /** The project name as written, without its leading number. */
  project: string;
  /** The 三级指标 name, when the finding is about one indicator. */
  indicator?: string;
  message: string;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
  }
  return c;
}
