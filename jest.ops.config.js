/**
 * The operator tests (`npm run test:ops`, also run by .ci/run): the services of
 * docker-compose.yml as processes (production setup, traces), npm start and Ctrl-C, metrics and
 * settings. One file at a time: each starts a whole hub of processes, and the timing checks of
 * the other suites should not share two cores with that.
 * @type {import('jest').Config}
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest reads CommonJS config files
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/tests"],
  testMatch: ["**/dist/ops/**/*.test.js"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 240_000,
  maxWorkers: 1,
};
