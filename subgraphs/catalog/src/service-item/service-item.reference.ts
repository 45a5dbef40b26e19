import type { CatalogContext } from "../context.js";
import { ServiceItemService } from "./service-item.service.js";
import type { ServiceItem } from "./service-item.type.js";

/** Other bases (cases) refer to the exact version a case started on. */
export const serviceItemReference = {
  __resolveReference(
    reference: { code: string; version: number },
    ctx: CatalogContext,
  ): Promise<ServiceItem | null> {
    return new ServiceItemService(ctx.em, ctx.access, ctx.deps.supergraph, ctx.deps.sharing).get(
      reference.code,
      reference.version,
    );
  },
};
