/** The gateway: public entry for the hub runner and tests. */
export { loadGatewayConfig, DEV_ISSUER, type GatewayConfig, type TrustedIssuer } from "./config.js";
export { startGateway, type RunningGateway } from "./server.js";
export { startGatewayInThread } from "./thread/start-in-thread.js";
