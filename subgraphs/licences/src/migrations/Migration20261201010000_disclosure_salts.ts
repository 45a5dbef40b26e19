import { Migration } from "@mikro-orm/migrations";

/**
 * Seals cover salted digests of each disclosed field (selective disclosure), so a reader may be
 * given some of a licence's fields and still check them. Licences sealed before this carry no
 * salts and verify as TAMPERED until reissued.
 */
export class Migration20261201010000_disclosure_salts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table licence add column salts jsonb not null default '{}';`);
    this.addSql(`alter table licence alter column salts drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table licence drop column salts;`);
  }
}
