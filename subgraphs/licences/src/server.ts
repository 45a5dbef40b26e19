import { KeyVault, startSubgraph, type RunningSubgraph } from "@gongxiang/kit";
import type { LicencesConfig } from "./config.js";
import type { LicencesDeps } from "./context.js";
import { createLicencesOrm } from "./orm.js";
import { buildLicencesSchema } from "./schema.js";

import { SealKeys } from "./seal/seal-keys.js";

export interface RunningLicences extends RunningSubgraph<LicencesDeps> {
  jwksUrl: string;
}

/** Starts the e-licence subgraph; its JWKS is public at /.well-known/jwks.json. */
export async function startLicences(
  config: LicencesConfig,
  options: { host?: string; enforcement?: boolean } = {},
): Promise<RunningLicences> {
  const running = await startSubgraph<LicencesDeps>({
    logLevel: config.logLevel,
    production: config.production,
    port: config.port,
    metricsPort: config.telemetry.metricsPort,
    callerContextPublicJwk: config.callerContextPublicJwk,
    ...config.enforcement,
    name: "licences",
    host: options.host,
    enforcement: options.enforcement,
    openOrm: (log) => createLicencesOrm(config.databaseUrl, { log }),
    schema: await buildLicencesSchema(),
    deps: (orm) => ({
      sealKeys: new SealKeys(() => orm.fork(), new KeyVault(config.sealMasterKey)),
    }),
    routes: (deps) => ({
      "/.well-known/jwks.json": async (_req, res) => {
        const body = JSON.stringify(await deps.sealKeys.jwks());
        res.writeHead(200, {
          "content-type": "application/jwk-set+json",
          "cache-control": "max-age=300",
        });
        res.end(body);
      },
    }),
  });
  return { ...running, jwksUrl: new URL("/.well-known/jwks.json", running.url).toString() };
}
