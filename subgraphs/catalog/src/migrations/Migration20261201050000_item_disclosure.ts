import { Migration } from "@mikro-orm/migrations";

/** What data officers publish of each item's results and outcome figures (阳光红页). */
export class Migration20261201050000_item_disclosure extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table item_disclosure (
        code varchar(64) primary key,
        results boolean not null,
        outcomes jsonb not null,
        updated_at timestamptz not null,
        updated_by varchar(128) not null
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table item_disclosure;`);
  }
}
