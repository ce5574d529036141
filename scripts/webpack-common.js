/**
 * What every webpack build of the project shares (webpack.config.js, webpack.web.js, webpack.wps.js,
 * preview/webpack.preview.js): TypeScript compiled by ts-loader without type-checking (npm run typecheck
 * does that) into ES modules, so that webpack can drop unused code.
 */

/** Modules are found without their extension, as the sources import them. */
const RESOLVE = { extensions: [".ts", ".tsx", ".js"] };

/**
 * `module` of a build: .ts and .tsx files (node_modules excluded) through ts-loader. `sourceMap` as the
 * build wants its maps; `target` lowers the syntax (the web edition's ES2020), else tsconfig's.
 */
function typescriptModule({ sourceMap = false, target } = {}) {
  return {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { module: "esnext", sourceMap, ...(target ? { target } : {}) },
          },
        },
      },
    ],
  };
}

module.exports = { RESOLVE, typescriptModule };
