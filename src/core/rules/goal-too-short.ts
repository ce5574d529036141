/**
 * goal-too-short — the goal says almost nothing: a few characters, or a short phrase with no action
 * (做什么). Seed: project 13 (第三方代理), whose goal is "合同". "为退休干部提供服务" is short but says
 * what is done, so it passes.
 */
import { clip } from "./util/indicator-text";
import { defineRule } from "./rule";

/** Below this many characters (punctuation and numbering removed) a goal cannot say what and how much. */
const MIN_CHARS = 6;
/** Below this length the goal must at least contain an action. */
const SHORT_CHARS = 15;

/** Raw length beyond which a goal is not scanned (far more than SHORT_CHARS even with punctuation). */
const LONG_ENOUGH = 60;

/** Line numbering ("1、", "（2）", "一、", "①") and everything that is not a word. */
const NUMBERING = /(^|\n)\s*(?:[(（]?\s*[0-9０-９一二三四五六七八九十]+\s*[)）、.．]|[①-⑳])/g;
const NON_TEXT = /[\s\p{P}\p{S}]/gu;
const words = (text: string) => text.replace(NUMBERING, "$1").replace(NON_TEXT, "");
const NUMERALS = new Set([..."一二三四五六七八九十"].map((c) => c.charCodeAt(0)));

/**
 * A lower bound on words(text).length, without building it: CJK ideographs survive words() except the
 * numerals a line's numbering ("一、") may consist of.
 */
function wordCharsAtLeast(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !NUMERALS.has(c)) n++;
  }
  return n;
}

const ACTION =
  /提供|保障|完成|开展|举办|举行|召开|组织|确保|提高|提升|推进|推动|实现|落实|加强|支付|发放|聘用|聘请|购置|采购|购买|建设|维护|运维|出版|编辑|编纂|印刷|培训|接待|服务|支持|做好|履行|改善|促进|满足|解决|保证|用于|补助|慰问|监督|视察|调研|宣传|办理|运行|运转|达到|覆盖|引进|租赁|修缮|改造/;

export default defineRule({
  meta: {
    id: "goal-too-short",
    messages: {
      tooShort:
        "「{{project}}」的绩效目标只有「{{goal}}」，看不出这笔钱要做什么、做到什么程度。请写明本年度的任务（做什么、做多少）和预期效果。",
      sameAsName:
        "「{{project}}」的绩效目标只是重复了项目名称「{{goal}}」。请写明本年度的任务（做什么、做多少）和预期效果。",
    },
  },
  check(ctx) {
    for (const project of ctx.table.projects) {
      const goal = project.goal.trim();
      if (goal === "") continue; // goal-missing
      // a goal this long says something (and is not just the name): skip the text scan, 10,000 goals add up
      if (goal.length > LONG_ENOUGH && goal.length > project.name.length + LONG_ENOUGH) continue;
      // Enough words to say something, and more than the name has: neither finding is possible.
      const atLeast = wordCharsAtLeast(goal);
      if (atLeast >= SHORT_CHARS && atLeast > project.name.length) continue;
      const core = words(goal);
      const name = words(project.name);
      const data = { project: project.name, goal: clip(goal) };
      if (core !== "" && core === name) {
        ctx.report({ messageId: "sameAsName", data, project, at: project.cells.goal });
      } else if (core.length < MIN_CHARS || (core.length < SHORT_CHARS && !ACTION.test(core))) {
        ctx.report({ messageId: "tooShort", data, project, at: project.cells.goal });
      }
    }
  },
});
