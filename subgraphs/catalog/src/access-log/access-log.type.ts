import { Connection } from "@gongxiang/kit";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("DataItemOutcome", { description: "What happened to one data item in one access." })
export class DataItemOutcome {
  @Field(() => String, { description: "The data item (Person.phone, Licence:ID_CARD...)." })
  item!: string;

  @Field(() => String, {
    description: "FULL or MASKED when released; the refusal's error code when not.",
  })
  outcome!: string;
}

@ObjectType("AccessLogEntry", {
  description: "One use (or refused use) of one person's data by one caller in one request.",
})
export class AccessLogEntry {
  @Field(() => ID, { description: "Position in the log (increasing)." })
  id!: string;

  @Field(() => String, { description: "When the data was released (ISO 8601)." })
  at!: string;

  @Field(() => String, { description: "The gateway's request id." })
  requestId!: string;

  @Field(() => String, { description: "Who read: the official's (or citizen's) subject." })
  callerSub!: string;

  @Field(() => String, { nullable: true, description: "The reading department." })
  callerDept!: string | null;

  @Field(() => [String], { description: "The reader's roles." })
  callerRoles!: string[];

  @Field(() => String, { nullable: true, description: "The reader's service site, if any." })
  callerSite!: string | null;

  @Field(() => String, { nullable: true, description: "Why: case:<id> or item:<code>." })
  purpose!: string | null;

  @Field(() => String, { description: "Citizen ID number of the person whose data it is." })
  subjectCitizenId!: string;

  @Field(() => String, { description: "The base that released it." })
  base!: string;

  @Field(() => [DataItemOutcome], { description: "Each data item and its outcome." })
  items!: DataItemOutcome[];

  @Field(() => Boolean, { description: "True when at least one item was released." })
  released!: boolean;
}

@ObjectType("AccessLogConnection", { description: "A page of access-log entries, newest first." })
export class AccessLogConnection extends Connection("AccessLogEntry", AccessLogEntry) {}

@ObjectType("AccessLogVerification", { description: "The result of recomputing the hash chain." })
export class AccessLogVerification {
  @Field(() => Boolean, { description: "True when every entry's hash and link hold." })
  ok!: boolean;

  @Field(() => Int, { description: "How many entries were checked." })
  checked!: number;

  @Field(() => ID, { nullable: true, description: "The first entry whose hash or link fails." })
  firstBrokenEntryId!: string | null;
}
