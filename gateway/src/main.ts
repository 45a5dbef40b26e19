import "./tracing.js";
import { runService } from "@gongxiang/kit/contracts";
import { loadGatewayConfig } from "./config.js";
import { startGateway } from "./server.js";

/** Runs the gateway as its own process (containers). */
runService(() => startGateway(loadGatewayConfig()));
