import { Connection } from "@gongxiang/kit";
import { Field, ObjectType } from "type-graphql";
import { Case } from "../case/case.type.js";
import { Supervision } from "../case/case.enums.js";

@ObjectType("CaseTask", { description: "A case waiting on the caller, and what it waits for." })
export class CaseTask {
  @Field(() => String, { description: "The case's number (the inbox's order)." })
  number!: string;

  @Field(() => [String], {
    description:
      "What the caller may do next: ACCEPT, REVIEW, APPROVE (the item's steps), ATTEST (an undecided eligibility rule), RESUBMIT, COMPLETE, DELIVER, FOLLOW_UP (a poor rating to answer).",
  })
  actions!: string[];

  @Field(() => Supervision, { description: "Deadline supervision colour." })
  supervision!: string;

  @Field(() => String, { nullable: true, description: "Due date, once accepted." })
  deadline!: string | null;

  @Field(() => Case, { description: "The case." })
  case!: Case;
}

@ObjectType("CaseTaskConnection", { description: "A page of the caller's inbox." })
export class CaseTaskConnection extends Connection("CaseTask", CaseTask) {}
