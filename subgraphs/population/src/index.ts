/** The population base: public entry for the hub runner, scripts and tests. */
export { loadPopulationConfig, type PopulationConfig } from "./config.js";
export { startPopulation } from "./server.js";
export { buildPopulationSchema } from "./schema.js";
export { createPopulationOrm } from "./orm.js";
export { loadPopulationDemo, personId, householdId } from "./demo/demo.loader.js";
export { insertPopulationBatch, type HouseholdRow, type PersonRow } from "./seed/bulk-insert.js";
