import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { setManualFields } from "../intake/manual-entry.js";
import { CaseIntake } from "../intake/start-case.js";
import { uploadMaterial } from "../upload/upload.service.js";
import { verifyCaseSeals } from "../workflow/verify-case.js";
import { CaseStatus, Supervision } from "./case.enums.js";
import { FieldValueInput, StartCaseInput, UploadMaterialInput } from "./case.input.js";
import { CaseService } from "./case.service.js";
import { Case, CaseConnection, SealVerification } from "./case.type.js";

const cases = (ctx: CasesContext) => new CaseService(ctx);

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: "A case the caller may read." })
  @Requires(Action.CASE_READ)
  case(@Arg("id", () => ID) id: string, @Ctx() ctx: CasesContext): Promise<Case | null> {
    return cases(ctx).byId(id);
  }

  @Query(() => CaseConnection, {
    description:
      "Cases the caller may read, by number; e.g. supervision: RED for a department's overdue cases in a region.",
  })
  @Requires(Action.CASE_LIST)
  cases(
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("region", () => String, {
      nullable: true,
      description: "Division code prefix of the site.",
    })
    region: string | null,
    @Arg("status", () => CaseStatus, { nullable: true }) status: CaseStatus | null,
    @Arg("supervision", () => Supervision, { nullable: true }) supervision: Supervision | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<CaseConnection> {
    return cases(ctx).list({ department, region, status, supervision }, first, after);
  }

  @Query(() => SealVerification, { description: "Checks every sealed step of a case." })
  @Requires(Action.CASE_READ)
  async verifyCase(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: CasesContext,
  ): Promise<SealVerification> {
    const visible = await cases(ctx).byId(id);
    if (!visible)
      return {
        ok: false,
        checked: 0,
        firstFailedEventId: null,
        reason: "no such case",
        field: null,
      };
    return verifyCaseSeals(ctx.em, ctx.deps.seals, id);
  }

  @Mutation(() => Case, {
    description:
      "Opens a case at the agent's site, pre-filled from the bases as the handling department; refused naming the failed rule.",
  })
  @Requires(Action.CASE_START)
  async startCase(
    @Arg("input", () => StartCaseInput) input: StartCaseInput,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    const row = await new CaseIntake(ctx.em, ctx.access, ctx.deps, ctx.reads).start(input);
    return cases(ctx).view(row);
  }

  @Mutation(() => Case, {
    description: "Types in manual fields (agent of the site), checked by type.",
  })
  @Requires(Action.CASE_FILL)
  async setCaseFields(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("values", () => [FieldValueInput]) values: FieldValueInput[],
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    const row = await setManualFields(ctx.em, ctx.access, ctx.deps, id, expectedVersion, values);
    return cases(ctx).view(row);
  }

  @Mutation(() => Case, { description: "Uploads a scan for a material (agent of the site)." })
  @Requires(Action.CASE_FILL)
  async uploadMaterial(
    @Arg("input", () => UploadMaterialInput) input: UploadMaterialInput,
    @Ctx() ctx: CasesContext,
  ): Promise<Case> {
    const row = await uploadMaterial(ctx.em, ctx.access, ctx.deps, input);
    return cases(ctx).view(row);
  }
}
