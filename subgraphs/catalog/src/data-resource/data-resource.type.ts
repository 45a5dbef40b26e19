import { Connection } from "@gongxiang/kit";
import { Field, ObjectType } from "type-graphql";
import { DataBase, MaskingRule, Sensitivity, ShareType } from "./data-resource.enums.js";

@ObjectType("DataResource", {
  description:
    "A shareable data item of the data-resource catalog (政务数据资源目录) and its classification.",
})
export class DataResource {
  @Field(() => String, {
    description: "The item: a field (Person.birthDate) or a licence type (Licence:ID_CARD).",
  })
  item!: string;

  @Field(() => DataBase, { description: "The base that holds it." })
  base!: string;

  @Field(() => String, {
    description: "Code of the providing department, whose officers approve grants.",
  })
  provider!: string;

  @Field(() => String, { description: "What the item is." })
  description!: string;

  @Field(() => Sensitivity, { description: "How sensitive it is." })
  sensitivity!: string;

  @Field(() => ShareType, { description: "Whether and how it is shared." })
  shareType!: string;

  @Field(() => MaskingRule, { description: "How a MASKED grant shows it." })
  masking!: string;

  @Field(() => Boolean, {
    description: "Whether a case purpose also covers the applicant's household members.",
  })
  householdScope!: boolean;

  @Field(() => [String], { nullable: true, description: "For a licence type: its data keys." })
  dataKeys!: string[] | null;

  @Field(() => String, { description: "When it was last classified (ISO 8601)." })
  classifiedAt!: string;

  @Field(() => String, { description: "Who classified it last." })
  classifiedBy!: string;
}

@ObjectType("DataResourceConnection", { description: "A page of data-resource items." })
export class DataResourceConnection extends Connection("DataResource", DataResource) {}
