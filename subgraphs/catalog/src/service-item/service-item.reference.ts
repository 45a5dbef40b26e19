import type { CatalogContext } from "../context.js";
import { serviceItemsIn } from "./service-item.service.js";
import type { ServiceItem } from "./service-item.type.js";

/** Other bases (cases) refer to the exact version a case started on. */
export const serviceItemReference = {
  __resolveReference(
    reference: { code: string; version: number },
    ctx: CatalogContext,
  ): Promise<ServiceItem | null> {
    return serviceItemsIn(ctx).get(reference.code, reference.version);
  },
};
