import { withPgClient, type Orm } from "@gongxiang/kit";

export interface HouseholdRow {
  id: string;
  number: string;
  divisionCode: string;
  address: string;
  headCitizenId: string;
}

export interface PersonRow {
  id: string;
  citizenId: string;
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  ethnicity: string;
  address: string;
  divisionCode: string;
  phone: string | null;
  maritalStatus: string;
  status: string;
  householdId: string;
  relationToHead: string;
}

/**
 * Writes households and persons in bulk: one statement per table per batch through unnest()
 * arrays (COPY-like speed without a second protocol). Rows already present are skipped, so
 * running the same seed twice adds nothing.
 */
export async function insertPopulationBatch(
  orm: Orm,
  households: HouseholdRow[],
  persons: PersonRow[],
): Promise<{ households: number; persons: PersonRow[] }> {
  const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);
  // Straight to the pg client: arrays must travel as single array parameters.
  return withPgClient(orm, async (client) => {
    try {
      await client.query("begin");
      const h = await client.query(
        `insert into household (id, number, division_code, address, head_citizen_id)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
       on conflict do nothing`,
        [
          column(households, "id"),
          column(households, "number"),
          column(households, "divisionCode"),
          column(households, "address"),
          column(households, "headCitizenId"),
        ],
      );
      const p = await client.query(
        `insert into person (id, citizen_id, name, gender, birth_date, ethnicity, address,
         division_code, phone, marital_status, status, household_id, relation_to_head)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[],
         $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[],
         $13::text[])
       on conflict do nothing
       returning citizen_id`,
        [
          column(persons, "id"),
          column(persons, "citizenId"),
          column(persons, "name"),
          column(persons, "gender"),
          column(persons, "birthDate"),
          column(persons, "ethnicity"),
          column(persons, "address"),
          column(persons, "divisionCode"),
          column(persons, "phone"),
          column(persons, "maritalStatus"),
          column(persons, "status"),
          column(persons, "householdId"),
          column(persons, "relationToHead"),
        ],
      );
      await client.query("commit");
      const inserted = new Set(p.rows.map((row) => row.citizen_id));
      return {
        households: h.rowCount ?? 0,
        persons: persons.filter((row) => inserted.has(row.citizenId)),
      };
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    }
  });
}
