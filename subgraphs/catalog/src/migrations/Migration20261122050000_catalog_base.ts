import { Migration } from "@mikro-orm/migrations";

/** Personal data of the catalog (access log) and the cases base is classified too. */
export class Migration20261122050000_catalog_base extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table data_resource drop constraint data_resource_base_check;`);
    this.addSql(`
      alter table data_resource add constraint data_resource_base_check
        check (base in ('population', 'licences', 'catalog', 'cases'));`);
  }
}
