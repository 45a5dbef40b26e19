import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Action, Requires, type SubgraphContext } from "@gongxiang/kit";
import { Person } from "../person/person.type.js";
import { HouseholdService } from "./household.service.js";
import { Household } from "./household.type.js";

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { nullable: true, description: "A household by its number." })
  @Requires(Action.PERSON_READ)
  household(
    @Arg("number", () => String) number: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Household | null> {
    return new HouseholdService(ctx).byNumber(number);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The head of the household." })
  head(@Root() household: Household, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return new HouseholdService(ctx).head(household);
  }

  @FieldResolver(() => [Person], {
    nullable: true,
    description: "Members of the household, head first (a household has a handful of members).",
  })
  members(@Root() household: Household, @Ctx() ctx: SubgraphContext): Promise<Person[]> {
    return new HouseholdService(ctx).members(household);
  }
}
