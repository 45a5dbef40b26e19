import { keyedRead } from "@gongxiang/kit";
import type { HouseholdEntity } from "./household.entity.js";

export type HouseholdRow = Readonly<HouseholdEntity>;

const COLUMNS = `id, number, division_code as "divisionCode", address,
  head_citizen_id as "headCitizenId"`;

export const HOUSEHOLDS_BY_ID = keyedRead<HouseholdRow>(
  "household_by_id",
  `select ${COLUMNS} from household where id = any($1::uuid[])`,
  (row) => row.id,
);

export const HOUSEHOLDS_BY_NUMBER = keyedRead<HouseholdRow>(
  "household_by_number",
  `select ${COLUMNS} from household where number = any($1::varchar[])`,
  (row) => row.number,
);
