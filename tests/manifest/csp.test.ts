/**
 * Every page of the add-in carries the Content-Security-Policy of scripts/csp.js, first in <head>:
 * scripts only from the add-in's origin and Microsoft's office.js CDN, connections only to the origin,
 * no plugins, no <base>. Checked on the page each template becomes (the template's placeholder filled
 * with what webpack.config.js gives the plugin, the Markdown pages through docPage) and on dist/ when a
 * build is there.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const PLACEHOLDER = "<%= htmlWebpackPlugin.options.cspMeta %>";

interface Page {
  filename: string;
  template?: string;
  markdown?: string;
}
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  (
    env: object,
    argv: { mode: string },
  ): {
    devtool: string | false;
    plugins: { userOptions?: { filename?: string; cspMeta?: string } }[];
  };
  PAGES: Page[];
};
const { CSP, CSP_META } = require(path.join(ROOT, "scripts", "csp.js")) as { CSP: string; CSP_META: string };
const { docPage } = require(path.join(ROOT, "scripts", "doc-page.js")) as {
  docPage(file: string): string;
};

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

/** The page as the build writes it (without the script tags the plugin adds, which are ours: 'self'). */
function pageHtml(page: Page): string {
  if (page.markdown) return docPage(path.join(ROOT, page.markdown));
  const source = fs.readFileSync(path.join(ROOT, page.template!), "utf8");
  expect(source.split(PLACEHOLDER)).toHaveLength(2);
  return source.replace(PLACEHOLDER, CSP_META);
}

function checkPage(name: string, html: string): void {
  const doc = new JSDOM(html).window.document;
  const metas = [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')];
  expect({ name, policies: metas.map((m) => m.getAttribute("content")) }).toEqual({ name, policies: [CSP] });
  // A <meta> policy covers only what follows it: nothing that loads or runs may come before it.
  const head = [...doc.head.children];
  const at = head.indexOf(metas[0]);
  const before = head.slice(0, at).map((e) => e.tagName.toLowerCase());
  expect({ name, before }).toEqual({ name, before: before.filter((t) => t === "meta") });
  for (const s of doc.querySelectorAll("script")) {
    const src = s.getAttribute("src");
    expect({ name, inline: src === null ? s.textContent : null }).toEqual({ name, inline: null });
    expect({ name, src, allowed: !/^[a-z]+:/i.test(src!) || src!.startsWith(`${OFFICE_CDN}/`) }).toEqual({
      name,
      src,
      allowed: true,
    });
  }
  for (const e of doc.querySelectorAll("*")) {
    const handlers = [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name);
    expect({ name, handlers }).toEqual({ name, handlers: [] });
  }
}

describe("the Content-Security-Policy", () => {
  it("allows scripts from the add-in and office.js only, connections to the add-in only", () => {
    const d = directives(CSP);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    // Griffel writes <style> elements: inline styles only, never inline scripts or eval.
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, values] of d) {
      if (name !== "style-src")
        expect({ name, values: values.filter((v) => v.startsWith("'unsafe")) }).toEqual({ name, values: [] });
      for (const v of values)
        expect({ name, v, ok: v === "data:" || !/^[a-z]+:$/.test(v) }).toEqual({ name, v, ok: true });
    }
  });

  it("is first in <head> of every page the build makes", () => {
    expect(webpackConfig.PAGES.map((p) => p.filename).sort()).toEqual(
      [
        "commands.html",
        "quick-check-result.html",
        "support.html",
        "taskpane.html",
        "templates-help.html",
      ].sort(),
    );
    for (const page of webpackConfig.PAGES) checkPage(page.filename, pageHtml(page));
  });

  it("is what webpack gives every page template, in development and production", () => {
    for (const mode of ["development", "production"]) {
      const config = webpackConfig({}, { mode });
      const pages = config.plugins.filter((p) => p.userOptions?.filename?.endsWith(".html"));
      expect(pages.map((p) => p.userOptions!.filename).sort()).toEqual(
        webpackConfig.PAGES.map((p) => p.filename).sort(),
      );
      for (const p of pages) expect(p.userOptions!.cspMeta).toBe(CSP_META);
      // The policy forbids eval: no eval-based source maps in development either.
      expect(String(config.devtool)).not.toMatch(/eval/);
    }
  });

  it("is in every built page in dist/ (when a build is there)", () => {
    const dist = path.join(ROOT, "dist");
    const built = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith(".html")) : [];
    for (const f of built) checkPage(`dist/${f}`, fs.readFileSync(path.join(dist, f), "utf8"));
  });
});
