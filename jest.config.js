/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest only for the OfficeApp enum; the real package's
    // import chain ends in ESM-only modules that Jest cannot require (the real package cannot be loaded here).
    "^office-addin-manifest$": "<rootDir>/tests/mocks/office-addin-manifest.js",
    "\\.(css|png|svg)$": "<rootDir>/tests/mocks/asset.js",
  },
  // jsdom + Fluent UI renders are slow on a busy 2-core machine; this is a hang guard, not a speed test.
  testTimeout: 120000,
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
};
