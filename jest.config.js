/**
 * Tests run on tsc's output (dist/): tsc is the compiler that emits the decorator metadata
 * type-graphql and MikroORM read. `npm test` builds first (scripts/bootstrap.mjs).
 * @type {import('jest').Config}
 */
module.exports = {
  roots: ["<rootDir>/subgraphs", "<rootDir>/gateway", "<rootDir>/scripts", "<rootDir>/tests"],
  testMatch: ["**/dist/**/*.test.js"],
  // The fault and load tests (npm run test:faults) and the operator tests (npm run test:ops)
  // have runs of their own.
  testPathIgnorePatterns: ["/node_modules/", "/dist/faults/", "/dist/ops/"],
  // jose ships only ES modules; Jest's CommonJS runtime needs it compiled.
  transform: {
    "/node_modules/jose/.+\\.js$": [
      "babel-jest",
      { babelrc: false, configFile: false, plugins: ["@babel/plugin-transform-modules-commonjs"] },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  globalSetup: "<rootDir>/tests/dist/support/global-setup.js",
  globalTeardown: "<rootDir>/tests/dist/support/global-teardown.js",
  testTimeout: 60_000,
  maxWorkers: 2,
};
