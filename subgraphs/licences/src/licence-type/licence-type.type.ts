import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("LicenceDataField", { description: "One field of a licence type's data." })
export class LicenceDataField {
  @Field(() => String, { description: "Key in Licence.data." })
  key!: string;

  @Field(() => String, { description: "Label as printed on the licence." })
  label!: string;

  @Field(() => String, { description: "STRING, DATE, INTEGER or CITIZEN_ID." })
  type!: string;

  @Field(() => Boolean, { description: "Whether every licence of the type carries it." })
  required!: boolean;
}

@ObjectType("LicenceType", { description: "A kind of licence the e-licence base issues." })
export class LicenceType {
  @Field(() => String, { description: "Type code, e.g. ID_CARD." })
  code!: string;

  @Field(() => String, { description: "Name, e.g. 居民身份证." })
  name!: string;

  @Field(() => String, { description: "Department that issues it." })
  issuerDept!: string;

  @Field(() => String, { description: "Code of the authority that defines the type." })
  authorityCode!: string;

  @Field(() => [LicenceDataField], {
    description: "The data fields each licence of the type carries.",
  })
  fields!: LicenceDataField[];

  @Field(() => Int, {
    nullable: true,
    description: "Default validity in years; null for long-term.",
  })
  validityYears!: number | null;
}
