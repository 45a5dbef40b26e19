import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { DisclosureService } from "./disclosure.service.js";
import { DisclosedResults, OutcomeFigures } from "./disclosure.type.js";

const disclosure = (ctx: CasesContext) => new DisclosureService(ctx);

@Resolver()
export class DisclosureResolver {
  @Query(() => DisclosedResults, {
    nullable: true,
    description:
      "An item's results month by month (received, approved, refused by rule, completed on time), when its department publishes them; no token needed. Closed months only; by default the last twelve.",
  })
  @Requires(Action.DISCLOSURE_READ)
  disclosedResults(
    @Arg("itemCode", () => String) itemCode: string,
    @Arg("from", () => String, { nullable: true, description: "First month (YYYY-MM)." })
    from: string | null,
    @Arg("to", () => String, { nullable: true, description: "Last month (YYYY-MM)." })
    to: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<DisclosedResults | null> {
    return disclosure(ctx).results(itemCode, from ?? null, to ?? null);
  }

  @Query(() => OutcomeFigures, {
    description:
      "An item's outcome figures for one closed month (by default the last), computed from its stored cases, those its department publishes; no token needed.",
  })
  @Requires(Action.DISCLOSURE_READ)
  outcomeFigures(
    @Arg("itemCode", () => String) itemCode: string,
    @Arg("month", () => String, { nullable: true, description: "The month (YYYY-MM)." })
    month: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<OutcomeFigures> {
    return disclosure(ctx).outcomes(itemCode, month ?? null);
  }
}
