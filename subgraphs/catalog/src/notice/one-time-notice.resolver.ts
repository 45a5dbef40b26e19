import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { serviceItemsIn } from "../service-item/service-item.service.js";
import { LanguageEnum, languageArg, type Language } from "../service-item/service-item.enums.js";
import { oneTimeNotice } from "./one-time-notice.js";

@ObjectType("OneTimeNotice", {
  description: "一次性告知单: everything a resident must know and bring for an item, at once.",
})
export class OneTimeNotice {
  @Field(() => String, { description: "The item's code." })
  itemCode!: string;

  @Field(() => String, { description: "The notice as text." })
  text!: string;

  @Field(() => String, { description: "The notice as a printable HTML page." })
  html!: string;
}

@Resolver(() => OneTimeNotice)
export class OneTimeNoticeResolver {
  @Query(() => OneTimeNotice, {
    nullable: true,
    description: "The one-time notice of a published item; no token needed.",
  })
  @Requires(Action.CATALOG_READ)
  async oneTimeNotice(
    @Arg("code", () => String) code: string,
    @Arg("language", () => LanguageEnum, languageArg) language: Language,
    @Ctx() ctx: CatalogContext,
  ): Promise<OneTimeNotice | null> {
    const item = await serviceItemsIn(ctx).get(code, null, language);
    if (!item || item.status !== "PUBLISHED") return null;
    return { itemCode: item.code, ...oneTimeNotice(item, language) };
  }
}
