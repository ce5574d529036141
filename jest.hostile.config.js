/**
 * `npm run test:hostile`: the hostile-input suite (tests/hostile), which runs the compiled command line
 * on generated bad input. Kept out of `npm test` (it spawns the CLI some fifty times).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/hostile"],
  testMatch: ["**/*.hostile.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testTimeout: 30000,
};
