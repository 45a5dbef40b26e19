import { Action, Requires } from "@gongxiang/kit";
import { Arg, Query, Resolver } from "type-graphql";
import { LICENCE_TYPES, licenceType } from "./licence-types.js";
import { LicenceType } from "./licence-type.type.js";

@Resolver(() => LicenceType)
export class LicenceTypeResolver {
  @Query(() => [LicenceType], {
    description: "Every licence type the base issues (a short, fixed list).",
  })
  @Requires(Action.LICENCE_TYPE_READ)
  licenceTypes(): LicenceType[] {
    return LICENCE_TYPES.map((type) => ({ ...type }));
  }

  @Query(() => LicenceType, { nullable: true, description: "A licence type by code." })
  @Requires(Action.LICENCE_TYPE_READ)
  licenceType(@Arg("code", () => String) code: string): LicenceType | null {
    const type = licenceType(code);
    return type ? { ...type } : null;
  }
}
