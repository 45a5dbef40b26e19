import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { inbox } from "./inbox.service.js";
import { CaseTaskConnection } from "./inbox.type.js";

@Resolver()
export class InboxResolver {
  @Query(() => CaseTaskConnection, {
    description:
      "The caller's task inbox (staff at a site): the cases waiting on their role, level and site, with what each waits for and its supervision colour.",
  })
  @Requires(Action.CASE_INBOX)
  caseInbox(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<CaseTaskConnection> {
    return inbox(ctx, first, after);
  }
}
