import {
  CASES_ISSUER,
  HubClient,
  KeyVault,
  serviceJwksRoute,
  WorkingCalendar,
  createLogger,
  startSubgraph,
  type RunningSubgraph,
} from "@gongxiang/kit";
import type { CasesConfig } from "./config.js";
import type { CasesDeps } from "./context.js";
import { LicenceSeals } from "./intake/licence-seals.js";
import { NotificationWorker } from "./notification/notification-worker.js";
import { DeliveryLogTransport, type NotificationTransport } from "./notification/transport.js";
import { createCasesOrm } from "./orm.js";
import { casePurposeRoute } from "./purpose/case-purpose.route.js";
import { buildCasesSchema } from "./schema.js";
import { CaseClock } from "./supervision/case-clock.js";
import { UPLOAD_ROUTE_PREFIX, uploadRoute } from "./upload/upload.route.js";
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
  const running = await startSubgraph<CasesDeps>({
    name: "cases",
    logLevel: config.logLevel,
    production: config.production,
    port: config.port,
    host: options.host,
    callerContextPublicJwk: config.callerContextPublicJwk,
    ...config.enforcement,
    // A scan of UPLOAD_MAX_BYTES, base64 encoded, in a JSON request.
    maxBodyBytes: Math.ceil(config.uploadMaxBytes * 1.4) + 64_000,
    openOrm: (ormLog) => createCasesOrm(config.databaseUrl, { log: ormLog }),
    schema: await buildCasesSchema(),
    deps: (orm) => {
      const cipher = new UploadCipher(config.masterKey);
      return {
        gateway: new HubClient(CASES_ISSUER, config.servicePrivateJwk, config.gatewayUrl),
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
    routes: (_deps, orm, verifier, contextFor) => ({
      "/.well-known/jwks.json": serviceJwksRoute(config.servicePrivateJwk),
      "/case-purposes/": casePurposeRoute(orm, verifier),
      [UPLOAD_ROUTE_PREFIX]: uploadRoute(contextFor, config.uploadMaxBytes),
    }),
  });
  const worker = new NotificationWorker(
    running.orm,
    options.transport ??
      new DeliveryLogTransport(running.orm, log.child({ part: "notifications" })),
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
      await running.stop();
    },
  };
}
