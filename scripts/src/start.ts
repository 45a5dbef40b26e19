import "./tracing.js";
import { stopTracing } from "@gongxiang/kit";
import { loadHubConfig } from "./config.js";
import { startHub } from "./hub/hub.js";

/** `npm start`: the whole hub in one process, until Ctrl-C. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const where = config.databaseUrl
    ? "PostgreSQL at DATABASE_URL"
    : `embedded PostgreSQL (${config.dataDir}/pg)`;
  console.log(`Starting Gongxiang with ${where}...`);
  const hub = await startHub(config);
  console.log(`
Gongxiang is up.
  web app     ${hub.web.url}  (the reference counter; sign in as a demo identity)
  gateway     ${hub.gateway.url}
  population  ${hub.subgraphs.population.url}  (gateway-signed requests only)
  licences    ${hub.subgraphs.licences.url}  (gateway-signed requests only)
  seal JWKS   ${hub.subgraphs.licences.jwksUrl}
  catalog     ${hub.subgraphs.catalog.url}  (gateway-signed requests only)
  cases       ${hub.subgraphs.cases.url}  (gateway-signed requests only)
  access log  ${new URL("/.well-known/access-log/checkpoints", hub.subgraphs.catalog.url)}  (signed checkpoints, public)
  metrics     /metrics on each of these ports (Prometheus)

Get a token:  npm run token -- --sub officer-1 --dept public-security --roles clerk
Stop with Ctrl-C.`);
  // Ctrl-C reaches npm and this process together (npm passes it on too): one stop is enough.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping (requests in flight first, then PostgreSQL)...`);
    hub
      .stop()
      .then(stopTracing)
      .then(
        () => {
          console.log("Gongxiang stopped.");
          process.exit(0);
        },
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  // A SettingError's message names the setting to change.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
