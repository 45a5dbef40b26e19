import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { readableChanges } from "./catalog-change.service.js";
import { CatalogChange, CatalogChangeConnection } from "./catalog-change.type.js";

@Resolver(() => CatalogChange)
export class CatalogChangeResolver {
  @Query(() => CatalogChangeConnection, {
    description:
      "Recorded changes of one subject (item:<code>@<version>, item:<code>@ for every version, data:<item>, or grant:<id> for its parties, the data bureau and auditors), oldest first.",
  })
  @Requires(Action.CATALOG_CHANGE_READ)
  catalogChanges(
    @Arg("subject", () => String) subject: string,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CatalogChangeConnection> {
    return readableChanges(ctx.em, ctx.access, subject, first, after);
  }
}
