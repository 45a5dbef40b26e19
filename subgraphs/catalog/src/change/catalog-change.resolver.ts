import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { changesOf } from "./catalog-change.service.js";
import { CatalogChange, CatalogChangeConnection } from "./catalog-change.type.js";

@Resolver(() => CatalogChange)
export class CatalogChangeResolver {
  @Query(() => CatalogChangeConnection, {
    description:
      "Recorded changes of one subject (item:<code>@<version>, item:<code>@ for every version, or data:<item>), oldest first.",
  })
  catalogChanges(
    @Arg("subject", () => String) subject: string,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CatalogChangeConnection> {
    return changesOf(ctx.em, subject.slice(0, 100), first, after);
  }
}
