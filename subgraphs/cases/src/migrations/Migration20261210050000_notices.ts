import { Migration } from "@mikro-orm/migrations";

/**
 * Notices people receive: ordered per case (seq), each ending DELIVERED (to a phone, with where
 * the number came from), SUPPRESSED (the applicant is deceased) or UNDELIVERABLE (no number the
 * department may use), and readable by the resident they are for.
 */
export class Migration20261210050000_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table notification_outbox add column seq bigserial;`);
    this.addSql(`create unique index notification_outbox_seq on notification_outbox (seq);`);
    this.addSql(
      `alter table notification_outbox add column state varchar(16) not null default 'QUEUED';`,
    );
    this.addSql(`
      update notification_outbox set state = 'DELIVERED' where delivered_at is not null;`);
    this.addSql(`alter table notification_outbox add column reason varchar(300);`);
    this.addSql(`alter table notification_outbox add column delivered_to varchar(20);`);
    this.addSql(`alter table notification_outbox add column channel varchar(60);`);
    this.addSql(
      `create index notification_outbox_recipient on notification_outbox (recipient, seq);`,
    );
    this.addSql(`create index notification_outbox_case on notification_outbox (case_id, seq);`);
  }
}
