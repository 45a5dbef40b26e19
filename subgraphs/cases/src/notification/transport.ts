import type { Logger, Orm } from "@gongxiang/kit";
import { maskedPhone } from "./address-book.js";

/** One notice on its way: the transport sends `text` to `phone`, once per `id`. */
export interface OutgoingNotice {
  id: string;
  phone: string;
  text: string;
  kind: string;
}

/** A refusal that retrying will not change (a number the gateway rejects): not retried. */
export class PermanentDeliveryError extends Error {}

/**
 * Delivers one notice. Implementations must be idempotent by notice id (an SMS gateway's client
 * message id, say): after a crash the same notice may be handed over again, and must not reach
 * the recipient twice.
 */
export interface NotificationTransport {
  send(notice: OutgoingNotice): Promise<void>;
}

/**
 * The default transport: a delivery log (a table, one row per notice id) and a log line, with
 * the number masked. For development and for sites without an SMS gateway.
 */
export class DeliveryLogTransport implements NotificationTransport {
  constructor(
    private readonly orm: Orm,
    private readonly log: Logger,
  ) {}

  async send(notice: OutgoingNotice): Promise<void> {
    const to = maskedPhone(notice.phone);
    const inserted: unknown[] = await this.orm
      .fork()
      .getConnection()
      .execute(
        `insert into notification_delivery (notification_id, delivered_at, recipient, message)
         values (?, now(), ?, ?) on conflict (notification_id) do nothing returning notification_id`,
        [notice.id, to, notice.text],
      );
    // The number masked: the recipient's phone stays out of the logs.
    if (inserted.length) {
      this.log.info({ notification: notice.id, to, kind: notice.kind }, notice.text);
    }
  }
}
