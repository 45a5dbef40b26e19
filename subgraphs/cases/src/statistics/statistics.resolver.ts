import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { caseStatistics } from "./statistics.service.js";
import { CaseStatistics } from "./statistics.type.js";

@Resolver(() => CaseStatistics)
export class StatisticsResolver {
  @Query(() => CaseStatistics, {
    description:
      "Cases, on-time rate, handling time, auto-fill share, materials by licence vs upload, trips, satisfaction.",
  })
  @Requires(Action.CASE_STATISTICS)
  caseStatistics(
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("region", () => String, { nullable: true, description: "Division code prefix." })
    region: string | null,
    @Arg("from", () => String, { nullable: true, description: "First day (YYYY-MM-DD)." })
    from: string | null,
    @Arg("to", () => String, { nullable: true, description: "Last day (YYYY-MM-DD)." })
    to: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<CaseStatistics> {
    return caseStatistics(ctx.em, ctx.access, ctx.deps.calendar, {
      department: department ?? null,
      region: region ?? null,
      from: from ?? null,
      to: to ?? null,
    });
  }
}
