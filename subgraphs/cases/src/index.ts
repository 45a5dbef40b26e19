/** The cases base: public entry for the hub runner, scripts and tests. */
export { loadCasesConfig, type CasesConfig } from "./config.js";
export { startCases, type RunningCases } from "./server.js";
export { buildCasesSchema } from "./schema.js";
export { createCasesOrm } from "./orm.js";
export type { CasesDeps } from "./context.js";
export type { NotificationTransport, OutgoingNotice } from "./notification/transport.js";
export { DeliveryLogTransport, PermanentDeliveryError } from "./notification/transport.js";
export { HttpSmsTransport } from "./notification/sms-http.transport.js";
export { AddressBook } from "./notification/address-book.js";
export { CLAIM_QUEUED, NotificationWorker } from "./notification/notification-worker.js";
export type { OutboxEntity } from "./notification/outbox.entity.js";
