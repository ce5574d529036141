/**
 * The registry's contract: ids unique and alphabetical, each rule documented in Chinese, each rule with
 * its own module and test file, and the released ids kept. Reports, settings files, ignore lists saved in
 * workbooks and users' scripts name rules by id, so an id once released is never removed or renamed;
 * src/core/rules/released-ids.json is that list, and a new rule adds its id there.
 */
import * as fs from "fs";
import * as path from "path";
import { RULES, findRule } from "../../../src/core/rules";
import { RULE_CATALOG } from "../../../src/core/rules/catalog";
import { RULE_CATEGORIES, defineRule } from "../../../src/core/rules/rule";

const REPO = path.resolve(__dirname, "../../..");
const RELEASED_FILE = path.join(REPO, "src/core/rules/released-ids.json");
const CJK = /[\u4e00-\u9fff]/;

function releasedIds(): string[] {
  const list: unknown = JSON.parse(fs.readFileSync(RELEASED_FILE, "utf8"));
  if (!Array.isArray(list) || !list.every((id) => typeof id === "string")) {
    throw new Error(`${RELEASED_FILE} must be a JSON array of rule ids`);
  }
  return list as string[];
}

describe("rule registry", () => {
  const ids = RULES.map((r) => r.meta.id);

  describe("released ids", () => {
    const released = releasedIds();

    it("is a sorted list of unique, well-formed ids", () => {
      expect(released.length).toBeGreaterThan(20);
      expect(new Set(released).size).toBe(released.length);
      expect([...released].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(released);
      for (const id of released) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    });

    it("are all still registered (an id is never removed or renamed)", () => {
      expect(released.filter((id) => !ids.includes(id))).toEqual([]);
    });

    it("include every registered id (a new rule adds its id to released-ids.json)", () => {
      expect(ids.filter((id) => !released.includes(id))).toEqual([]);
    });
  });

  it("has rules, with unique ids", () => {
    expect(RULES.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is in alphabetical order by id", () => {
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ids).toEqual(sorted);
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
      expect(RULE_CATEGORIES).toContain(rule.meta.category);
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

  describe("the catalog (what the pane lists without loading the rules)", () => {
    it("lists exactly the registered rules, in registry order", () => {
      expect(RULE_CATALOG.map((r) => r.id)).toEqual(ids);
    });

    it("is where each registered rule's category, severity and description come from", () => {
      for (const rule of RULES) {
        const { messages, ...info } = rule.meta;
        expect(Object.keys(messages).length).toBeGreaterThan(0);
        expect(info).toEqual(RULE_CATALOG.find((r) => r.id === rule.meta.id));
      }
    });

    it("fills in a registered rule's metadata, and keeps a test rule's own", () => {
      const check = (): void => undefined;
      const registered = defineRule({ meta: { id: "goal-missing", messages: { x: "某{{a}}" } }, check });
      expect(registered.meta).toEqual({
        id: "goal-missing",
        category: "completeness",
        defaultSeverity: "error",
        description: "每个项目都必须填写年度绩效目标。",
        messages: { x: "某{{a}}" },
      });
      expect(registered.check).toBe(check);
      const own = {
        id: "test-only",
        category: "values" as const,
        defaultSeverity: "info" as const,
        description: "测试",
        messages: { y: "测" },
      };
      expect(defineRule({ meta: own, check }).meta).toBe(own);
    });
  });

  it("finds nothing for an unknown id", () => {
    expect(findRule("no-such-rule")).toBeUndefined();
  });
});
