import {
  CASES_ISSUER,
  HubClient,
  KeyVault,
  serviceJwksRoute,
  WorkingCalendar,
  createLogger,
  startSubgraph,
  type Logger,
  type Orm,
  type RunningSubgraph,
} from "@gongxiang/kit";
import type { CasesConfig } from "./config.js";
import type { CasesDeps } from "./context.js";
import { CurrentItems } from "./intake/current-items.js";
import { LicenceSeals } from "./intake/licence-seals.js";
import { NotificationWorker } from "./notification/notification-worker.js";
import { countedTransport, watchOutbox } from "./notification/outbox-metrics.js";
import { AddressBook } from "./notification/address-book.js";
import { HttpSmsTransport } from "./notification/sms-http.transport.js";
import { DeliveryLogTransport, type NotificationTransport } from "./notification/transport.js";
import { createCasesOrm } from "./orm.js";
import { casePurposeRoute } from "./purpose/case-purpose.route.js";
import { buildCasesSchema } from "./schema.js";
import { CaseClock } from "./supervision/case-clock.js";
import { PublishedSettings } from "./disclosure/published-settings.js";
import { PublicationScreen } from "./message/redaction.js";
import { UPLOAD_ROUTE_PREFIX, uploadRoute } from "./upload/upload.route.js";
import { FileUploadStore, PostgresUploadStore, UploadCipher } from "./upload/upload-store.js";
import { CaseCompletion } from "./workflow/completion.js";
import { DecisionSeals } from "./workflow/decision-seals.js";

/** The configured way notices leave: the delivery log, or the HTTP SMS gateway. */
function transportFor(config: CasesConfig, orm: Orm, log: Logger): NotificationTransport {
  const settings = config.notifications;
  return settings.transport === "sms-http"
    ? new HttpSmsTransport(settings)
    : new DeliveryLogTransport(orm, log.child({ part: "notifications" }));
}

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
    metricsPort: config.telemetry.metricsPort,
    host: options.host,
    callerContextPublicJwk: config.callerContextPublicJwk,
    ...config.enforcement,
    // A scan of UPLOAD_MAX_BYTES, base64 encoded, in a JSON request.
    maxBodyBytes: Math.ceil(config.uploadMaxBytes * 1.4) + 64_000,
    openOrm: (ormLog) => createCasesOrm(config.databaseUrl, { log: ormLog }),
    schema: await buildCasesSchema(),
    deps: (orm, sharing) => {
      const cipher = new UploadCipher(config.masterKey);
      const gateway = new HubClient(CASES_ISSUER, config.servicePrivateJwk, config.gatewayUrl);
      return {
        orm,
        gateway,
        items: new CurrentItems(sharing),
        licenceSeals: new LicenceSeals(config.licencesJwksUrl),
        seals: new DecisionSeals(
          () => orm.fork(),
          new KeyVault(config.masterKey, "CASES_MASTER_KEY"),
        ),
        clock: new CaseClock(),
        calendar: new WorkingCalendar(config.holidays),
        uploads:
          config.uploadStore.kind === "filesystem"
            ? new FileUploadStore(config.uploadStore.directory, cipher)
            : new PostgresUploadStore(orm, cipher),
        uploadMaxBytes: config.uploadMaxBytes,
        disclosure: {
          settings: new PublishedSettings(gateway),
          minimumCount: config.disclosureMinimumCount,
        },
        messages: {
          ...config.messages,
          phones: new UploadCipher(config.masterKey, "gongxiang contact phones"),
          screen: new PublicationScreen(config.screening.url, config.screening.token),
        },
        log,
      };
    },
    routes: (_deps, orm, verifier, contextFor) => ({
      "/.well-known/jwks.json": serviceJwksRoute(config.servicePrivateJwk),
      "/case-purposes/": casePurposeRoute(orm, verifier),
      [UPLOAD_ROUTE_PREFIX]: uploadRoute(contextFor, config.uploadMaxBytes),
    }),
  });
  watchOutbox(running.metrics, running.orm);
  const worker = new NotificationWorker({
    orm: running.orm,
    transport: countedTransport(
      options.transport ?? transportFor(config, running.orm, log),
      running.metrics,
    ),
    addresses: new AddressBook(running.deps.gateway),
    clock: running.deps.clock,
    calendar: running.deps.calendar,
    log: log.child({ part: "worker" }),
    intervalMs: config.workerIntervalMs,
    recovery: () =>
      new CaseCompletion(running.orm, running.deps).recover(log.child({ part: "recovery" })),
  });
  worker.start();
  let stopping: Promise<void> | undefined;
  return {
    ...running,
    worker,
    // Idempotent, as every service's stop: a second call does not deliver on a closed database.
    stop: () =>
      (stopping ??= (async () => {
        await worker.stop();
        // Deliver what is due now rather than at the next start (the queue itself is durable).
        await worker
          .deliver()
          .catch((error: unknown) => log.warn({ err: error }, "outbox not flushed at stop"));
        await running.stop();
        running.deps.gateway.close();
      })()),
  };
}
