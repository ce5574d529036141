/**
 * level-name-unmappable — a 一级 or 二级 name that the indicator framework does not have. The
 * 预算管理一体化 system maps category names to its own framework on import and silently drops the rows
 * under a name it does not know, so the indicators vanish without a message. Real tables write
 * 「项目完成指标」, 「效果指标」, 「经济效应指标」; the checker understands some of them, the system
 * does not. Known variants are accepted: 进度指标 (= 时效), 环境效益 / 生态环境效益 (= 生态效益),
 * 服务对象满意度 and 社会公众或服务对象满意度, a name without 「指标」, and a note in brackets after the
 * name (「数量指标（必填）」). Projects in the NDRC framework (a 一级 实施效果指标 or 过程管理指标) are
 * not checked: they are declared in the NDRC's system, whose names they use.
 */
import type { Heading } from "../model";
import { matchKey } from "../text/match-key";
import { LEVEL1_NAME, LEVEL2_NAME, ndrcContainerOf } from "../vocab/categories";
import { findPlaceholder } from "../text/placeholder";
import { placeholderLeftOn } from "./placeholder-left";
import { clip } from "./util/indicator-text";
import { defineRule } from "./rule";

const LEVEL1_KNOWN = new Set(["产出", "效益", "满意度", "成本"]);

const LEVEL2_KNOWN = new Set([
  "数量",
  "质量",
  "时效",
  "进度",
  "成本",
  "经济效益",
  "社会效益",
  "生态效益",
  "环境效益",
  "生态环境效益",
  "可持续影响",
  "满意度",
  "服务对象满意度",
  "社会公众或服务对象满意度",
  "社会公众满意度",
  "经济成本",
  "社会成本",
  "生态环境成本",
]);

/** 「数量指标（必填硬性指标）」 → 「数量」: spaces, a trailing note in brackets or after a star, 「指标」. */
function categoryStem(text: string): string {
  // matchKey: spaces, marks, colons and pinyin glosses gone, traditional characters simplified (產出指標)
  return matchKey(text)
    .replace(/[*＊]+$/, "")
    .replace(/[（(【[][^（）()【】[\]]*[)）】\]]$/, "")
    .replace(/[*＊:：]+$/, "")
    .replace(/指标$/, "");
}

function isKnown(h: Heading): boolean {
  const stem = categoryStem(h.text);
  return h.level === 1 ? LEVEL1_KNOWN.has(stem) : LEVEL2_KNOWN.has(stem);
}

/**
 * What one check learns about heading texts, each worked out once: every project repeats the same few
 * (产出指标, 数量指标…), and reading one takes a normalisation and four regexes.
 */
class HeadingMemo {
  private readonly known = [new Map<string, boolean>(), new Map<string, boolean>()];
  private readonly ndrc = new Map<string, boolean>();

  isKnown(h: Heading): boolean {
    const memo = this.known[h.level === 1 ? 0 : 1];
    let yes = memo.get(h.text);
    if (yes === undefined) memo.set(h.text, (yes = isKnown(h)));
    return yes;
  }

  /** A 一级 of the NDRC framework (实施效果指标, 过程管理指标). */
  isNdrc(h: Heading): boolean {
    if (h.level !== 1) return false;
    let yes = this.ndrc.get(h.text);
    if (yes === undefined) this.ndrc.set(h.text, (yes = ndrcContainerOf(h.text) !== null));
    return yes;
  }
}

export default defineRule({
  meta: {
    id: "level-name-unmappable",
    messages: {
      suggest:
        "「{{text}}」不是指标体系中的{{level}}指标名称。预算管理一体化系统导入时认不出这个名称，会把其下的指标悄悄丢掉。请改为标准名称「{{standard}}」。",
      unknown:
        "「{{text}}」不是指标体系中的{{level}}指标名称。预算管理一体化系统导入时认不出这个名称，会把其下的指标悄悄丢掉。请改为标准名称，如{{names}}。",
    },
  },
  check(ctx) {
    const memo = new HeadingMemo();
    for (const project of ctx.table.projects) {
      // 中央预算内投资 tables follow the NDRC framework (实施效果指标 over 产出/效益/满意度, 过程管理指标)
      // and go to the NDRC's system, not the 一体化 system: their names are right for it.
      if (project.headings.some((h) => memo.isNdrc(h))) continue;
      let seen: Set<string> | null = null; // made for the first unknown heading (most projects have none)
      for (const h of project.headings) {
        if (h.text === "" || memo.isKnown(h)) continue;
        // a template row (「…」) is placeholder-left's
        if (placeholderLeftOn(ctx.settings) && findPlaceholder(h.text)) continue;
        const key = `${h.level}|${h.text}`;
        if (seen?.has(key)) continue;
        (seen ??= new Set()).add(key);
        const level = h.level === 1 ? "一级" : "二级";
        const standard =
          h.key === null
            ? null
            : h.level === 1
              ? LEVEL1_NAME[h.key as keyof typeof LEVEL1_NAME]
              : LEVEL2_NAME[h.key as keyof typeof LEVEL2_NAME];
        if (standard) {
          ctx.report({
            messageId: "suggest",
            data: { text: clip(h.text), level, standard },
            project,
            at: h.source,
          });
        } else {
          const names =
            h.level === 1
              ? "「产出指标」「效益指标」「满意度指标」（2021版还有「成本指标」）"
              : "「数量指标」「质量指标」「时效指标」「成本指标」「社会效益指标」「可持续影响指标」「服务对象满意度指标」";
          ctx.report({
            messageId: "unknown",
            data: { text: clip(h.text), level, names },
            project,
            at: h.source,
          });
        }
      }
    }
  },
});
