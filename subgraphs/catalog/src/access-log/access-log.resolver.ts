import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { AccessLogService } from "./access-log.service.js";
import { AccessLogConnection, AccessLogEntry, AccessLogVerification } from "./access-log.type.js";

const service = (ctx: CatalogContext) =>
  new AccessLogService(ctx.deps.accessLog.fork(), ctx.caller);

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @Query(() => AccessLogConnection, {
    description:
      "The access log, newest first, by department, subject, data item and time (auditors: their department's reads; the data bureau's, everyone's; within their site).",
  })
  @Requires(Action.ACCESS_LOG_READ)
  accessLog(
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("subjectCitizenId", () => String, { nullable: true }) subject: string | null,
    @Arg("item", () => String, { nullable: true }) item: string | null,
    @Arg("from", () => String, { nullable: true, description: "ISO 8601, inclusive." })
    from: string | null,
    @Arg("to", () => String, { nullable: true, description: "ISO 8601, exclusive." })
    to: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogConnection> {
    return service(ctx).search({ department, subject, item, from, to }, first, after);
  }

  @Query(() => AccessLogConnection, {
    description: "For a citizen: who used my data, when and for what, newest first.",
  })
  @Requires(Action.ACCESS_LOG_READ_OWN)
  myDataUsage(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<AccessLogConnection> {
    return service(ctx).myDataUsage(first, after);
  }

  @Query(() => AccessLogVerification, {
    description:
      "Recomputes the access log's hash chain and reports the first broken entry (auditors).",
  })
  @Requires(Action.ACCESS_LOG_VERIFY)
  verifyAccessLog(@Ctx() ctx: CatalogContext): Promise<AccessLogVerification> {
    return service(ctx).verify();
  }
}
