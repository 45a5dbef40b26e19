import "./tracing.js";
import { runService } from "@gongxiang/kit";
import { loadCasesConfig } from "./config.js";
import { startCases } from "./server.js";

/** Runs the cases subgraph as its own process (containers). */
runService(() => startCases(loadCasesConfig()));
