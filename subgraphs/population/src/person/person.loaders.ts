import DataLoader from "dataloader";
import type { SubgraphContext } from "@gongxiang/kit";
import { PersonEntity } from "./person.entity.js";

const MAX_BATCH = 5_000;

function byKey<K extends keyof PersonEntity>(rows: PersonEntity[], key: K) {
  return new Map(rows.map((row) => [row[key], row]));
}

/** Persons by id: one statement per batch, whatever the number of keys. */
export const personById = (ctx: SubgraphContext) =>
  new DataLoader<string, PersonEntity | null>(
    async (ids) => {
      const rows = await ctx.em.find(PersonEntity, { id: { $in: [...ids] } });
      const map = byKey(rows, "id");
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

/** Persons by citizen ID number: one statement per batch. */
export const personByCitizenId = (ctx: SubgraphContext) =>
  new DataLoader<string, PersonEntity | null>(
    async (citizenIds) => {
      const rows = await ctx.em.find(PersonEntity, { citizenId: { $in: [...citizenIds] } });
      const map = byKey(rows, "citizenId");
      return citizenIds.map((citizenId) => map.get(citizenId) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

/** Members of households, head first: one statement per batch of households. */
export const personsByHousehold = (ctx: SubgraphContext) =>
  new DataLoader<string, PersonEntity[]>(
    async (householdIds) => {
      const rows = await ctx.em.find(
        PersonEntity,
        { householdId: { $in: [...householdIds] } },
        { orderBy: { birthDate: "asc", citizenId: "asc" } },
      );
      const groups = new Map<string, PersonEntity[]>();
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
