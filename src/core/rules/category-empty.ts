/**
 * category-empty — a 一级/二级 heading with no indicator under it ("(三) 时效指标:" followed directly by
 * the next heading). A 一级 heading counts as filled when any indicator or 二级 heading belongs to it;
 * an empty 一级 whose 二级 headings are all empty is reported once per 二级 (the more precise place).
 * A heading whose only content is a line that could not be read as an indicator (「社会效益指标：保障
 * 干部职工正常工作」) is not empty: that line is reported as unreadable, which says what to fix.
 */
import type { Heading, Project, SourceRef } from "../model";
import { defineRule } from "./rule";

/** A 一级 heading owns indicators/二级 headings with its key, or (unknown key) written under the same text. */
function level1Filled(project: Project, h: Heading): boolean {
  if (h.indicatorCount > 0) return true;
  for (const ind of project.indicators) {
    if (h.key !== null ? ind.level1Key === h.key : ind.level1 === h.text) return true;
  }
  for (const x of project.headings) if (x.level === 2 && h.key !== null && x.level1Key === h.key) return true;
  return false;
}

const sameCell = (a: SourceRef, b: SourceRef) => a.sheet === b.sheet && a.row === b.row && a.col === b.col;

/** Text under the heading, in its cell, that was not read as an indicator (a ParseIssue). */
function hasUnreadText(project: Project, h: Heading): boolean {
  const at = h.source.line;
  if (at === undefined || project.issues.length === 0) return false;
  let until = Infinity;
  for (const x of project.headings) {
    const line = x.source.line;
    if (x !== h && line !== undefined && line > at && line < until && sameCell(x.source, h.source))
      until = line;
  }
  return project.issues.some((i) => {
    const line = i.source.line;
    return line !== undefined && line > at && line < until && sameCell(i.source, h.source);
  });
}

export default defineRule({
  meta: {
    id: "category-empty",
    messages: {
      empty:
        "「{{project}}」的「{{heading}}」下面没有填写任何指标。请在其下补充具体指标（名称、符号、数值、单位），或删去这个空标题。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      if (project.indicators.length === 0) continue; // indicators-missing says it once
      for (const h of project.headings) {
        const empty = h.level === 2 ? h.indicatorCount === 0 : !level1Filled(project, h);
        if (empty && !hasUnreadText(project, h))
          ctx.report({
            messageId: "empty",
            data: { project: project.name, heading: h.text || "（无名称的标题）" },
            project,
            at: h.source,
          });
      }
    }
  },
});
