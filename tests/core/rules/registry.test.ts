/**
 * The registry's contract: ids unique and alphabetical, each rule documented in Chinese, each id in the
 * shared catalog (RULES.md), and each rule with its own module and test file.
 */
import * as fs from "fs";
import * as path from "path";
import { RULES, findRule } from "../../../src/core/rules";

/** CI checks out shared/ beside the repository, as on the development machine (/work/shared, /work/main). */
const RULES_MD = path.resolve(__dirname, "../../../../shared/domain/RULES.md");
const REPO = path.resolve(__dirname, "../../..");
const CJK = /[\u4e00-\u9fff]/;

function catalogIds(): Set<string> {
  if (!fs.existsSync(RULES_MD)) {
    throw new Error(
      `找不到规则目录 RULES.md：${RULES_MD}。请把 shared/ 检出在仓库旁边（shared/domain/RULES.md）。`,
    );
  }
  const text = fs.readFileSync(RULES_MD, "utf8");
  return new Set([...text.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]));
}

describe("rule registry", () => {
  const ids = RULES.map((r) => r.meta.id);

  it("reads the catalog from RULES.md", () => {
    const catalog = catalogIds();
    expect(catalog.size).toBeGreaterThan(20);
    expect(catalog.has("goal-missing")).toBe(true);
  });

  it("has rules, with unique ids", () => {
    expect(RULES.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is in alphabetical order by id", () => {
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ids).toEqual(sorted);
  });

  it("uses only ids from RULES.md", () => {
    const catalog = catalogIds();
    expect(ids.filter((id) => !catalog.has(id))).toEqual([]);
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    it("has a Chinese description and Chinese messages with well-formed placeholders", () => {
      expect(rule.meta.description).toMatch(CJK);
      const messages = Object.entries(rule.meta.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const [key, text] of messages) {
        expect(key).toMatch(/^\w+$/);
        expect(text).toMatch(CJK);
        // every {{ opens a complete {{name}} placeholder
        expect(text.split("{{").length - 1).toBe([...text.matchAll(/\{\{\s*\w+\s*\}\}/g)].length);
      }
    });

    it("has a valid category and default severity", () => {
      expect(["completeness", "values", "arithmetic", "classification"]).toContain(rule.meta.category);
      expect(["error", "warning", "info"]).toContain(rule.meta.defaultSeverity);
    });

    it("lives in its own module and has its own test file", () => {
      expect(fs.existsSync(path.join(REPO, "src/core/rules", `${id}.ts`))).toBe(true);
      expect(fs.existsSync(path.join(REPO, "tests/core/rules", `${id}.test.ts`))).toBe(true);
    });

    it("is found by id", () => {
      expect(findRule(id)).toBe(rule);
    });
  });

  it("finds nothing for an unknown id", () => {
    expect(findRule("no-such-rule")).toBeUndefined();
  });
});
