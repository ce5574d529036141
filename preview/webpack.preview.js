/**
 * The preview's browser code: build/preview-web/host.js (the preview page: stand-in Excel + grid) and
 * build/preview-web/office-stub.js (office.js for the task pane's frame), build/preview-web/wps-stub.js (the
 * global `wps` for the WPS pane's frame). Test and preview code only:
 * nothing here goes into dist/.
 *
 *   npx webpack --config preview/webpack.preview.js
 */
const path = require("path");
const { RESOLVE, typescriptModule } = require("../scripts/webpack-common");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  context: path.resolve(__dirname, ".."),
  entry: {
    host: "./preview/browser/host.ts",
    "office-stub": "./preview/browser/office-stub.ts",
    "wps-stub": "./preview/browser/wps-stub.ts",
  },
  output: {
    path: path.resolve(__dirname, "..", "build", "preview-web"),
    filename: "[name].js",
    clean: true,
  },
  resolve: RESOLVE,
  module: typescriptModule(),
  performance: { hints: false },
  stats: "errors-warnings",
};
