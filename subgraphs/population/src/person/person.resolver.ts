import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Action, Requires, type SubgraphContext } from "@gongxiang/kit";
import { Household } from "../household/household.type.js";
import { HouseholdService } from "../household/household.service.js";
import { IdentityMatch } from "./person.enums.js";
import { PersonService } from "./person.service.js";
import { Person } from "./person.type.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by registration record id." })
  @Requires(Action.PERSON_READ)
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return new PersonService(ctx).byId(id);
  }

  @Query(() => Person, {
    nullable: true,
    description:
      "A person by citizen ID number; an invalid number is BAD_USER_INPUT naming the rule.",
  })
  @Requires(Action.PERSON_READ)
  personByCitizenId(
    @Arg("citizenId", () => String) citizenId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Person | null> {
    return new PersonService(ctx).byCitizenId(citizenId);
  }

  @Query(() => [Person], {
    nullable: "items",
    description:
      "Persons by citizen ID numbers (at most 1,000), in the order asked; null where none is registered (for callers who may read some of the record; to others a missing and an unreadable person look the same).",
  })
  @Requires(Action.PERSON_READ)
  persons(
    @Arg("citizenIds", () => [String]) citizenIds: string[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<(Person | null)[]> {
    return new PersonService(ctx).byCitizenIds(citizenIds);
  }

  @Query(() => IdentityMatch, {
    description:
      "Whether the name matches the citizen ID number (VERIFY level: no values returned; needs VERIFY on Person.name and Person.citizenId, logged, limited per person).",
  })
  @Requires(Action.PERSON_VERIFY)
  verifyIdentity(
    @Arg("citizenId", () => String) citizenId: string,
    @Arg("name", () => String) name: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<IdentityMatch> {
    return new PersonService(ctx).verifyIdentity(citizenId, name);
  }

  @FieldResolver(() => Household, { nullable: true, description: "The person's household." })
  async household(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<Household | null> {
    const householdId = await new PersonService(ctx).readableHouseholdId(person);
    return householdId ? new HouseholdService(ctx).byId(householdId) : null;
  }
}
