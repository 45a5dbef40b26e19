import { GraphQLJSONObject } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType("IssueLicenceInput", { description: "A licence to issue and seal." })
export class IssueLicenceInput {
  @Field(() => String, { description: "Licence type code, e.g. SENIOR_CARD." })
  type!: string;

  @Field(() => String, { description: "Citizen ID number of the holder." })
  holderCitizenId!: string;

  @Field(() => String, { description: "Name of the holder as it is to appear on the licence." })
  holderName!: string;

  @Field(() => String, { description: "12-digit division code of the issuing jurisdiction." })
  jurisdiction!: string;

  @Field(() => GraphQLJSONObject, { description: "Type-specific data; see LicenceType.fields." })
  data!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: "First day in force (default: today)." })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: "Last day in force (default: by the type)." })
  validUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The same key (per issuing department) returns the licence first issued for it instead of issuing another: retries and recoveries issue once.",
  })
  idempotencyKey?: string | null;
}
