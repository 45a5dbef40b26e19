/**
 * The fault and load tests (`npm run test:faults`, also run by .ci/run): a subgraph killed,
 * PostgreSQL restarted and Redis stopped under load, a bounded mixed load, a bad-input sweep.
 * @type {import('jest').Config}
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest reads CommonJS config files
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/tests"],
  testMatch: ["**/dist/faults/**/*.test.js"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 240_000,
  maxWorkers: 1,
};
