/**
 * reading-uncertain — a part the rules need could not be read with confidence: a form without a 项目名称
 * label whose title stands in for the name, two labels for the amount, a goal that may sit under a label
 * the reader does not know. The finding names the guess and its cell; the rules that need the part stay
 * silent (the reader hands them no amount, no goal), so no error is ever built on a guess.
 */
import { PART_LABEL, type PartName } from "../model";
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "reading-uncertain",
    messages: {
      uncertain:
        "没能确定「{{project}}」的{{part}}：{{evidence}}请核对；如果识别错了，可以在任务窗格的「识别结果」中指定正确的单元格。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      const reading = project.reading;
      if (!reading) continue;
      for (const key of ["name", "amount", "goal"] as PartName[]) {
        const part = reading[key];
        if (part.status !== "uncertain") continue;
        const evidence = /[。.]$/.test(part.evidence) ? part.evidence : `${part.evidence}。`;
        ctx.report({
          messageId: "uncertain",
          data: { project: project.name, part: PART_LABEL[key], evidence },
          project,
          at: part.cell ?? project.cells.name,
        });
      }
    }
  },
});
