import { Field, ID, Int, ObjectType } from "type-graphql";
import { KeysetConnection } from "./keyset-connection.js";

@ObjectType("DataItemOutcome", { description: "What happened to one data item in one access." })
export class DataItemOutcome {
  @Field(() => String, { description: "The data item (Person.phone, Licence:ID_CARD...)." })
  item!: string;

  @Field(() => String, { description: "The data item by its label, in Chinese (手机号码)." })
  label!: string;

  @Field(() => String, {
    description:
      "FULL or MASKED when released, VERIFY for a yes/no answer; the refusal's code when not.",
  })
  outcome!: string;

  @Field(() => String, { description: "The outcome in words, in Chinese (已提供（部分遮蔽）)." })
  outcomeText!: string;
}

@ObjectType("AccessLogCheckpoint", {
  description:
    "A partition's signed tree head: its Merkle tree (RFC 6962) had this size and root at this time. Public; verify `jws` against /.well-known/access-log/jwks.json.",
})
export class AccessLogCheckpoint {
  @Field(() => ID, { description: "The checkpoint's id (increasing)." })
  id!: string;

  @Field(() => String, { description: "The partition: <base>/<YYYY-MM> (China time)." })
  partition!: string;

  @Field(() => Int, { description: "How many entries the tree held." })
  treeSize!: number;

  @Field(() => String, { description: "The tree's root hash (hex)." })
  rootHash!: string;

  @Field(() => String, { description: "When it was signed (ISO 8601)." })
  signedAt!: string;

  @Field(() => String, { description: "The signing key's id in the JWKS." })
  keyId!: string;

  @Field(() => String, {
    description: "The signature: a compact JWS (EdDSA) over the canonical checkpoint JSON.",
  })
  jws!: string;
}

@ObjectType("AccessLogInclusionProof", {
  description:
    "Proof that an entry is in its partition's tree at a signed checkpoint (RFC 6962 audit path); `npm run verify-usage` checks it offline.",
})
export class AccessLogInclusionProof {
  @Field(() => String, {
    description: "The exact leaf the tree commits to: canonical JSON of the entry (UTF-8).",
  })
  leaf!: string;

  @Field(() => Int, { description: "The entry's position in its partition's tree." })
  leafIndex!: number;

  @Field(() => Int, { description: "The tree size the proof is for (the checkpoint's)." })
  treeSize!: number;

  @Field(() => [String], {
    description:
      "Sibling hashes from the leaf up to the root (hex): hashes of other entries only, never their content.",
  })
  auditPath!: string[];

  @Field(() => AccessLogCheckpoint, { description: "The signed checkpoint the path leads to." })
  checkpoint!: AccessLogCheckpoint;
}

@ObjectType("AccessLogEntry", {
  description: "One use (or refused use) of one person's data by one caller in one request.",
})
export class AccessLogEntry {
  @Field(() => ID, { description: "The entry's place: <base>/<YYYY-MM>/<position>." })
  id!: string;

  @Field(() => String, { description: "The partition (Merkle tree) it is in: <base>/<YYYY-MM>." })
  partition!: string;

  @Field(() => String, { description: "When the data was released (ISO 8601)." })
  at!: string;

  @Field(() => String, { description: "The gateway's request id." })
  requestId!: string;

  @Field(() => String, { description: "Who read: the official's (or citizen's) subject." })
  callerSub!: string;

  @Field(() => String, { nullable: true, description: "The reading department's code." })
  callerDept!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The reading department by name, in Chinese (民政局).",
  })
  departmentName!: string | null;

  @Field(() => [String], { description: "The reader's roles." })
  callerRoles!: string[];

  @Field(() => String, { nullable: true, description: "The reader's service site code, if any." })
  callerSite!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The reader's service site by name (后丰乐堡村便民服务站), if any.",
  })
  siteName!: string | null;

  @Field(() => String, { description: "By whom, in words (民政局 后丰乐堡村便民服务站 代办员)." })
  readerText!: string;

  @Field(() => String, { nullable: true, description: "Why, as sent: case:<id> or item:<code>." })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: "The service item it was read for." })
  serviceItemCode!: string | null;

  @Field(() => String, { nullable: true, description: "The service item's name (高龄津贴申请)." })
  serviceItemName!: string | null;

  @Field(() => String, { nullable: true, description: "The case number, for a case purpose." })
  caseNumber!: string | null;

  @Field(() => String, { description: "Why, in words, in Chinese." })
  purposeText!: string;

  @Field(() => String, { description: "Citizen ID number of the person whose data it is." })
  subjectCitizenId!: string;

  @Field(() => String, { description: "The base that released it." })
  base!: string;

  @Field(() => [DataItemOutcome], { description: "Each data item and its outcome." })
  items!: DataItemOutcome[];

  @Field(() => Boolean, { description: "True when at least one item was released." })
  released!: boolean;

  @Field(() => String, { description: "The whole entry as one sentence, in Chinese." })
  summary!: string;

  @Field(() => AccessLogInclusionProof, {
    nullable: true,
    description:
      "Proof of the entry against its partition's latest signed checkpoint; null until the next checkpoint covers it (at most one interval).",
  })
  proof!: AccessLogInclusionProof | null;
}

@ObjectType("AccessLogConnection", {
  description: "A page of access-log entries, newest first (keyset: no counting).",
})
export class AccessLogConnection extends KeysetConnection("AccessLogEntry", AccessLogEntry) {}

@ObjectType("AccessLogCheckpointConnection", {
  description: "A page of signed checkpoints, newest first.",
})
export class AccessLogCheckpointConnection extends KeysetConnection(
  "AccessLogCheckpoint",
  AccessLogCheckpoint,
) {}

@ObjectType("AccessLogConsistencyProof", {
  description:
    "Proof (RFC 6962) that a partition's later signed tree contains the earlier one unchanged: nothing was removed or rewritten in between.",
})
export class AccessLogConsistencyProof {
  @Field(() => String, { description: "The partition both checkpoints are of." })
  partition!: string;

  @Field(() => AccessLogCheckpoint, { description: "The earlier checkpoint." })
  from!: AccessLogCheckpoint;

  @Field(() => AccessLogCheckpoint, { description: "The later checkpoint." })
  to!: AccessLogCheckpoint;

  @Field(() => [String], { description: "The proof's hashes (hex)." })
  proof!: string[];
}
