import { loadPopulationConfig } from "./config.js";
import { startPopulation } from "./server.js";

/** Runs the population subgraph as its own process (containers). */
async function main(): Promise<void> {
  const service = await startPopulation(loadPopulationConfig());
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
