/**
 * Builds the WPS 表格 add-in (a JS加载项) into dist/wps/jixiao/ — the layout WPS expects of an add-in:
 *
 *   ribbon.xml                  the ribbon: 绩效检查 → 打开助手, 快速检查
 *   index.html                  loaded by WPS at start; its script answers the ribbon (src/wps/addin.ts)
 *   taskpane.html               the pane, opened with CreateTaskPane (src/wps/pane.tsx: the same React pane)
 *   dialog.html                 快速检查's result, opened with ShowDialog (src/wps/dialog.ts)
 *   assets/*.png                each button's icon (open-pane, quick-check) and the add-in's own
 *
 * Nothing is loaded from the network: no office.js, every script is the add-in's own file. Every page
 * carries the policy of scripts/wps-csp.js. scripts/wps-package.js then makes the offline archive and
 * the jsplugins.xml files (npm run build:wps runs both).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { WPS_CSP_META } = require("./scripts/wps-csp");
const { RESOLVE, typescriptModule } = require("./scripts/webpack-common");

const WPS_PAGES = [
  // Blocking: the ribbon's callbacks must be defined before WPS calls OnAddinLoad.
  { filename: "index.html", template: "./src/wps/index.html", chunks: ["addin"], scriptLoading: "blocking" },
  {
    filename: "taskpane.html",
    template: "./src/wps/taskpane.html",
    chunks: ["pane"],
    scriptLoading: "defer",
  },
  { filename: "dialog.html", template: "./src/wps/dialog.html", chunks: ["dialog"], scriptLoading: "defer" },
];

module.exports = (_env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { addin: "./src/wps/addin.ts", pane: "./src/wps/pane.tsx", dialog: "./src/wps/dialog.ts" },
    output: {
      path: path.resolve(__dirname, "dist", "wps", "jixiao"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Relative to each page, so the same files work from a server and from the add-in's folder.
      publicPath: "",
      clean: true,
    },
    resolve: RESOLVE,
    module: typescriptModule({ sourceMap: dev }),
    plugins: [
      ...WPS_PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: p.chunks,
            scriptLoading: p.scriptLoading,
            cspMeta: WPS_CSP_META,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/open-pane-{16,32}.png", to: "assets/[name][ext]" },
          { from: "assets/quick-check-{16,32}.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
    performance: { hints: false },
  };
};

module.exports.WPS_PAGES = WPS_PAGES;
