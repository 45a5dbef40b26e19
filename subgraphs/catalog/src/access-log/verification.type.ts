import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { KeysetConnection } from "./keyset-connection.js";

@ObjectType("AccessLogVerification", {
  description:
    "The result of checking the access log from its last verified checkpoints to its latest ones.",
})
export class AccessLogVerification {
  @Field(() => Boolean, {
    description: "True when every checked entry, stored hash and checkpoint agrees.",
  })
  ok!: boolean;

  @Field(() => Int, { description: "How many entries this check recomputed." })
  checked!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      "The first entry whose content, hash or position disagrees with a signed checkpoint.",
  })
  firstBrokenEntryId!: string | null;

  @Field(() => String, { nullable: true, description: "What disagrees, in words." })
  problem!: string | null;

  @Field(() => Boolean, {
    description:
      "False when this check stopped at its bound and signed entries remain to check (ask again).",
  })
  complete!: boolean;

  @Field(() => Int, { description: "How many partitions (base and month) were looked at." })
  partitions!: number;

  @Field(() => Int, {
    description: "Entries appended after the latest checkpoints (signed at the next interval).",
  })
  pendingEntries!: number;
}

export enum VerificationJobStatus {
  RUNNING = "RUNNING",
  DONE = "DONE",
  ABANDONED = "ABANDONED",
}
registerEnumType(VerificationJobStatus, {
  name: "AccessLogVerificationJobStatus",
  description: "Where a full verification stands.",
  valuesConfig: {
    RUNNING: { description: "Checking; see checked and total." },
    DONE: { description: "Finished; see ok and firstBrokenEntryId." },
    ABANDONED: { description: "Stopped before it finished (shutdown); start another." },
  },
});

@ObjectType("AccessLogVerificationJob", {
  description:
    "A full verification of the access log from its first entry, run in the background (one at a time).",
})
export class AccessLogVerificationJob {
  @Field(() => ID, { description: "The job's id." })
  id!: string;

  @Field(() => VerificationJobStatus, { description: "Where it stands." })
  status!: VerificationJobStatus;

  @Field(() => String, { description: "Who started it." })
  requestedBy!: string;

  @Field(() => String, { description: "When it started (ISO 8601)." })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: "When it finished (ISO 8601)." })
  finishedAt!: string | null;

  @Field(() => Float, { description: "Signed entries to check." })
  total!: number;

  @Field(() => Float, { description: "Entries checked so far." })
  checked!: number;

  @Field(() => Float, { description: "checked / total, from 0 to 1." })
  progress!: number;

  @Field(() => Boolean, { nullable: true, description: "The verdict, once done." })
  ok!: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The first entry whose content, hash or position disagrees with a signed checkpoint.",
  })
  firstBrokenEntryId!: string | null;

  @Field(() => String, { nullable: true, description: "What disagrees, in words." })
  problem!: string | null;
}

@ObjectType("AccessLogVerificationJobConnection", {
  description: "Full verifications, newest first.",
})
export class AccessLogVerificationJobConnection extends KeysetConnection(
  "AccessLogVerificationJob",
  AccessLogVerificationJob,
) {}
