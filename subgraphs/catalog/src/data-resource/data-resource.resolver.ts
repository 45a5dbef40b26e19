import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { DataBase, ShareType } from "./data-resource.enums.js";
import { ClassifyDataResourceInput } from "./data-resource.input.js";
import { DataResourceService } from "./data-resource.service.js";
import { DataResource, DataResourceConnection } from "./data-resource.type.js";

const service = (ctx: CatalogContext) =>
  new DataResourceService(ctx.em, ctx.access, ctx.deps.supergraph);

@Resolver(() => DataResource)
export class DataResourceResolver {
  @Query(() => DataResource, { nullable: true, description: "One data item's classification." })
  @Requires(Action.DATA_RESOURCE_READ)
  dataResource(
    @Arg("item", () => String) item: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<DataResource | null> {
    return service(ctx).get(item);
  }

  @Query(() => DataResourceConnection, { description: "The data-resource catalog in item order." })
  @Requires(Action.DATA_RESOURCE_READ)
  dataResources(
    @Arg("base", () => DataBase, { nullable: true }) base: string | null,
    @Arg("provider", () => String, { nullable: true }) provider: string | null,
    @Arg("shareType", () => ShareType, { nullable: true }) shareType: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<DataResourceConnection> {
    return service(ctx).list({ base, provider, shareType }, first, after);
  }

  @Query(() => [String], {
    description:
      "Fields of the supergraph that carry personal data but are not classified (not shared until they are).",
  })
  @Requires(Action.DATA_RESOURCE_READ)
  unclassifiedDataItems(@Ctx() ctx: CatalogContext): Promise<string[]> {
    return service(ctx).unclassified();
  }

  @Mutation(() => DataResource, {
    description: "Classifies a data item (data officer of its provider, or data-bureau).",
  })
  @Requires(Action.DATA_RESOURCE_CLASSIFY)
  classifyDataResource(
    @Arg("input", () => ClassifyDataResourceInput) input: ClassifyDataResourceInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<DataResource> {
    return service(ctx).classify(input);
  }
}
