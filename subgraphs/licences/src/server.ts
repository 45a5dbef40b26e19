import {
  CallerContextVerifier,
  createLogger,
  migrate,
  startSubgraph,
  type RunningSubgraph,
} from "@gongxiang/kit";
import type { LicencesConfig } from "./config.js";
import type { LicencesDeps } from "./context.js";
import { createLicencesOrm } from "./orm.js";
import { buildLicencesSchema } from "./schema.js";
import { KeyVault } from "./seal/key-vault.js";
import { SealKeys } from "./seal/seal-keys.js";

export interface RunningLicences extends RunningSubgraph {
  deps: LicencesDeps;
  jwksUrl: string;
}

/** Starts the e-licence subgraph; its JWKS is public at /.well-known/jwks.json. */
export async function startLicences(
  config: LicencesConfig,
  options: { host?: string } = {},
): Promise<RunningLicences> {
  const log = createLogger("licences", config.logLevel);
  const orm = await createLicencesOrm(config.databaseUrl, { log: (message) => log.debug(message) });
  const applied = await migrate(orm);
  if (applied.length) log.info({ applied }, "migrations applied");
  const deps: LicencesDeps = {
    sealKeys: new SealKeys(() => orm.fork(), new KeyVault(config.sealMasterKey)),
  };
  const running = await startSubgraph<LicencesDeps>({
    name: "licences",
    schema: await buildLicencesSchema(),
    orm,
    verifier: await CallerContextVerifier.fromJwk(config.callerContextPublicJwk),
    log,
    port: config.port,
    host: options.host,
    production: config.production,
    deps,
    routes: {
      "/.well-known/jwks.json": async (_req, res) => {
        const body = JSON.stringify(await deps.sealKeys.jwks());
        res.writeHead(200, {
          "content-type": "application/jwk-set+json",
          "cache-control": "max-age=300",
        });
        res.end(body);
      },
    },
  });
  return { ...running, deps, jwksUrl: new URL("/.well-known/jwks.json", running.url).toString() };
}
