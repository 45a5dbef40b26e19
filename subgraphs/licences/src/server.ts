import {
  HubClient,
  KeyVault,
  LICENCES_ISSUER,
  serviceJwksRoute,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from "@gongxiang/kit";
import type { LicencesConfig } from "./config.js";
import type { LicencesDeps } from "./context.js";
import { createLicencesOrm } from "./orm.js";
import { buildLicencesSchema } from "./schema.js";

import { SealKeys } from "./seal/seal-keys.js";

export interface RunningLicences extends RunningSubgraph<LicencesDeps> {
  jwksUrl: string;
}

/**
 * Starts the e-licence subgraph. Its seal keys are public at /.well-known/jwks.json; the key of
 * its own tokens to the gateway at /.well-known/service-jwks.json.
 */
export async function startLicences(
  config: LicencesConfig,
  options: { host?: string; policy?: SubgraphOptions["policy"] } = {},
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
    policy: options.policy,
    openOrm: (log) => createLicencesOrm(config.databaseUrl, { log }),
    schema: await buildLicencesSchema(),
    deps: (orm) => ({
      sealKeys: new SealKeys(
        () => orm.fork(),
        new KeyVault(config.sealMasterKey, "LICENCE_SEAL_MASTER_KEY"),
      ),
      hub: new HubClient(LICENCES_ISSUER, config.servicePrivateJwk, config.gatewayUrl),
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
      "/.well-known/service-jwks.json": serviceJwksRoute(config.servicePrivateJwk),
    }),
  });
  return {
    ...running,
    jwksUrl: new URL("/.well-known/jwks.json", running.url).toString(),
    stop: async () => {
      await running.stop();
      running.deps.hub.close();
    },
  };
}
