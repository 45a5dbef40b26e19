import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { CaseService } from "../case/case.service.js";
import { Case } from "../case/case.type.js";
import type { CasesContext } from "../context.js";
import { Action, BadUserInputError, Requires } from "@gongxiang/kit";
import { CaseDecision } from "./case-decision.js";
import { CaseCompletion } from "./completion.js";
import { WorkflowService } from "./workflow.service.js";

const workflow = (ctx: CasesContext) => new WorkflowService(ctx.em, ctx.access, ctx.deps);
const view = (ctx: CasesContext) => new CaseService(ctx);

@Resolver(() => Case)
export class WorkflowResolver {
  @Mutation(() => Case, {
    description: "Performs the case's next step: ACCEPT, REVIEW, APPROVE or REJECT (sealed).",
  })
  @Requires(Action.CASE_DECIDE)
  async decideCase(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("decision", () => CaseDecision) decision: CaseDecision,
    @Arg("opinion", () => String, { nullable: true }) opinion: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    if (opinion != null && opinion.length > 1000) {
      throw new BadUserInputError("opinion is at most 1000 characters", "opinion");
    }
    return view(ctx).view(
      await workflow(ctx).decide(id, expectedVersion, decision, opinion ?? null),
    );
  }

  @Mutation(() => Case, {
    description: "Asks for the named fields or materials (by whoever performs the next step).",
  })
  @Requires(Action.CASE_DECIDE)
  async requestSupplement(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("items", () => [String]) items: string[],
    @Arg("note", () => String) note: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return view(ctx).view(await workflow(ctx).requestSupplement(id, expectedVersion, items, note));
  }

  @Mutation(() => Case, {
    description:
      "Attests an eligibility rule the bases' data could not decide (the handling department's clerk or approver at a covering site; sealed). Approval waits for every such rule; one attested as not met leaves only rejection.",
  })
  @Requires(Action.CASE_ATTEST)
  async attestEligibility(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("rule", () => Int, { description: "The rule's position in Case.eligibility, from 0." })
    rule: number,
    @Arg("holds", () => Boolean, { description: "Whether the official found the rule met." })
    holds: boolean,
    @Arg("note", () => String, { description: "How it was checked (1 to 500 characters)." })
    note: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return view(ctx).view(await workflow(ctx).attest(id, expectedVersion, rule, holds, note));
  }

  @Mutation(() => Case, {
    description:
      "Records (or corrects) the contact phone the applicant states at the counter, kept as stated by the applicant (agent of the site, open cases).",
  })
  @Requires(Action.CASE_FILL)
  async setCaseContact(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("phone", () => String, { description: "An 11-digit mobile number." }) phone: string,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return view(ctx).view(await workflow(ctx).setContact(id, expectedVersion, phone));
  }

  @Mutation(() => Case, { description: "Hands a supplemented case back (agent of the site)." })
  @Requires(Action.CASE_FILL)
  async resubmitCase(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return view(ctx).view(await workflow(ctx).resubmit(id, expectedVersion));
  }

  @Mutation(() => Case, {
    description: "Completes an approved case; issues its result licence, if any.",
  })
  @Requires(Action.CASE_COMPLETE)
  async completeCase(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("opinion", () => String, { nullable: true }) opinion: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    const completion = new CaseCompletion(ctx.deps.orm, ctx.deps);
    return view(ctx).view(
      await completion.complete(ctx.em, ctx.access, id, expectedVersion, opinion ?? null),
    );
  }

  @Mutation(() => Case, { description: "Delivers the result (or rejection) to the applicant." })
  @Requires(Action.CASE_DELIVER)
  async deliverCase(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    return view(ctx).view(await workflow(ctx).deliver(id, expectedVersion));
  }
}
