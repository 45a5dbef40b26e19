import {
  KeyVault,
  WorkingCalendar,
  createLogger,
  startSubgraph,
  type RunningSubgraph,
} from "@gongxiang/kit";
import type { JWK } from "jose";
import type { CasesConfig } from "./config.js";
import type { CasesDeps } from "./context.js";
import { GatewayClient } from "./hub-client/gateway-client.js";
import { LicenceSeals } from "./intake/licence-seals.js";
import { NotificationWorker } from "./notification/notification-worker.js";
import { countedTransport, watchOutbox } from "./notification/outbox-metrics.js";
import { DeliveryLogTransport, type NotificationTransport } from "./notification/transport.js";
import { createCasesOrm } from "./orm.js";
import { casePurposeRoute } from "./purpose/case-purpose.route.js";
import { buildCasesSchema } from "./schema.js";
import { CaseClock } from "./supervision/case-clock.js";
import { FileUploadStore, PostgresUploadStore, UploadCipher } from "./upload/upload-store.js";
import { DecisionSeals } from "./workflow/decision-seals.js";

export interface RunningCases extends RunningSubgraph<CasesDeps> {
  worker: NotificationWorker;
}

/**
 * Starts the cases subgraph and its notification worker. It publishes the public key of its
 * gateway tokens at /.well-known/jwks.json and answers the bases' case-purpose questions.
 */
export async function startCases(
  config: CasesConfig,
  options: { host?: string; transport?: NotificationTransport } = {},
): Promise<RunningCases> {
  const log = createLogger("cases", config.logLevel);
  const { d: _private, ...servicePublicJwk } = config.servicePrivateJwk;
  const running = await startSubgraph<CasesDeps>({
    name: "cases",
    logLevel: config.logLevel,
    production: config.production,
    port: config.port,
    metricsPort: config.telemetry.metricsPort,
    host: options.host,
    callerContextPublicJwk: config.callerContextPublicJwk,
    // A scan of UPLOAD_MAX_BYTES, base64 encoded, in a JSON request.
    maxBodyBytes: Math.ceil(config.uploadMaxBytes * 1.4) + 64_000,
    openOrm: (ormLog) => createCasesOrm(config.databaseUrl, { log: ormLog }),
    schema: await buildCasesSchema(),
    deps: (orm) => {
      const cipher = new UploadCipher(config.masterKey);
      return {
        gateway: new GatewayClient(config.gatewayUrl, config.servicePrivateJwk),
        licenceSeals: new LicenceSeals(config.licencesJwksUrl),
        seals: new DecisionSeals(() => orm.fork(), new KeyVault(config.masterKey)),
        clock: new CaseClock(),
        calendar: new WorkingCalendar(config.holidays),
        uploads:
          config.uploadStore.kind === "filesystem"
            ? new FileUploadStore(config.uploadStore.directory, cipher)
            : new PostgresUploadStore(orm, cipher),
        uploadMaxBytes: config.uploadMaxBytes,
        log,
      };
    },
    routes: (_deps, orm, verifier) => ({
      "/.well-known/jwks.json": (_req, res) => {
        res.writeHead(200, { "content-type": "application/jwk-set+json" });
        res.end(
          JSON.stringify({ keys: [{ ...(servicePublicJwk as JWK), use: "sig", alg: "EdDSA" }] }),
        );
      },
      "/case-purposes/": casePurposeRoute(orm, verifier),
    }),
  });
  watchOutbox(running.metrics, running.orm);
  const worker = new NotificationWorker(
    running.orm,
    countedTransport(
      options.transport ??
        new DeliveryLogTransport(running.orm, log.child({ part: "notifications" })),
      running.metrics,
    ),
    running.deps.clock,
    running.deps.calendar,
    log.child({ part: "worker" }),
    config.workerIntervalMs,
  );
  worker.start();
  return {
    ...running,
    worker,
    stop: async () => {
      await worker.stop();
      // Deliver what is due now rather than at the next start (the queue itself is durable).
      await worker
        .deliver()
        .catch((error: unknown) => log.warn({ err: error }, "outbox not flushed at stop"));
      await running.stop();
    },
  };
}
