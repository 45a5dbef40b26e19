import DataLoader from "dataloader";
import type { SubgraphContext } from "@gongxiang/kit";
import { HouseholdEntity } from "./household.entity.js";

/** Households by id: one statement per batch. */
export const householdById = (ctx: SubgraphContext) =>
  new DataLoader<string, HouseholdEntity | null>(async (ids) => {
    const rows = await ctx.em.find(HouseholdEntity, { id: { $in: [...ids] } });
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });

/** Households by number: one statement per batch. */
export const householdByNumber = (ctx: SubgraphContext) =>
  new DataLoader<string, HouseholdEntity | null>(async (numbers) => {
    const rows = await ctx.em.find(HouseholdEntity, { number: { $in: [...numbers] } });
    const map = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((n) => map.get(n) ?? null);
  });
