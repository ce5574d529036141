/**
 * `npm run build:intranet`: the add-in for a network without internet. After the ordinary build, the
 * pages load office.js from the add-in's own server instead of Microsoft's CDN: the files of the
 * `@microsoft/office-js` package (the same scripts the CDN serves, published by Microsoft for
 * environments that cannot reach it) are copied to dist/office-js/, and every page's CDN address
 * becomes that folder. The build fails if any page still names another host.
 *
 *   URL_PROD=https://jixiao.内网单位.gov.cn/ npm run build:intranet
 */
const fs = require("fs");
const path = require("path");

/** Where the add-in's pages load office.js from, on Microsoft's CDN. */
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
/** The folder under dist/ that holds the copy. */
const LOCAL_DIR = "office-js";

function officeJsDist() {
  return path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

/** Absolute http(s) URLs in a page that point anywhere but `allowedOrigin` (the add-in's own server). */
function externalUrls(html, allowedOrigin) {
  const found = [];
  for (const m of html.matchAll(/\bhttps?:\/\/[^\s"'<>)]+/gi)) {
    const url = m[0];
    // XML namespaces and doctypes are names, not requests; a page has none except in an <svg>.
    if (/^http:\/\/www\.w3\.org\//.test(url)) continue;
    if (allowedOrigin && url.startsWith(allowedOrigin)) continue;
    found.push(url);
  }
  return found;
}

/** Rewrite dist/ for the intranet; returns the pages changed. Throws when a page keeps an outside URL. */
function intranetize(distDir, allowedOrigin = null, source = officeJsDist()) {
  fs.cpSync(source, path.join(distDir, LOCAL_DIR), { recursive: true });
  const changed = [];
  const problems = [];
  for (const name of fs.readdirSync(distDir)) {
    if (!name.endsWith(".html")) continue;
    const file = path.join(distDir, name);
    const before = fs.readFileSync(file, "utf8");
    const after = before
      .split(CDN)
      .join(`${LOCAL_DIR}/`)
      // A Content-Security-Policy that allowed the CDN now allows the add-in's own origin.
      .split(CDN_ORIGIN)
      .join("'self'");
    if (after !== before) {
      fs.writeFileSync(file, after);
      changed.push(name);
    }
    for (const url of externalUrls(after, allowedOrigin)) problems.push(`${name}: ${url}`);
  }
  if (problems.length) throw new Error(`内网版页面仍引用外部地址：\n  ${problems.join("\n  ")}`);
  if (!fs.existsSync(path.join(distDir, LOCAL_DIR, "office.js"))) throw new Error("office-js/office.js 缺失");
  return changed;
}

if (require.main === module) {
  const dist = path.resolve(__dirname, "..", "dist");
  const changed = intranetize(dist);
  process.stdout.write(
    `内网版：office.js 已复制到 dist/${LOCAL_DIR}/，改写了 ${changed.length} 个页面（${changed.join("、")}）。\n`,
  );
}

module.exports = { intranetize, externalUrls, CDN, LOCAL_DIR };
