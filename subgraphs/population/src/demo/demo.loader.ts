import { citizenIdProblem, stableUuid, z, type Orm } from "@gongxiang/kit";
import { Gender, MaritalStatus, PersonStatus, RelationToHead } from "../person/person.enums.js";

const demoPerson = z.object({
  citizenId: z.string().refine((id) => citizenIdProblem(id) === null, "invalid citizen ID"),
  name: z.string().min(1).max(64),
  gender: z.enum(Gender),
  birthDate: z.iso.date(),
  ethnicity: z.string(),
  status: z.enum(PersonStatus),
  deathDate: z.iso.date().optional(),
  divisionCode: z.string().regex(/^\d{12}$/),
  address: z.string(),
  phone: z.string().nullable(),
  household: z.string().regex(/^\d{12}-\d{4}$/),
  relationToHead: z.enum(RelationToHead),
  maritalStatus: z.enum(MaritalStatus),
});
export const demoPeopleSchema = z.array(demoPerson);
export type DemoPerson = z.infer<typeof demoPerson>;

export const personId = (citizenId: string) => stableUuid("population:person", citizenId);
export const householdId = (number: string) => stableUuid("population:household", number);

/** Loads the demo people and their households; already loaded records are left as they are. */
export async function loadPopulationDemo(orm: Orm, people: unknown): Promise<number> {
  const persons = demoPeopleSchema.parse(people);
  const households = new Map<string, DemoPerson>();
  for (const person of persons) {
    if (person.relationToHead === RelationToHead.HEAD) households.set(person.household, person);
  }
  for (const person of persons) {
    if (!households.has(person.household)) {
      throw new Error(`demo household ${person.household} has no head`);
    }
  }
  const knex = orm.orm.em.getKnex();
  let inserted = 0;
  await knex.transaction(async (trx) => {
    await trx("household")
      .insert(
        [...households].map(([number, head]) => ({
          id: householdId(number),
          number,
          division_code: number.slice(0, 12),
          address: head.address,
          head_citizen_id: head.citizenId,
        })),
      )
      .onConflict("number")
      .ignore();
    const rows: unknown[] = await trx("person")
      .insert(
        persons.map((p) => ({
          id: personId(p.citizenId),
          citizen_id: p.citizenId,
          name: p.name,
          gender: p.gender,
          birth_date: p.birthDate,
          ethnicity: p.ethnicity,
          address: p.address,
          division_code: p.divisionCode,
          phone: p.phone,
          marital_status: p.maritalStatus,
          status: p.status,
          death_date: p.deathDate ?? null,
          household_id: householdId(p.household),
          relation_to_head: p.relationToHead,
        })),
      )
      .onConflict("citizen_id")
      .ignore()
      .returning("id");
    inserted = rows.length;
  });
  return inserted;
}
