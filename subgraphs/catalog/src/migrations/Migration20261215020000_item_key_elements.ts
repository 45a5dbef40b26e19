import { Migration } from "@mikro-orm/migrations";

/**
 * The national catalog's key elements the items lacked: the item type and the implementing body,
 * and English beside the Chinese texts. Versions created before stay without a type (a published
 * version never changes, and guessing one would misstate it); a draft gets one when edited, and
 * publishing needs it.
 */
export class Migration20261215020000_item_key_elements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table service_item
        add column item_type varchar(32) check (item_type in (
          'ADMINISTRATIVE_LICENSING', 'ADMINISTRATIVE_PAYMENT', 'ADMINISTRATIVE_CONFIRMATION',
          'ADMINISTRATIVE_LEVY', 'ADMINISTRATIVE_REWARD', 'ADMINISTRATIVE_RULING',
          'OTHER_ADMINISTRATIVE_POWER', 'PUBLIC_SERVICE')),
        add column implementing_body varchar(100),
        add column name_en varchar(200),
        add column legal_basis_en text,
        add column acceptance_conditions_en text;`);
  }
}
