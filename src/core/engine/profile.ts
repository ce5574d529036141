import type { Heading, Table } from "../model";
import type { Profile, Settings } from "../settings";

/**
 * 2021 tables put 成本指标 as a 一级指标 (or use 经济/社会/生态环境成本指标). A table is 2021 when most of
 * its projects with indicators do; mixed tables (one 社会成本指标 in a 2015 table) stay 2015.
 */
export function detectProfile(table: Table): Profile {
  let with2021 = 0;
  let withIndicators = 0;
  for (const p of table.projects) {
    if (p.indicators.length === 0 && p.headings.length === 0) continue;
    withIndicators++;
    if (has2021Heading(p.headings)) with2021++;
  }
  return withIndicators > 0 && with2021 * 2 > withIndicators ? "2021" : "2015";
}

function has2021Heading(headings: readonly Heading[]): boolean {
  for (const h of headings) {
    if (
      (h.level === 1 && h.key === "cost") ||
      (h.level === 2 && (h.key === "economicCost" || h.key === "ecoCost"))
    ) {
      return true;
    }
  }
  return false;
}

export function profileFor(table: Table, settings: Settings): Profile {
  return settings.profile === "auto" ? detectProfile(table) : settings.profile;
}
