import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { LicencesContext } from "../context.js";
import { LicenceStatus } from "../licence/licence.enums.js";
import { LicenceService } from "../licence/licence.service.js";
import { Licence } from "../licence/licence.type.js";
import { Person } from "./person.type.js";

@Resolver(() => Person)
export class PersonLicencesResolver {
  @FieldResolver(() => [Licence], {
    nullable: true,
    description:
      "Licences the person holds, of the types the caller may read (batched across persons).",
  })
  licences(
    @Root() person: Person,
    @Arg("types", () => [String], { nullable: true, description: "Only these type codes." })
    types: string[] | null,
    @Arg("status", () => LicenceStatus, { nullable: true, description: "Only in this status." })
    status: LicenceStatus | null,
    @Ctx() ctx: LicencesContext,
  ): Promise<Licence[] | null> {
    return new LicenceService(ctx).ofHolder(person.citizenId, types ?? null, status ?? null);
  }

  @FieldResolver(() => Licence, {
    nullable: true,
    description:
      "The household register in force that lists the person as a member (held by the head of the household): a member relies on it instead of a copy. Only the entries the caller may read of its member list are released.",
  })
  householdRegister(@Root() person: Person, @Ctx() ctx: LicencesContext): Promise<Licence | null> {
    return new LicenceService(ctx).registerListing(person.citizenId);
  }
}
