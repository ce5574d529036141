/**
 * `npm run build` writes dist/, the folder units deploy: it must not carry source maps (they would publish
 * the whole source). The development server keeps them for debugging.
 */
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

type LoaderUse = { loader?: string; options?: { compilerOptions?: { sourceMap?: boolean } } };
type Config = {
  devtool: string | false;
  module: { rules: { use?: LoaderUse }[] };
  plugins: { constructor: { name: string } }[];
};
// Plain CommonJS build file (no types): required, as webpack does.
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as (
  env: object,
  argv: { mode: string },
) => Config;

function tsLoaderSourceMap(config: Config): boolean | undefined {
  const use = config.module.rules.map((r) => r.use).find((u) => u?.loader === "ts-loader");
  return use?.options?.compilerOptions?.sourceMap;
}

describe("source maps", () => {
  it("are not produced by the production build", () => {
    const config = webpackConfig({}, { mode: "production" });
    expect(config.devtool).toBe(false);
    expect(tsLoaderSourceMap(config)).toBe(false);
    expect(config.plugins.map((p) => p.constructor.name)).not.toContain("SourceMapDevToolPlugin");
  });

  it("are kept for the development server", () => {
    const config = webpackConfig({}, { mode: "development" });
    expect(config.devtool).toMatch(/source-map/);
    expect(tsLoaderSourceMap(config)).toBe(true);
  });
});
