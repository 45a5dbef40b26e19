import type { Orm, ServiceMetrics } from "@gongxiang/kit";
import type { NotificationTransport, OutgoingNotice } from "./transport.js";

/**
 * The outbox as an operator watches it: what waits to be delivered (and how much of it has
 * failed before), read from the table at each scrape so every replica reports the same figure.
 */
export function watchOutbox(metrics: ServiceMetrics, orm: Orm): void {
  metrics.gauge({
    name: "gongxiang_outbox_backlog",
    help: "Notifications queued and not yet delivered (retrying: failed at least once)",
    labelNames: ["state"],
    async collect() {
      const [row] = await orm
        .fork()
        .getConnection()
        .execute<{ waiting: string; retrying: string }[]>(
          `select count(*) filter (where attempts = 0) as waiting,
                  count(*) filter (where attempts > 0) as retrying
           from notification_outbox where state = 'QUEUED'`,
        );
      this.set({ state: "waiting" }, Number(row?.waiting ?? 0));
      this.set({ state: "retrying" }, Number(row?.retrying ?? 0));
    },
  });
}

/** Counts deliveries and their failures around any transport. */
export function countedTransport(
  transport: NotificationTransport,
  metrics: ServiceMetrics,
): NotificationTransport {
  const attempts = metrics.counter({
    name: "gongxiang_outbox_deliveries_total",
    help: "Notification delivery attempts by result (failed ones are retried with backoff)",
    labelNames: ["result"],
  });
  return {
    async send(notice: OutgoingNotice): Promise<void> {
      try {
        await transport.send(notice);
        attempts.inc({ result: "delivered" });
      } catch (error) {
        attempts.inc({ result: "failed" });
        throw error;
      }
    },
  };
}
