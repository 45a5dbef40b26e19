import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { Case } from "../case/case.type.js";
import type { CasesContext } from "../context.js";
import { NoticeService } from "./notice.service.js";
import { CaseNotice, CaseNoticeConnection } from "./notice.type.js";

@Resolver(() => Case)
export class NoticeResolver {
  @Query(() => CaseNoticeConnection, {
    description:
      "The calling resident's own notices about their cases, in the order they were queued (citizens).",
  })
  @Requires(Action.NOTIFICATION_READ_OWN)
  myNotifications(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<CaseNoticeConnection> {
    return new NoticeService(ctx).mine(first, after);
  }

  @FieldResolver(() => [CaseNotice], {
    description:
      "The notices about this case, in order (a case has a few); texts and numbers for the applicant and the case's keepers.",
  })
  notices(@Root() root: Case, @Ctx() ctx: CasesContext): Promise<CaseNotice[]> {
    return new NoticeService(ctx).ofCase(root.id);
  }
}
