import { loadGatewayConfig } from "./config.js";
import { startGateway } from "./server.js";

/** Runs the gateway as its own process (containers). */
async function main(): Promise<void> {
  const gateway = await startGateway(loadGatewayConfig());
  const stop = () => {
    gateway.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
