import { Action, BadUserInputError, Requires, pageRequest, toPage } from "@gongxiang/kit";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { ServiceSiteEntity } from "./service-site.entity.js";
import { ServiceSite, ServiceSiteConnection } from "./service-site.type.js";

const siteCode = (value: unknown) =>
  typeof value === "string" && /^\d{6}(\d{3}(\d{3})?)?$/.test(value) ? value : null;

@Resolver(() => ServiceSite)
export class ServiceSiteResolver {
  @Query(() => ServiceSite, { nullable: true, description: "A service site by its division code." })
  @Requires(Action.CATALOG_READ)
  serviceSite(
    @Arg("code", () => String) code: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceSite | null> {
    if (!siteCode(code))
      throw new BadUserInputError("must be a 6, 9 or 12-digit division code", "code");
    return ctx.em.findOne(ServiceSiteEntity, { code });
  }

  @Query(() => ServiceSiteConnection, {
    description: "Service sites in code order, optionally within a division (code prefix).",
  })
  @Requires(Action.CATALOG_READ)
  async serviceSites(
    @Arg("within", () => String, { nullable: true, description: "Division code prefix." })
    within: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<ServiceSiteConnection> {
    if (within != null && !/^\d{2,12}$/.test(within)) {
      throw new BadUserInputError("within must be a division code prefix", "within");
    }
    const request = pageRequest(first, after, siteCode);
    const where = within ? { code: { $like: `${within}%` } } : {};
    const [rows, total] = await Promise.all([
      ctx.em.find(
        ServiceSiteEntity,
        request.after ? { $and: [where, { code: { $gt: request.after } }] } : where,
        { orderBy: { code: "asc" }, limit: request.limit + 1 },
      ),
      ctx.em.count(ServiceSiteEntity, where),
    ]);
    return toPage(rows, request, (row) => row.code, total) as ServiceSiteConnection;
  }
}
