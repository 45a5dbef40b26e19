import DataLoader from "dataloader";
import type { SubgraphContext } from "@gongxiang/kit";
import { LicenceEntity } from "./licence.entity.js";

/** Licences held by each citizen ID: one statement per batch of holders. */
export const licencesByHolder = (ctx: SubgraphContext) =>
  new DataLoader<string, LicenceEntity[]>(
    async (holders) => {
      const rows = await ctx.em.find(
        LicenceEntity,
        { holderCitizenId: { $in: [...holders] } },
        { orderBy: { issuedAt: "asc", identifier: "asc" } },
      );
      const groups = new Map<string, LicenceEntity[]>();
      for (const row of rows)
        groups.set(row.holderCitizenId, [...(groups.get(row.holderCitizenId) ?? []), row]);
      return holders.map((holder) => groups.get(holder) ?? []);
    },
    { maxBatchSize: 5_000 },
  );

/** Licences by identifier: one statement per batch. */
export const licenceByIdentifier = (ctx: SubgraphContext) =>
  new DataLoader<string, LicenceEntity | null>(async (identifiers) => {
    const rows = await ctx.em.find(LicenceEntity, { identifier: { $in: [...identifiers] } });
    const map = new Map(rows.map((row) => [row.identifier, row]));
    return identifiers.map((identifier) => map.get(identifier) ?? null);
  });
