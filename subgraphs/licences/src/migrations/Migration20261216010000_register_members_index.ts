import { Migration } from "@mikro-orm/migrations";

/**
 * Every intake asks which household register lists the applicant: without an index that was a
 * scan of every licence (15 ms at 20,000 persons, growing with the base).
 */
export class Migration20261216010000_register_members_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index licence_register_members on licence using gin ((data -> 'members') jsonb_path_ops) where type = 'HOUSEHOLD_REGISTER';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index licence_register_members;`);
  }
}
