import { insertPopulationBatch, type HouseholdRow, type PersonRow } from "@gongxiang/population";
import type { Orm } from "@gongxiang/kit";
import { loadVillages } from "./divisions.js";
import { PopulationGenerator } from "./population-generator.js";

export interface SeedResult {
  generated: number;
  inserted: number;
  households: number;
}

const BATCH = 10_000;

/**
 * Adds `persons` synthetic people (in whole households) to the population base. The same
 * seed always produces the same people; seeding twice with it inserts nothing new.
 */
export async function seedPopulation(
  orm: Orm,
  options: {
    persons: number;
    seed: number;
    reservedCitizenIds: string[];
    /** Called with each batch's newly inserted persons and their households (e.g. to issue licences). */
    afterBatch?: (persons: PersonRow[], households: Map<string, HouseholdRow>) => Promise<void>;
  },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<SeedResult> {
  const generator = new PopulationGenerator(
    options.seed,
    loadVillages(),
    options.reservedCitizenIds,
  );
  let generated = 0;
  let inserted = 0;
  let householdCount = 0;
  let households: HouseholdRow[] = [];
  let persons: PersonRow[] = [];
  const flush = async () => {
    if (!persons.length) return;
    const result = await insertPopulationBatch(orm, households, persons);
    inserted += result.persons.length;
    await options.afterBatch?.(result.persons, new Map(households.map((h) => [h.id, h])));
    householdCount += result.households;
    households = [];
    persons = [];
    onProgress(generated, options.persons);
  };
  while (generated < options.persons) {
    const next = generator.nextHousehold(options.persons - generated);
    households.push(next.household);
    persons.push(...next.members);
    generated += next.members.length;
    if (persons.length >= BATCH) await flush();
  }
  await flush();
  return { generated, inserted, households: householdCount };
}

/**
 * Refreshes the planner's statistics after a bulk load: without it the first queries on a table
 * that grew from thousands to millions of rows are planned for the old size.
 */
export async function analyzeAfterLoad(orms: Orm[]): Promise<void> {
  for (const orm of orms) await orm.orm.em.getConnection().execute("analyze");
}
