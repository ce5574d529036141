/**
 * The WPS add-in's layout: ribbon.xml names the callbacks index.html defines, every page carries the
 * WPS policy (no network), the jsplugins.xml files are well formed.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";

const ROOT = path.join(__dirname, "..", "..");
const { WPS_CSP, WPS_CSP_META } = require(path.join(ROOT, "scripts", "wps-csp.js")) as {
  WPS_CSP: string;
  WPS_CSP_META: string;
};
const { onlineXml, offlineXml } = require(path.join(ROOT, "scripts", "wps-package.js")) as {
  onlineXml(url: string): string;
  offlineXml(url: string): string;
};
const { WPS_PAGES } = require(path.join(ROOT, "webpack.wps.js")) as {
  WPS_PAGES: { filename: string; template: string }[];
};
const PLACEHOLDER = "<%= htmlWebpackPlugin.options.cspMeta %>";

const xml = (text: string): Document => new JSDOM(text, { contentType: "text/xml" }).window.document;

function checkPage(html: string): void {
  const doc = new JSDOM(html).window.document;
  const metas = [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')];
  expect(metas.map((m) => m.getAttribute("content"))).toEqual([WPS_CSP]);
  expect(doc.head.firstElementChild?.getAttribute("charset") ?? "").toMatch(/utf-8/i);
  // Nothing from elsewhere: every script is a file of the add-in.
  for (const s of doc.querySelectorAll("script[src]"))
    expect(s.getAttribute("src")).not.toMatch(/^[a-z]+:|^\/\//i);
}

describe("WPS add-in layout", () => {
  it("allows no connection and no script from elsewhere", () => {
    expect(WPS_CSP).toContain("connect-src 'none'");
    expect(WPS_CSP).toContain("default-src 'none'");
    expect(WPS_CSP).toMatch(/script-src 'self'(;|$)/);
  });

  it("puts the policy on every page", () => {
    for (const p of WPS_PAGES) {
      const source = fs.readFileSync(path.join(ROOT, p.template), "utf8");
      expect(source.split(PLACEHOLDER)).toHaveLength(2);
      checkPage(source.replace(PLACEHOLDER, WPS_CSP_META));
    }
  });

  it("has a ribbon with 打开助手 and 快速检查 calling the page's callbacks", () => {
    const doc = xml(fs.readFileSync(path.join(ROOT, "src", "wps", "ribbon.xml"), "utf8"));
    const buttons = [...doc.getElementsByTagName("button")];
    expect(buttons.map((b) => [b.getAttribute("id"), b.getAttribute("label")])).toEqual([
      ["jixiaoOpen", "打开助手"],
      ["jixiaoQuickCheck", "快速检查"],
    ]);
    for (const b of buttons) {
      expect(b.getAttribute("onAction")).toBe("OnAction");
      expect(b.getAttribute("getImage")).toBe("GetImage");
    }
    expect(doc.documentElement.getAttribute("onLoad")).toBe("OnAddinLoad");
  });

  it("writes jsplugins.xml for online and offline deployment, escaping the URLs", () => {
    const online = xml(onlineXml("http://内网/a&b"));
    const entry = online.getElementsByTagName("jspluginonline")[0];
    expect([entry.getAttribute("name"), entry.getAttribute("type"), entry.getAttribute("url")]).toEqual([
      "jixiao",
      "et",
      "http://内网/a&b/",
    ]);
    const offline = xml(offlineXml("file:///D:/jsaddons/jixiao.7z")).getElementsByTagName("jsplugin")[0];
    expect(offline.getAttribute("url")).toBe("file:///D:/jsaddons/jixiao.7z");
    expect(offline.getAttribute("version")).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
