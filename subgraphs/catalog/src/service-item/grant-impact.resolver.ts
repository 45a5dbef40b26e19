import { Action, BadUserInputError, Requires } from "@gongxiang/kit";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { GrantImpacts } from "./grant-impact.js";
import { GrantImpact } from "./grant-impact.type.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Resolver(() => GrantImpact)
export class GrantImpactResolver {
  @Query(() => GrantImpact, {
    description:
      "Which published items lose which fields, and which eligibility rules they could no longer decide, if this grant goes (either party's data officers or the data bureau's). A revocation records the same as a FLAGGED change of each item.",
  })
  @Requires(Action.GRANT_IMPACT)
  async grantImpact(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<GrantImpact> {
    if (!UUID.test(id)) throw new BadUserInputError("not a grant id", "id");
    const { grant, items } = await new GrantImpacts(ctx.deps.supergraph, ctx.deps.sharing).of(
      ctx.em,
      id,
    );
    ctx.access.assert(Action.GRANT_IMPACT, { consumer: grant.consumer, provider: grant.provider });
    return { grantId: grant.id, consumer: grant.consumer, items };
  }
}
