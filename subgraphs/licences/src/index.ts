/** The e-licence base: public entry for the hub runner, scripts and tests. */
export { loadLicencesConfig, type LicencesConfig } from "./config.js";
export { startLicences, type RunningLicences } from "./server.js";
export { buildLicencesSchema } from "./schema.js";
export { createLicencesOrm } from "./orm.js";
export { loadLicencesDemo } from "./demo/demo.loader.js";
export { licenceIdentifierProblem } from "./identifier/licence-identifier.js";
export { LICENCE_TYPES } from "./licence-type/licence-types.js";
export { issueLicencesInBulk } from "./licence/bulk-issue.js";
export { REGISTER_LISTING } from "./licence/licence.reads.js";
export { KeyVault } from "@gongxiang/kit";
export { SealKeys } from "./seal/seal-keys.js";
