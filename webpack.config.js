/**
 * Builds the add-in into dist/: taskpane.html (the pane), commands.html (the ribbon's function file),
 * quick-check-result.html (the 快速检查 dialog), support.html, templates-help.html (docs/templates.md as a
 * page), assets/ and manifest.xml.
 *
 *   npm run build                     production build; manifest URLs → URL_PROD
 *   URL_PROD=https://example.org/jixiao/ npm run build
 *   npm run dev-server                https://localhost:3000 with Office dev certificates
 *   HTTP=1 npm run dev-server         plain http://127.0.0.1:3000 (previews and browser tests; no Excel)
 *
 * office.js is not bundled: each page loads it from Microsoft's CDN, as Office requires. Every page
 * carries the Content-Security-Policy of scripts/csp.js (tests/manifest/csp.test.ts checks them).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CSP_META } = require("./scripts/csp");
const { docPage } = require("./scripts/doc-page");
const { RESOLVE, typescriptModule } = require("./scripts/webpack-common");

const DEV_URL = "https://localhost:3000/";
/** Where the production build will be served from (must end with "/"). */
const DEFAULT_URL_PROD = "https://jixiao.example.org/";
const DEV_PORT = 3000;

/** The pages the build produces: the manifest may only point at these (tests/manifest checks it). */
const PAGES = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] },
  { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] },
  {
    filename: "quick-check-result.html",
    template: "./src/commands/quick-check-result.html",
    chunks: ["quickCheckResult"],
  },
  { filename: "support.html", template: "./src/taskpane/support.html", chunks: [] },
  { filename: "templates-help.html", markdown: "./docs/templates.md", chunks: [] },
];

function productionUrl() {
  const url = process.env.URL_PROD || DEFAULT_URL_PROD;
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * https for sideloading into Excel: the certificates `office-addin-dev-certs install` (run by `npm start`)
 * leaves in ~/.office-addin-dev-certs. Without them webpack-dev-server makes a self-signed one, which
 * Excel will not trust until it is installed by hand.
 */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return { type: "https" };
  const options = {};
  for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
  return { type: "https", options };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const plainHttp = Boolean(env.http) || process.env.HTTP === "1";
  const prodUrl = productionUrl();
  return {
    mode: dev ? "development" : "production",
    // No source maps in the production build: dist/ is what units deploy, and public maps would publish
    // the whole source beside it (9 MB). Debug with `npm run dev-server`, which has them.
    // No eval in development either: the pages' Content-Security-Policy (scripts/csp.js) forbids it.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      quickCheckResult: "./src/commands/quick-check-result.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: RESOLVE,
    module: typescriptModule({ sourceMap: dev }),
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            ...(p.markdown
              ? { templateContent: () => docPage(path.resolve(__dirname, p.markdown)) }
              : { template: p.template }),
            chunks: p.chunks,
            scriptLoading: "defer",
            // The page templates print it first in <head>: <%= htmlWebpackPlugin.options.cspMeta %>.
            cspMeta: CSP_META,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The old-Office guard: plain ES5, not bundled, loaded by every page before its bundle.
          { from: "src/guard/office-guard.js", to: "office-guard.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : Buffer.from(content.toString().split(DEV_URL).join(prodUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      host: plainHttp ? "127.0.0.1" : "localhost",
      port: DEV_PORT,
      server: plainHttp ? "http" : httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.PAGES = PAGES;
module.exports.DEV_URL = DEV_URL;
module.exports.DEFAULT_URL_PROD = DEFAULT_URL_PROD;
