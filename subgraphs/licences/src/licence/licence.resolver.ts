import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { LicencesContext } from "../context.js";
import { assertMayIssue, issueLicence } from "./licence-issuance.js";
import { IssueLicenceInput } from "./licence.input.js";
import { LicenceService, toLicence } from "./licence.service.js";
import { Licence, LicenceVerification } from "./licence.type.js";

@Resolver(() => Licence)
export class LicenceResolver {
  @Query(() => Licence, { nullable: true, description: "A licence by its identifier." })
  licence(
    @Arg("identifier", () => String) identifier: string,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence | null> {
    return new LicenceService(ctx).byIdentifier(identifier);
  }

  @Query(() => LicenceVerification, {
    description:
      "Verifies a licence by identifier or a sealed licence token (VERIFY level; no grant needed).",
  })
  verifyLicence(
    @Arg("identifier", () => String, { nullable: true }) identifier: string | null,
    @Arg("token", () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: LicencesContext,
  ): Promise<LicenceVerification> {
    return new LicenceService(ctx).verify(identifier, token);
  }

  @Mutation(() => Licence, {
    description: "Issues and seals a licence (role issuer of the type's department).",
  })
  async issueLicence(
    @Arg("input", () => IssueLicenceInput) input: IssueLicenceInput,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence> {
    const department = assertMayIssue(ctx.caller, input.type);
    return toLicence(await issueLicence(ctx.em, ctx.deps.sealKeys, department, input));
  }

  @Mutation(() => Licence, { description: "Revokes a licence; it stays readable with the reason." })
  revokeLicence(
    @Arg("identifier", () => String) identifier: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence> {
    return new LicenceService(ctx).revoke(identifier, reason);
  }
}
