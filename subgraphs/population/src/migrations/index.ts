import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122000000_persons } from "./Migration20261122000000_persons.js";

/** Every migration of the population base, in order. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122000000_persons", class: Migration20261122000000_persons },
];
