import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { CaseService } from "../case/case.service.js";
import { Case } from "../case/case.type.js";
import type { CasesContext } from "../context.js";
import { answerFollowUp, rateCase } from "./rating.service.js";

@Resolver(() => Case)
export class RatingResolver {
  @Mutation(() => Case, {
    description:
      "Rates a finished case 1-5 (the applicant, or an agent for them); 1-2 opens a follow-up.",
  })
  @Requires(Action.CASE_RATE)
  async rateCase(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("score", () => Int) score: number,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    const row = await rateCase(ctx.em, ctx.access, ctx.deps, {
      caseId: id,
      expectedVersion,
      score,
      comment: comment ?? null,
    });
    return new CaseService(ctx).view(row);
  }

  @Mutation(() => Case, { description: "The department's answer to a poor rating." })
  @Requires(Action.CASE_ANSWER_FOLLOW_UP)
  async answerFollowUp(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("answer", () => String) answer: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    const row = await answerFollowUp(ctx.em, ctx.access, ctx.deps, {
      caseId: id,
      expectedVersion,
      answer,
    });
    return new CaseService(ctx).view(row);
  }
}
