import { Field, InputType } from "type-graphql";
import { DataBase, MaskingRule, Sensitivity, ShareType } from "./data-resource.enums.js";

@InputType("ClassifyDataResourceInput", { description: "The classification of one data item." })
export class ClassifyDataResourceInput {
  @Field(() => String, { description: "Person.birthDate, Household.members, Licence:ID_CARD..." })
  item!: string;

  @Field(() => DataBase, { description: "The base that holds it." })
  base!: string;

  @Field(() => String, { description: "Providing department code." })
  provider!: string;

  @Field(() => String, { description: "What the item is." })
  description!: string;

  @Field(() => Sensitivity, { description: "Sensitivity." })
  sensitivity!: string;

  @Field(() => ShareType, { description: "Share type." })
  shareType!: string;

  @Field(() => MaskingRule, { description: "Masking rule for MASKED grants." })
  masking!: string;

  @Field(() => Boolean, { description: "Whether case purposes cover household members." })
  householdScope!: boolean;

  @Field(() => [String], { nullable: true, description: "For a licence type: its data keys." })
  dataKeys?: string[] | null;
}
