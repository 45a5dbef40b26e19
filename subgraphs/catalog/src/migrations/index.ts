import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122020000_catalog } from "./Migration20261122020000_catalog.js";
import { Migration20261122030000_grants } from "./Migration20261122030000_grants.js";
import { Migration20261122050000_catalog_base } from "./Migration20261122050000_catalog_base.js";
import { Migration20261201050000_item_disclosure } from "./Migration20261201050000_item_disclosure.js";
import { Migration20261210020000_publication_warnings } from "./Migration20261210020000_publication_warnings.js";
import { Migration20261215020000_item_key_elements } from "./Migration20261215020000_item_key_elements.js";

/** Every migration of the catalog, in order. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122020000_catalog", class: Migration20261122020000_catalog },
  { name: "Migration20261122030000_grants", class: Migration20261122030000_grants },
  { name: "Migration20261122050000_catalog_base", class: Migration20261122050000_catalog_base },
  {
    name: "Migration20261201050000_item_disclosure",
    class: Migration20261201050000_item_disclosure,
  },
  {
    name: "Migration20261210020000_publication_warnings",
    class: Migration20261210020000_publication_warnings,
  },
  {
    name: "Migration20261215020000_item_key_elements",
    class: Migration20261215020000_item_key_elements,
  },
];
