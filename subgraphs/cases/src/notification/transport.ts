import type { Logger, Orm } from "@gongxiang/kit";
import type { OutboxEntity } from "./outbox.entity.js";

/**
 * Delivers one notification. Implementations must be idempotent by notification id (an SMS
 * gateway's client message id, say): after a crash the same notification may be handed over
 * again, and must not reach the recipient twice.
 */
export interface NotificationTransport {
  send(notification: OutboxEntity): Promise<void>;
}

/** The default transport: a delivery log (a table, one row per notification id) and a log line. */
export class DeliveryLogTransport implements NotificationTransport {
  constructor(
    private readonly orm: Orm,
    private readonly log: Logger,
  ) {}

  async send(notification: OutboxEntity): Promise<void> {
    const inserted: unknown[] = await this.orm
      .fork()
      .getConnection()
      .execute(
        `insert into notification_delivery (notification_id, delivered_at, recipient, message)
         values (?, now(), ?, ?) on conflict (notification_id) do nothing returning notification_id`,
        [notification.id, notification.recipient, notification.message],
      );
    if (inserted.length) {
      // The recipient (a citizen ID) stays in the delivery table, out of the logs.
      this.log.info(
        { notification: notification.id, kind: notification.kind },
        "notification delivered",
      );
    }
  }
}
