import "./tracing.js";
import { runService } from "@gongxiang/kit/contracts";
import { loadGatewayConfig } from "./config.js";
import { boundHeapGrowth } from "./heap.js";
import { startGateway } from "./server.js";

/** Runs the gateway as its own process (containers). */
runService(() => {
  const config = loadGatewayConfig();
  // Here, not in startGateway: a V8 setting is the process's, and the hub runs it in its own.
  boundHeapGrowth(config.heapGrowingPercent);
  return startGateway(config);
});
