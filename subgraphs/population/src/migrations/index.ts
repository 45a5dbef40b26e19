import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122000000_persons } from "./Migration20261122000000_persons.js";
import { Migration20261201030000_person_name_index } from "./Migration20261201030000_person_name_index.js";

/** Every migration of the population base, in order. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122000000_persons", class: Migration20261122000000_persons },
  {
    name: "Migration20261201030000_person_name_index",
    class: Migration20261201030000_person_name_index,
  },
];
