import DataLoader from "dataloader";
import type { KeyedRead, SubgraphContext } from "@gongxiang/kit";
import { householdById } from "../household/household.loaders.js";
import {
  PERSONS_BY_CITIZEN_ID,
  PERSONS_BY_HOUSEHOLD,
  PERSONS_BY_ID,
  splitHousehold,
  type PersonHouseholdRow,
  type PersonRow,
} from "./person.reads.js";

const MAX_BATCH = 5_000;

function byKey<K extends keyof PersonRow>(rows: PersonRow[], key: K) {
  return new Map(rows.map((row) => [row[key], row]));
}

/** Persons read with their households; the households go to this request's household loader. */
async function readWithHouseholds(
  ctx: SubgraphContext,
  statement: KeyedRead<PersonHouseholdRow>,
  keys: readonly string[],
): Promise<PersonRow[]> {
  const households = ctx.loaders.get(householdById);
  return (await ctx.reads.byKeys(statement, keys)).map((row) => {
    const { person, household } = splitHousehold(row);
    if (household) households.prime(household.id, household);
    return person;
  });
}

/** Persons by id: one statement per batch, whatever the number of keys. */
export const personById = (ctx: SubgraphContext) =>
  new DataLoader<string, PersonRow | null>(
    async (ids) => {
      const rows = await readWithHouseholds(ctx, PERSONS_BY_ID, ids);
      const map = byKey(rows, "id");
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

/** Persons by citizen ID number: one statement per batch. */
export const personByCitizenId = (ctx: SubgraphContext) =>
  new DataLoader<string, PersonRow | null>(
    async (citizenIds) => {
      const rows = await readWithHouseholds(ctx, PERSONS_BY_CITIZEN_ID, citizenIds);
      const map = byKey(rows, "citizenId");
      return citizenIds.map((citizenId) => map.get(citizenId) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

/** Members of households, head first: one statement per batch of households. */
export const personsByHousehold = (ctx: SubgraphContext) =>
  new DataLoader<string, PersonRow[]>(
    async (householdIds) => {
      const rows = await ctx.reads.byKeys(PERSONS_BY_HOUSEHOLD, householdIds);
      const groups = new Map<string, PersonRow[]>();
      for (const row of rows) {
        const members = groups.get(row.householdId!) ?? [];
        if (row.relationToHead === "HEAD") members.unshift(row);
        else members.push(row);
        groups.set(row.householdId!, members);
      }
      return householdIds.map((id) => groups.get(id) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
