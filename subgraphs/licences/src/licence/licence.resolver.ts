import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { LicencesContext } from "../context.js";
import { LicenceIssuance } from "./licence-issuance.js";
import { IssueLicenceInput } from "./licence.input.js";
import { LicenceService, toLicence } from "./licence.service.js";
import { Licence, LicenceVerification } from "./licence.type.js";

@Resolver(() => Licence)
export class LicenceResolver {
  @Query(() => Licence, { nullable: true, description: "A licence by its identifier." })
  @Requires(Action.LICENCE_READ)
  licence(
    @Arg("identifier", () => String) identifier: string,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence | null> {
    return new LicenceService(ctx).byIdentifier(identifier);
  }

  @Query(() => LicenceVerification, {
    description:
      "Verifies a licence by a sealed licence token (whoever holds it), or by identifier (needs VERIFY on its type); logged, limited per holder.",
  })
  @Requires(Action.LICENCE_VERIFY)
  verifyLicence(
    @Arg("identifier", () => String, { nullable: true }) identifier: string | null,
    @Arg("token", () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: LicencesContext,
  ): Promise<LicenceVerification> {
    return new LicenceService(ctx).verify(identifier, token);
  }

  @Mutation(() => Licence, {
    description:
      "Issues and seals a licence (an issuer of the type's department, within their site's jurisdiction); the holder is checked against the population base under the department's own grants.",
  })
  @Requires(Action.LICENCE_ISSUE)
  async issueLicence(
    @Arg("input", () => IssueLicenceInput) input: IssueLicenceInput,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence> {
    return toLicence(await new LicenceIssuance(ctx).issue(input));
  }

  @Mutation(() => Licence, { description: "Revokes a licence; it stays readable with the reason." })
  @Requires(Action.LICENCE_REVOKE)
  revokeLicence(
    @Arg("identifier", () => String) identifier: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence> {
    return new LicenceService(ctx).revoke(identifier, reason);
  }
}
