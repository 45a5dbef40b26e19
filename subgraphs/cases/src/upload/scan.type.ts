import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("CaseScan", {
  description:
    "An uploaded scan, decrypted for a reader the case's scope allows (the applicant, the handling department's staff covering the case's site); every read is logged. Browsers should fetch GET /scans/<caseId>/<material> on the gateway, which serves it as an attachment.",
})
export class CaseScan {
  @Field(() => ID, { description: "The case." })
  caseId!: string;

  @Field(() => String, { description: "The material it was uploaded for." })
  material!: string;

  @Field(() => String, { description: "image/jpeg, image/png or application/pdf." })
  mediaType!: string;

  @Field(() => Int, { description: "Size in bytes." })
  size!: number;

  @Field(() => String, { description: "SHA-256 of the content (as recorded on the case)." })
  sha256!: string;

  @Field(() => String, { description: "A file name to save it under." })
  fileName!: string;

  @Field(() => String, {
    nullable: true,
    description: "The content, base64 encoded: for the applicant and the case's keepers.",
  })
  contentBase64!: string | null;
}
