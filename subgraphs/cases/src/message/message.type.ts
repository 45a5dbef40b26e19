import { Connection } from "@gongxiang/kit";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Supervision } from "../case/case.enums.js";

export enum MessageAboutEnum {
  ITEM = "ITEM",
  SITE = "SITE",
  CASE = "CASE",
}
registerEnumType(MessageAboutEnum, {
  name: "MessageAbout",
  description: "What a message is about: a service item, a service site, or a case of your own.",
});

@InputType("SubmitMessageInput", { description: "A message to the department responsible." })
export class SubmitMessageInput {
  @Field(() => MessageAboutEnum, { description: "What it is about." })
  about!: MessageAboutEnum;

  @Field(() => String, { nullable: true, description: "The service item's code (about ITEM)." })
  itemCode?: string | null;

  @Field(() => String, { nullable: true, description: "The service site's code (about SITE)." })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Your case (about CASE; with your token)." })
  caseId?: string | null;

  @Field(() => String, { description: "The message, 5 to 1,000 characters." })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "A mobile number to be answered on: stored encrypted, never published.",
  })
  contactPhone?: string | null;

  @Field(() => Boolean, {
    description: "Whether the question and answer may be published (without personal data).",
  })
  publishable!: boolean;
}

@ObjectType("MessageReceipt", { description: "What the writer keeps of a message sent." })
export class MessageReceipt {
  @Field(() => String, { description: "The message's number." })
  number!: string;

  @Field(() => String, { description: "The department it was routed to." })
  department!: string;

  @Field(() => String, { description: "The department answers by this day (working days)." })
  dueOn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "For a visitor without a token: the secret to see and rate the answer with (shown once).",
  })
  receipt!: string | null;
}

@ObjectType("ResidentMessage", {
  description: "A message as its writer and the department it is routed to see it.",
})
export class ResidentMessage {
  @Field(() => ID, { description: "Identifier." })
  id!: string;

  @Field(() => String, { description: "Number." })
  number!: string;

  @Field(() => MessageAboutEnum, { description: "What it is about." })
  about!: string;

  @Field(() => String, { nullable: true, description: "The service item's code." })
  itemCode!: string | null;

  @Field(() => String, { nullable: true, description: "The service site's code." })
  siteCode!: string | null;

  @Field(() => ID, { nullable: true, description: "The case it is about." })
  caseId!: string | null;

  @Field(() => String, { description: "The department it is routed to." })
  department!: string;

  @Field(() => String, { description: "The message." })
  question!: string;

  @Field(() => String, {
    nullable: true,
    description: "The contact phone given (for the department; every read is logged).",
  })
  contactPhone!: string | null;

  @Field(() => Boolean, { description: "Whether the writer allows publication." })
  publishable!: boolean;

  @Field(() => String, { description: "When it was written (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { description: "The department answers by this day." })
  dueOn!: string;

  @Field(() => Supervision, {
    description: "GREEN in time, YELLOW on the due day, RED overdue; NONE once answered.",
  })
  supervision!: string;

  @Field(() => String, { nullable: true, description: "The department's answer." })
  answer!: string | null;

  @Field(() => String, { nullable: true, description: "When it was answered (ISO 8601)." })
  answeredAt!: string | null;

  @Field(() => Boolean, { description: "Whether it is published (阳光红页)." })
  published!: boolean;

  @Field(() => Int, { nullable: true, description: "The writer's rating of the answer, 1 to 5." })
  rating!: number | null;
}

@ObjectType("ResidentMessageConnection", { description: "A page of messages." })
export class ResidentMessageConnection extends Connection("ResidentMessage", ResidentMessage) {}

@ObjectType("PublishedMessage", {
  description:
    "A message and its answer as published: names, addresses, numbers and dates blanked out.",
})
export class PublishedMessage {
  @Field(() => String, { description: "Number." })
  number!: string;

  @Field(() => MessageAboutEnum, { description: "What it is about." })
  about!: string;

  @Field(() => String, { nullable: true, description: "The service item's code." })
  itemCode!: string | null;

  @Field(() => String, { nullable: true, description: "The service site's code." })
  siteCode!: string | null;

  @Field(() => String, { description: "The department that answered." })
  department!: string;

  @Field(() => String, { description: "The question, personal data blanked out." })
  question!: string;

  @Field(() => String, { description: "The answer, personal data blanked out." })
  answer!: string;

  @Field(() => String, { description: "The day it was asked." })
  askedOn!: string;

  @Field(() => String, { description: "The day it was answered." })
  answeredOn!: string;

  @Field(() => Boolean, { description: "Whether it was answered by its due day." })
  answeredOnTime!: boolean;

  @Field(() => Int, { nullable: true, description: "The writer's rating, 1 to 5." })
  rating!: number | null;
}

@ObjectType("PublishedMessageConnection", { description: "A page of published messages." })
export class PublishedMessageConnection extends Connection("PublishedMessage", PublishedMessage) {}

@ObjectType("MessageStatistics", { description: "How a department answers its messages." })
export class MessageStatistics {
  @Field(() => String, { description: "The department." })
  department!: string;

  @Field(() => Int, { description: "Messages received." })
  received!: number;

  @Field(() => Int, { description: "Messages answered." })
  answered!: number;

  @Field(() => Int, { description: "Messages answered by their due day." })
  answeredOnTime!: number;

  @Field(() => Int, { description: "Unanswered messages past their due day." })
  overdue!: number;

  @Field(() => Int, { description: "Answers rated." })
  rated!: number;

  @Field(() => Number, { nullable: true, description: "Average rating of the answers (1 to 5)." })
  averageRating!: number | null;
}
