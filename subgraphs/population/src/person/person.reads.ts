import { keyedRead } from "@gongxiang/kit";
import type { HouseholdRow } from "../household/household.reads.js";
import type { PersonEntity } from "./person.entity.js";

/** A person's row as the entity holds it (dates as YYYY-MM-DD), read without the ORM. */
export type PersonRow = Readonly<PersonEntity>;

/** A person with their household's columns (null without one), read in the same statement. */
export type PersonHouseholdRow = PersonRow & {
  householdNumber: string | null;
  householdDivisionCode: string | null;
  householdAddress: string | null;
  householdHeadCitizenId: string | null;
};

const COLUMNS = `p.id, p.citizen_id as "citizenId", p.name, p.gender,
  p.birth_date::text as "birthDate", p.ethnicity, p.address, p.division_code as "divisionCode",
  p.phone, p.marital_status as "maritalStatus", p.status, p.death_date::text as "deathDate",
  p.household_id as "householdId", p.relation_to_head as "relationToHead"`;

// A lookup asks for the household as often as not: one statement instead of two.
const WITH_HOUSEHOLD = `select ${COLUMNS}, h.number as "householdNumber",
  h.division_code as "householdDivisionCode", h.address as "householdAddress",
  h.head_citizen_id as "householdHeadCitizenId"
  from person p left join household h on h.id = p.household_id`;

export const PERSONS_BY_CITIZEN_ID = keyedRead<PersonHouseholdRow>(
  "person_by_citizen_id",
  `${WITH_HOUSEHOLD} where p.citizen_id = any($1::varchar[])`,
  (row) => row.citizenId,
);

/** Keys are lowercase UUIDs, as PostgreSQL answers them. */
export const PERSONS_BY_ID = keyedRead<PersonHouseholdRow>(
  "person_by_id",
  `${WITH_HOUSEHOLD} where p.id = any($1::uuid[])`,
  (row) => row.id,
);

/** Splits a joined row into the person and their household. */
export function splitHousehold(row: PersonHouseholdRow): {
  person: PersonRow;
  household: HouseholdRow | null;
} {
  const {
    householdNumber,
    householdDivisionCode,
    householdAddress,
    householdHeadCitizenId,
    ...person
  } = row;
  const household =
    person.householdId !== null && householdNumber !== null
      ? {
          id: person.householdId,
          number: householdNumber,
          divisionCode: householdDivisionCode!,
          address: householdAddress!,
          headCitizenId: householdHeadCitizenId!,
        }
      : null;
  return { person, household };
}

/** Members of households, oldest first (the head is put first by the loader). */
export const PERSONS_BY_HOUSEHOLD = keyedRead<PersonRow>(
  "person_by_household",
  `select ${COLUMNS} from person p where p.household_id = any($1::uuid[])
   order by p.birth_date asc, p.citizen_id asc`,
  (row) => row.householdId!,
);
