/**
 * Builds the web edition (src/web) — the checker in any browser, offline:
 *
 *   dist/web/jixiao.html        one self-contained page: the script inlined, no request of any kind,
 *                               works from file:// (a USB stick, a share, a mail attachment)
 *   dist/web/site/index.html    the same for a web server, with the script beside it
 *
 * Both pages carry a Content-Security-Policy that allows no network at all (default-src 'none', no
 * connect-src): the single file allows exactly its own inline script by its sha256 hash, the site
 * page its own origin's script. Styles are inline (Fluent UI writes its CSS at run time). The page
 * starts its own script again as a worker that reads the files (src/web/reader.ts): the single file
 * from the script's text as a blob: URL (worker-src blob:, which only a script the page runs can
 * make), the site page from the script's URL (worker-src 'self'). Never 'unsafe-eval'.
 *
 * Syntax: the bundle, node_modules included, is brought down to SYNTAX_TARGET (ES2020: Chromium 80,
 * Firefox ESR 78) by TypeScript's transpiler before minifying; the build and the web browser test
 * (tests/e2e/web/run-web-e2e.ts) parse the built page with acorn at that level.
 *
 *   npx webpack --config webpack.web.js --mode production      (npm run build runs it after the add-in)
 */
const { parse } = require("acorn");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const webpack = require("webpack");
const { RESOLVE, typescriptModule } = require("./scripts/webpack-common");

/** The oldest browsers the web edition supports (README): ES2020 syntax. */
const SYNTAX_TARGET = { ecmaVersion: 2020, chromium: 80, firefoxEsr: 78 };
const OUT = path.resolve(__dirname, "dist", "web");
const TEMPLATE = path.resolve(__dirname, "src", "web", "jixiao.html");

/** The policy for a page whose only script is `scriptSource`, started as a worker from `workerSource`. */
function contentSecurityPolicy(scriptSource, workerSource) {
  return [
    "default-src 'none'",
    `script-src ${scriptSource}`,
    `worker-src ${workerSource}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Script text safe inside <script>…</script>: no "</script" and no "<!--" (same meaning in JS). */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

function sha256(text) {
  return crypto.createHash("sha256").update(text, "utf8").digest("base64");
}

function page(csp, scriptTag) {
  const template = fs.readFileSync(TEMPLATE, "utf8");
  // Function replacements: the script may contain "$&" and friends.
  return template.replace("__CSP__", () => csp).replace("__SCRIPT__", () => scriptTag);
}

/** null when `js` parses as a classic script at SYNTAX_TARGET, else where and why it does not. */
function syntaxProblem(js, ecmaVersion = SYNTAX_TARGET.ecmaVersion) {
  try {
    parse(js, { ecmaVersion, sourceType: "script" });
    return null;
  } catch (e) {
    const near = typeof e.pos === "number" ? js.slice(Math.max(0, e.pos - 40), e.pos + 40) : "";
    return `not ES${ecmaVersion}: ${e.message} near …${near}…`;
  }
}

/** Lowers every emitted .js to SYNTAX_TARGET before Terser minifies it (node_modules' newer syntax too). */
class LowerSyntaxPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LowerSyntax", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LowerSyntax", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith(".js")) continue;
            const out = ts.transpileModule(assets[name].source().toString(), {
              compilerOptions: {
                target: ts.ScriptTarget.ES2020,
                module: ts.ModuleKind.None,
                allowJs: true,
                removeComments: false,
              },
              fileName: name,
              reportDiagnostics: false,
            });
            compilation.updateAsset(name, new webpack.sources.RawSource(out.outputText));
          }
        },
      );
    });
  }
}

/** Writes the two pages from the one script once it is minified. */
class WebPagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WebPages", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WebPages", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const scripts = Object.keys(assets).filter((n) => n.startsWith("site/") && n.endsWith(".js"));
          if (scripts.length !== 1) {
            compilation.errors.push(new Error(`web edition: expected one script, got ${scripts.join(", ")}`));
            return;
          }
          const file = scripts[0];
          const js = inlineSafe(assets[file].source().toString());
          // The oldest browsers the README names must parse it: the build fails otherwise.
          const problem = syntaxProblem(js);
          if (problem) compilation.errors.push(new Error(`web edition: ${problem}`));
          // The bundled libraries' licence notices (Terser moves them to a .LICENSE.txt) travel with the page.
          const notices = assets[`${file}.LICENSE.txt`];
          const licence = notices ? `\n<!--\n${notices.source().toString().replace(/--/g, "- -")}\n-->` : "";
          const single =
            page(contentSecurityPolicy(`'sha256-${sha256(js)}'`, "blob:"), `<script>${js}</script>`) +
            licence;
          const site = page(
            contentSecurityPolicy("'self'", "'self'"),
            `<script src="${path.posix.basename(file)}"></script>`,
          );
          // minimized: webpack's minimizers would otherwise rewrite the pages, and the script's hash with them.
          compilation.emitAsset("jixiao.html", new webpack.sources.RawSource(single), { minimized: true });
          compilation.emitAsset("site/index.html", new webpack.sources.RawSource(site), { minimized: true });
        },
      );
    });
  }
}

module.exports = (_env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    // No eval (the CSP forbids it), no source maps (one file to hand around).
    devtool: false,
    target: ["web", "es2020"],
    entry: { jixiao: "./src/web/index.tsx" },
    output: {
      path: OUT,
      filename: "site/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: RESOLVE,
    module: typescriptModule({ target: "es2020" }),
    plugins: [
      // One script: the pane's lazy parts (settings, templates) are inlined too.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new LowerSyntaxPlugin(),
      new WebPagesPlugin(),
    ],
    // webpack's own Terser (its default output level adds no syntax the input did not have).
    performance: { hints: false },
    stats: "errors-warnings",
  };
};

module.exports.SYNTAX_TARGET = SYNTAX_TARGET;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.syntaxProblem = syntaxProblem;
