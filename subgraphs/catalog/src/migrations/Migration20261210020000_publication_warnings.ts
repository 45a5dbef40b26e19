import { Migration } from "@mikro-orm/migrations";

/**
 * What publication warned about (fields typed in by hand, scans for licences the department
 * cannot read, rules that are manual checks), as the grants stood when the version was published.
 */
export class Migration20261210020000_publication_warnings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table service_item add column publication_warnings jsonb not null default '[]';`,
    );
  }
}
