import { Field, ID, InputType, Int } from "type-graphql";

@InputType("StartCaseInput", { description: "What an agent sends to open a case." })
export class StartCaseInput {
  @Field(() => String, { description: "The service item's code." })
  itemCode!: string;

  @Field(() => String, { description: "The applicant's citizen ID number." })
  applicantCitizenId!: string;

  @Field(() => String, {
    description: "The same key returns the same case (retries, double clicks).",
  })
  idempotencyKey!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "A mobile number the applicant states at the counter for notices; kept as stated by the applicant, apart from the bases' data.",
  })
  contactPhone?: string | null;
}

@InputType("FieldValueInput", { description: "A value typed in for a manual field." })
export class FieldValueInput {
  @Field(() => String, { description: "The field's key." })
  key!: string;

  @Field(() => String, { description: "The value as text (a list as a JSON array)." })
  value!: string;
}

@InputType("UploadMaterialInput", { description: "A scan for a material." })
export class UploadMaterialInput {
  @Field(() => ID, { description: "The case." })
  caseId!: string;

  @Field(() => Int, { description: "The case version you saw." })
  expectedVersion!: number;

  @Field(() => String, { description: "The material's name." })
  material!: string;

  @Field(() => String, { description: "image/jpeg, image/png or application/pdf." })
  mediaType!: string;

  @Field(() => String, { description: "The file, base64 encoded." })
  contentBase64!: string;
}
