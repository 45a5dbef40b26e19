import "./tracing.js";
import { runService } from "@gongxiang/kit";
import { loadLicencesConfig } from "./config.js";
import { startLicences } from "./server.js";

/** Runs the licences subgraph as its own process (containers). */
runService(() => startLicences(loadLicencesConfig()));
