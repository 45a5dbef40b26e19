import { Migration } from "@mikro-orm/migrations";

/**
 * STATUS_SUPPLEMENT_REQUIRED (26 characters) did not fit the outbox's varchar(24): every
 * requestSupplement failed. Kinds and event actions get room for longer names.
 */
export class Migration20261210010000_notice_kinds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table notification_outbox alter column kind type varchar(40);`);
    this.addSql(`alter table case_event alter column action type varchar(40);`);
  }
}
