/**
 * docs/templates.md ships with the add-in as templates-help.html (webpack.config.js → scripts/doc-page.js):
 * the 模板 tab and support.html link to it, so the page must exist in the build and hold the doc.
 */
import * as fs from "fs";
import * as path from "path";
import { UNIT_HELP_PAGE } from "../../src/taskpane/components/templates/UnitTemplates";
import { templatesDocExample } from "./templates-doc-example";

const ROOT = path.resolve(__dirname, "..", "..");
// Plain CommonJS build-time modules (no types): required, as webpack does.

const { docPage } = require(path.join(ROOT, "scripts", "doc-page.js")) as { docPage(file: string): string };

const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  PAGES: { filename: string; markdown?: string }[];
};

const decode = (html: string): string =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("templates-help.html", () => {
  const page = docPage(path.join(ROOT, "docs", "templates.md"));

  test("is a page the build produces, from docs/templates.md, and the pane links to that page", () => {
    const entry = webpackConfig.PAGES.find((p) => p.filename === UNIT_HELP_PAGE);
    expect(entry?.markdown).toBe("./docs/templates.md");
    expect(fs.readFileSync(path.join(ROOT, "src", "taskpane", "support.html"), "utf8")).toContain(
      `href="${UNIT_HELP_PAGE}"`,
    );
  });

  test("renders the doc: its title, its tables and the complete example, as written", () => {
    expect(page).toContain("<title>本单位模板 / A unit's own templates</title>");
    expect(page).toMatch(/<html lang="zh-CN">/);
    expect((page.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    const code = /<pre><code class="language-json">([\s\S]*?)<\/code><\/pre>/.exec(page);
    expect(code).not.toBeNull();
    expect(decode(code![1])).toBe(templatesDocExample(ROOT));
  });

  test("runs no script and loads nothing from elsewhere", () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)="https?:/i);
  });
});
