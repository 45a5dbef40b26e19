import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { readScan } from "./scan.service.js";
import { CaseScan } from "./scan.type.js";

@Resolver(() => CaseScan)
export class ScanResolver {
  @Query(() => CaseScan, {
    nullable: true,
    description:
      "An uploaded scan of a case's material, decrypted (the applicant, or the handling department's staff covering the case's site; logged).",
  })
  @Requires(Action.CASE_READ_SCAN)
  caseScan(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("material", () => String) material: string,
    @Ctx() ctx: CasesContext,
  ): Promise<CaseScan | null> {
    return readScan(ctx, caseId, material);
  }
}
