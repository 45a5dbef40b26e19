import { loadLicencesConfig } from "./config.js";
import { startLicences } from "./server.js";

/** Runs the e-licence subgraph as its own process (containers). */
async function main(): Promise<void> {
  const service = await startLicences(loadLicencesConfig());
  const stop = () => {
    service.stop().then(
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
