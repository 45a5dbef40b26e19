import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { ServiceItem } from "../service-item/service-item.type.js";
import { ItemDisclosureService } from "./item-disclosure.service.js";
import { ItemDisclosure, ItemDisclosureInput } from "./item-disclosure.type.js";

const disclosures = (ctx: CatalogContext) => new ItemDisclosureService(ctx.em, ctx.access);

@Resolver(() => ServiceItem)
export class ItemDisclosureResolver {
  @FieldResolver(() => ItemDisclosure, {
    description: "What is published of the item's handling: results and outcome figures.",
  })
  disclosure(@Root() item: ServiceItem, @Ctx() ctx: CatalogContext): Promise<ItemDisclosure> {
    return disclosures(ctx).of(item.code);
  }

  @Mutation(() => ItemDisclosure, {
    description:
      "Sets what is published of an item's handling (its department's data officers, or the data bureau's); recorded in the change history.",
  })
  @Requires(Action.SERVICE_ITEM_MANAGE)
  setItemDisclosure(
    @Arg("code", () => String) code: string,
    @Arg("input", () => ItemDisclosureInput) input: ItemDisclosureInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<ItemDisclosure> {
    return disclosures(ctx).set(code, input);
  }
}
