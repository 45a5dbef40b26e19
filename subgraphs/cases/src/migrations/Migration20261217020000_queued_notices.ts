import { Migration } from "@mikro-orm/migrations";

/**
 * The worker claims queued notices in order many times a minute. Its only index was on the
 * notices not delivered, and a notice that ends SUPPRESSED or UNDELIVERABLE is never delivered,
 * so every claim scanned the outbox's whole history (17 ms a claim at 8,300 notices, growing).
 * Now it reads the queued ones alone, in their order.
 */
export class Migration20261217020000_queued_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index notification_outbox_queued on notification_outbox (seq) where state = 'QUEUED';`,
    );
    // Read by nothing since notices have a state, and paid for by every notice written.
    this.addSql(`drop index notification_outbox_due;`);
    // Each settled notice leaves a dead entry in the queued index, read by every claim until a
    // vacuum: vacuumed after every thousand, not after a fifth of the whole history.
    this.addSql(
      `alter table notification_outbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table notification_outbox reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold);`,
    );
    this.addSql(
      `create index notification_outbox_due on notification_outbox (next_attempt_at) where delivered_at is null;`,
    );
    this.addSql(`drop index notification_outbox_queued;`);
  }
}
