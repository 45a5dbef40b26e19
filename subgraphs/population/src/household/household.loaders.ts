import DataLoader from "dataloader";
import type { SubgraphContext } from "@gongxiang/kit";
import { HOUSEHOLDS_BY_ID, HOUSEHOLDS_BY_NUMBER, type HouseholdRow } from "./household.reads.js";

/** Households by id: one statement per batch. */
export const householdById = (ctx: SubgraphContext) =>
  new DataLoader<string, HouseholdRow | null>(async (ids) => {
    const rows = await ctx.reads.byKeys(HOUSEHOLDS_BY_ID, ids);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });

/** Households by number: one statement per batch. */
export const householdByNumber = (ctx: SubgraphContext) =>
  new DataLoader<string, HouseholdRow | null>(async (numbers) => {
    const rows = await ctx.reads.byKeys(HOUSEHOLDS_BY_NUMBER, numbers);
    const map = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((n) => map.get(n) ?? null);
  });
