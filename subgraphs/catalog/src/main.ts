import "./tracing.js";
import { runService } from "@gongxiang/kit";
import { loadCatalogConfig } from "./config.js";
import { startCatalog } from "./server.js";

/** Runs the catalog subgraph as its own process (containers). */
runService(() => startCatalog(loadCatalogConfig()));
