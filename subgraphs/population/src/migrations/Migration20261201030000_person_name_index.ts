import { Migration } from "@mikro-orm/migrations";

/** Screening texts for registered names looks names up: an index instead of a scan. */
export class Migration20261201030000_person_name_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists person_name_index on person (name);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists person_name_index;`);
  }
}
