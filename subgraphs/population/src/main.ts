import "./tracing.js";
import { runService } from "@gongxiang/kit";
import { loadPopulationConfig } from "./config.js";
import { startPopulation } from "./server.js";

/** Runs the population subgraph as its own process (containers). */
runService(() => startPopulation(loadPopulationConfig()));
