import { createOrm, type Orm } from "@gongxiang/kit";
import { CatalogChangeEntity } from "./change/catalog-change.entity.js";
import { DataResourceEntity } from "./data-resource/data-resource.entity.js";
import { ItemDisclosureEntity } from "./disclosure/item-disclosure.entity.js";
import { SharingGrantEntity } from "./grant/sharing-grant.entity.js";
import { migrations } from "./migrations/index.js";
import { ServiceItemEntity } from "./service-item/service-item.entity.js";
import { ServiceSiteEntity } from "./site/service-site.entity.js";

export function createCatalogOrm(
  databaseUrl: string,
  options: { poolMax?: number; log?: (message: string) => void } = {},
): Promise<Orm> {
  return createOrm({
    clientUrl: databaseUrl,
    entities: [
      ServiceItemEntity,
      DataResourceEntity,
      ServiceSiteEntity,
      CatalogChangeEntity,
      SharingGrantEntity,
      ItemDisclosureEntity,
    ],
    migrations,
    ...options,
  });
}
