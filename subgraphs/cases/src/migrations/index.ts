import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122060000_cases } from "./Migration20261122060000_cases.js";
import { Migration20261201040000_resident_messages } from "./Migration20261201040000_resident_messages.js";

/** Every migration of the cases base, in order. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122060000_cases", class: Migration20261122060000_cases },
  {
    name: "Migration20261201040000_resident_messages",
    class: Migration20261201040000_resident_messages,
  },
];
