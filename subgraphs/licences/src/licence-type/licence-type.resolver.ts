import { Arg, Query, Resolver } from "type-graphql";
import { LICENCE_TYPES, licenceType } from "./licence-types.js";
import { LicenceType } from "./licence-type.type.js";

@Resolver(() => LicenceType)
export class LicenceTypeResolver {
  @Query(() => [LicenceType], {
    description: "Every licence type the base issues (a short, fixed list).",
  })
  licenceTypes(): LicenceType[] {
    return LICENCE_TYPES.map((type) => ({ ...type }));
  }

  @Query(() => LicenceType, { nullable: true, description: "A licence type by code." })
  licenceType(@Arg("code", () => String) code: string): LicenceType | null {
    const type = licenceType(code);
    return type ? { ...type } : null;
  }
}
