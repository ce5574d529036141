/**
 * The README and docs/*.md point only at files that exist: markdown links, and (in docs/domain.md, which
 * sends contributors into the code) every `src/…`, `tests/…` or `scripts/…` path it names.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const DOCS = [
  "README.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

function localLinks(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split("#")[0])
    .filter((target) => target && !/^[a-z]+:/i.test(target));
}

describe("documentation links", () => {
  it.each(DOCS)("%s links only to files that exist", (file) => {
    const missing = localLinks(file).filter(
      (target) => !fs.existsSync(path.join(ROOT, path.dirname(file), target)),
    );
    expect(missing).toEqual([]);
  });

  it("README links the domain notes", () => {
    expect(localLinks("README.md")).toContain("docs/domain.md");
  });

  it("docs/domain.md names only paths that exist", () => {
    const text = fs.readFileSync(path.join(ROOT, "docs", "domain.md"), "utf8");
    const paths = [...text.matchAll(/`((?:src|tests|scripts)\/[^`\s<>]+)`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });
});
