import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122060000_cases } from "./Migration20261122060000_cases.js";
import { Migration20261201040000_resident_messages } from "./Migration20261201040000_resident_messages.js";
import { Migration20261210010000_notice_kinds } from "./Migration20261210010000_notice_kinds.js";
import { Migration20261210030000_case_record } from "./Migration20261210030000_case_record.js";
import { Migration20261210050000_notices } from "./Migration20261210050000_notices.js";
import { Migration20261217020000_queued_notices } from "./Migration20261217020000_queued_notices.js";

/** Every migration of the cases base, in order. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122060000_cases", class: Migration20261122060000_cases },
  {
    name: "Migration20261201040000_resident_messages",
    class: Migration20261201040000_resident_messages,
  },
  { name: "Migration20261210010000_notice_kinds", class: Migration20261210010000_notice_kinds },
  { name: "Migration20261210030000_case_record", class: Migration20261210030000_case_record },
  { name: "Migration20261210050000_notices", class: Migration20261210050000_notices },
  { name: "Migration20261217020000_queued_notices", class: Migration20261217020000_queued_notices },
];
