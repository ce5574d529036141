/** Writes docs/rules.md from the rule registry: `npm run docs`. */
import * as fs from "fs";
import * as path from "path";
import { renderRulesDoc } from "../src/core/report/rules-doc";
import { RULES } from "../src/core/rules";

export const RULES_DOC = "docs/rules.md";

if (require.main === module) {
  const root = process.argv[2] ?? process.cwd();
  const file = path.join(root, RULES_DOC);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderRulesDoc(RULES));
  process.stdout.write(`已生成 ${RULES_DOC}（${RULES.length} 条规则）\n`);
}
