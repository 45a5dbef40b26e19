import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122010000_licences } from "./Migration20261122010000_licences.js";
import { Migration20261201010000_disclosure_salts } from "./Migration20261201010000_disclosure_salts.js";
import { Migration20261210040000_issue_keys } from "./Migration20261210040000_issue_keys.js";
import { Migration20261216010000_register_members_index } from "./Migration20261216010000_register_members_index.js";
import { Migration20261217010000_register_members_no_pending } from "./Migration20261217010000_register_members_no_pending.js";

/** Every migration of the e-licence base, in order. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122010000_licences", class: Migration20261122010000_licences },
  {
    name: "Migration20261201010000_disclosure_salts",
    class: Migration20261201010000_disclosure_salts,
  },
  { name: "Migration20261210040000_issue_keys", class: Migration20261210040000_issue_keys },
  {
    name: "Migration20261216010000_register_members_index",
    class: Migration20261216010000_register_members_index,
  },
  {
    name: "Migration20261217010000_register_members_no_pending",
    class: Migration20261217010000_register_members_no_pending,
  },
];
