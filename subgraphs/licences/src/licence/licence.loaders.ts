import DataLoader from "dataloader";
import type { SubgraphContext } from "@gongxiang/kit";
import { LicenceEntity } from "./licence.entity.js";
import { LICENCES_BY_HOLDER, type LicenceRow } from "./licence.reads.js";

/** Licences held by each citizen ID: one statement per batch of holders. */
export const licencesByHolder = (ctx: SubgraphContext) =>
  new DataLoader<string, LicenceRow[]>(
    async (holders) => {
      const rows = await ctx.reads.byKeys(LICENCES_BY_HOLDER, holders);
      const groups = new Map<string, LicenceRow[]>();
      for (const row of rows)
        groups.set(row.holderCitizenId, [...(groups.get(row.holderCitizenId) ?? []), row]);
      return holders.map((holder) => groups.get(holder) ?? []);
    },
    { maxBatchSize: 5_000 },
  );

/** Licences by identifier, as managed entities (a revocation changes them): one statement per batch. */
export const licenceByIdentifier = (ctx: SubgraphContext) =>
  new DataLoader<string, LicenceEntity | null>(async (identifiers) => {
    const rows = await ctx.em.find(LicenceEntity, { identifier: { $in: [...identifiers] } });
    const map = new Map(rows.map((row) => [row.identifier, row]));
    return identifiers.map((identifier) => map.get(identifier) ?? null);
  });
