import { buildFederatedSchema } from "@gongxiang/kit";
import type { GraphQLSchema } from "graphql";
import { AccessLogResolver } from "./access-log/access-log.resolver.js";
import { CatalogChangeResolver } from "./change/catalog-change.resolver.js";
import { DataResourceResolver } from "./data-resource/data-resource.resolver.js";
import { ItemDisclosureResolver } from "./disclosure/item-disclosure.resolver.js";
import { OneTimeNoticeResolver } from "./notice/one-time-notice.resolver.js";
import { SharingGrantResolver } from "./grant/sharing-grant.resolver.js";
import { GrantImpactResolver } from "./service-item/grant-impact.resolver.js";
import { serviceItemReference } from "./service-item/service-item.reference.js";
import { ServiceItemResolver } from "./service-item/service-item.resolver.js";
import { ServiceSiteResolver } from "./site/service-site.resolver.js";

/** The catalog subgraph's schema (also what `npm run compose` prints). */
export function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ServiceItemResolver,
        DataResourceResolver,
        ServiceSiteResolver,
        CatalogChangeResolver,
        SharingGrantResolver,
        AccessLogResolver,
        ItemDisclosureResolver,
        OneTimeNoticeResolver,
        GrantImpactResolver,
      ],
    },
    { ServiceItem: serviceItemReference },
  );
}
