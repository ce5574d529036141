/** The rule list for docs/rules.md, rendered from the registry so the docs cannot drift from the code. */
import { SEVERITY_LABEL } from "../finding";
import { CATEGORY_LABEL, RULE_CATEGORIES, type Rule } from "../rules/rule";

export function renderRulesDoc(rules: readonly Rule[]): string {
  const out: string[] = [
    "# 检查规则 / Rules",
    "",
    "本页由规则注册表自动生成（`npm run docs`），请勿手工修改。规则编号（ruleId）是稳定的：报告、设置、忽略列表都用它。",
    "默认严重程度可在设置中修改（`severity`），也可以关闭某条规则（`disabledRules`）。",
    "",
    "Generated from the rule registry (`npm run docs`); do not edit by hand.",
    "",
  ];
  for (const category of RULE_CATEGORIES) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (inCategory.length === 0) continue;
    out.push(
      `## ${CATEGORY_LABEL[category]} (${category})`,
      "",
      "| ruleId | 默认 | 检查什么 |",
      "|---|---|---|",
    );
    for (const r of inCategory) {
      const cell = r.meta.description.replace(/\|/g, "\\|").replace(/\n/g, " ");
      out.push(`| \`${r.meta.id}\` | ${SEVERITY_LABEL[r.meta.defaultSeverity]} | ${cell} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
