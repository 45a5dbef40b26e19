import { Migration } from "@mikro-orm/migrations";

/**
 * An issue request may carry an idempotency key (the cases base sends case:<id>): the same key
 * of the same issuing department always stands for the one licence it first issued.
 */
export class Migration20261210040000_issue_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table licence add column issue_key varchar(100);`);
    this.addSql(
      `create unique index licence_issue_key on licence (issuer_dept, issue_key) where issue_key is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index licence_issue_key;`);
    this.addSql(`alter table licence drop column issue_key;`);
  }
}
