/** The cases base: public entry for the hub runner, scripts and tests. */
export { loadCasesConfig, type CasesConfig } from "./config.js";
export { startCases, type RunningCases } from "./server.js";
export { buildCasesSchema } from "./schema.js";
export { createCasesOrm } from "./orm.js";
export type { CasesDeps } from "./context.js";
export type { NotificationTransport } from "./notification/transport.js";
export { DeliveryLogTransport } from "./notification/transport.js";
export { NotificationWorker } from "./notification/notification-worker.js";
export type { OutboxEntity } from "./notification/outbox.entity.js";
