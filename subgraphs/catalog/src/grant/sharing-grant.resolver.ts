import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import type { GrantStatus } from "./sharing-grant.entity.js";
import { GrantImpacts } from "../service-item/grant-impact.js";
import { SharingGrantService } from "./sharing-grant.service.js";
import {
  GrantStatusEnum,
  RequestSharingGrantInput,
  SharingGrant,
  SharingGrantConnection,
} from "./sharing-grant.type.js";

const service = (ctx: CatalogContext) =>
  new SharingGrantService(ctx.em, ctx.access, ctx.deps.calendar);
const impacts = (ctx: CatalogContext) => new GrantImpacts(ctx.deps.supergraph, ctx.deps.sharing);

@Resolver(() => SharingGrant)
export class SharingGrantResolver {
  @Query(() => SharingGrant, {
    nullable: true,
    description: "One grant (its parties' staff, the data bureau and auditors).",
  })
  @Requires(Action.GRANT_READ)
  sharingGrant(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<SharingGrant | null> {
    return service(ctx).get(id);
  }

  @Query(() => SharingGrantConnection, {
    description:
      "Grants by due date: e.g. a provider's open requests (status REQUESTED) with those past due marked overdue.",
  })
  @Requires(Action.GRANT_READ)
  sharingGrants(
    @Arg("consumer", () => String, { nullable: true }) consumer: string | null,
    @Arg("provider", () => String, { nullable: true }) provider: string | null,
    @Arg("status", () => GrantStatusEnum, { nullable: true }) status: GrantStatus | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<SharingGrantConnection> {
    return service(ctx).list({ consumer, provider, status }, first, after);
  }

  @Mutation(() => SharingGrant, {
    description:
      "Requests data items of one provider (consumer's data officer); unconditional items are granted at once.",
  })
  @Requires(Action.GRANT_REQUEST)
  requestSharingGrant(
    @Arg("input", () => RequestSharingGrantInput) input: RequestSharingGrantInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<SharingGrant> {
    return service(ctx).request(input);
  }

  @Mutation(() => SharingGrant, {
    description:
      "Approves a request (the provider's data officer or the data bureau's; never the requesting department's).",
  })
  @Requires(Action.GRANT_DECIDE)
  approveSharingGrant(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<SharingGrant> {
    return service(ctx).approve(id);
  }

  @Mutation(() => SharingGrant, {
    description: "Rejects a request with a reason (provider's data officer).",
  })
  @Requires(Action.GRANT_DECIDE)
  rejectSharingGrant(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<SharingGrant> {
    return service(ctx).reject(id, reason);
  }

  @Mutation(() => SharingGrant, {
    description:
      "Revokes a grant (either side's data officer, or data-bureau); in force everywhere within a second.",
  })
  @Requires(Action.GRANT_REVOKE)
  revokeSharingGrant(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<SharingGrant> {
    return service(ctx).revoke(id, reason, impacts(ctx));
  }
}
