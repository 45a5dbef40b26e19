import { Connection } from "@gongxiang/kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("CaseNotice", {
  description:
    "A notice sent (or to be sent) to a resident about their case: ordered per case, as queued.",
})
export class CaseNotice {
  @Field(() => ID, { description: "Identifier (the SMS gateway's message id)." })
  id!: string;

  @Field(() => String, { description: "Its place in the order notices were queued." })
  seq!: string;

  @Field(() => ID, { description: "The case it is about." })
  caseId!: string;

  @Field(() => String, { description: "The case's number." })
  caseNumber!: string;

  @Field(() => String, { description: "The service item's name." })
  itemName!: string;

  @Field(() => String, {
    description: "What it announces: STATUS_<status>, SUPERVISION_<colour>, FOLLOW_UP_ANSWER.",
  })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: "The text, in Chinese: for the resident and the case's keepers.",
  })
  message!: string | null;

  @Field(() => String, {
    description:
      "QUEUED, DELIVERED, SUPPRESSED (the applicant is deceased) or UNDELIVERABLE (no number the department may use).",
  })
  state!: string;

  @Field(() => String, { nullable: true, description: "Why it was suppressed or undeliverable." })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The number it went to, masked: for the resident and the case's keepers.",
  })
  deliveredTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Where that number came from: the population base under the department's grant, or stated by applicant.",
  })
  channel!: string | null;

  @Field(() => String, { description: "When it was queued (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: "When it was delivered (ISO 8601)." })
  deliveredAt!: string | null;
}

@ObjectType("CaseNoticeConnection", { description: "A page of notices, in order." })
export class CaseNoticeConnection extends Connection("CaseNotice", CaseNotice) {}
