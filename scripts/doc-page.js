/**
 * A page of the add-in made from one of our Markdown documents at build time (webpack.config.js):
 * docs/templates.md becomes dist/templates-help.html, which the 模板 tab and support.html link to, so an
 * accountant can read the template file format without the repository. The Markdown is ours, not the
 * user's; markdown-it renders it once, here, never in the pane (raw HTML in the Markdown is not passed
 * through).
 */
const fs = require("fs");
const MarkdownIt = require("markdown-it");
const { CSP_META } = require("./csp");

const STYLE = `
  body { max-width: 52em; margin: 0 auto; padding: 16px; font: 15px/1.6 "Segoe UI", "Microsoft YaHei", "PingFang SC", sans-serif; }
  @media (prefers-color-scheme: dark) { body { color: #fff; background: #1f1f1f; } a { color: #6cb8f6; } }
  h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 1.5em; } h3 { font-size: 16px; }
  table { border-collapse: collapse; margin: 0.5em 0; }
  th, td { border: 1px solid #8a8886; padding: 4px 8px; text-align: start; vertical-align: top; }
  code { font-family: Consolas, "Courier New", monospace; font-size: 0.92em; }
  pre { overflow-x: auto; padding: 8px; border: 1px solid #8a8886; }
`;

/** The HTML page for a Markdown file: its first heading is the title. */
function docPage(markdownFile) {
  const md = fs.readFileSync(markdownFile, "utf8");
  const title = (/^#\s+(.+)$/m.exec(md)?.[1] ?? "绩效目标助手").trim();
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    ${CSP_META}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    <style>${STYLE}</style>
  </head>
  <body>
${new MarkdownIt({ html: false }).render(md)}
  </body>
</html>
`;
}

module.exports = { docPage };
