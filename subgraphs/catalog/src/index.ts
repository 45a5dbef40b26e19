/** The catalog: public entry for the hub runner, scripts and tests. */
export { loadCatalogConfig, type CatalogConfig } from "./config.js";
export { startCatalog } from "./server.js";
export { buildCatalogSchema } from "./schema.js";
export { createCatalogOrm } from "./orm.js";
export type { CatalogDeps } from "./context.js";
export { loadCatalogDemo } from "./demo/demo.loader.js";
export { SupergraphIndex } from "./binding/supergraph-index.js";
export { resolveBinding, type ResolvedBinding } from "./binding/source-binding.js";
