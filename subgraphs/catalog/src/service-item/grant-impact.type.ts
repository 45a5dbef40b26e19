import { Field, ID, Int, ObjectType } from "type-graphql";
import { PublicationNote } from "./service-item.type.js";

@ObjectType("ItemGrantImpact", {
  description: "What one published service item would lose if the grant went.",
})
export class ItemGrantImpact {
  @Field(() => String, { description: "The item's code." })
  code!: string;

  @Field(() => Int, { description: "Its current published version." })
  version!: number;

  @Field(() => String, { description: "Its name." })
  name!: string;

  @Field(() => [PublicationNote], {
    description:
      "Form fields that would be typed in by hand, licence materials that would need scans.",
  })
  lostFields!: PublicationNote[];

  @Field(() => [PublicationNote], {
    description:
      "Eligibility rules that could no longer be decided on the bases' data (or would become manual checks).",
  })
  brokenRules!: PublicationNote[];
}

@ObjectType("GrantImpact", {
  description: "Which published items lose which fields and rules if a grant goes (data officers).",
})
export class GrantImpact {
  @Field(() => ID, { description: "The grant." })
  grantId!: string;

  @Field(() => String, { description: "The consumer department whose items depend on it." })
  consumer!: string;

  @Field(() => [ItemGrantImpact], {
    description:
      "The consumer's published items that depend on the grant (a department has a few).",
  })
  items!: ItemGrantImpact[];
}
