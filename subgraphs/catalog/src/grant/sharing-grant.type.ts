import { Connection } from "@gongxiang/kit";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";

export enum GrantLevelEnum {
  FULL = "FULL",
  MASKED = "MASKED",
  VERIFY = "VERIFY",
}
registerEnumType(GrantLevelEnum, {
  name: "GrantLevel",
  description:
    "FULL: the value; MASKED: the value masked by its rule; VERIFY: yes/no answers only.",
});

export enum GrantStatusEnum {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  REVOKED = "REVOKED",
}
registerEnumType(GrantStatusEnum, {
  name: "GrantStatus",
  description:
    "Where a grant stands; an APPROVED grant past validUntil is expired (inForce false).",
});

@ObjectType("SharingGrant", {
  description:
    "A consumer department's access to a provider's data items, for purposes, at a level.",
})
export class SharingGrant {
  @Field(() => ID, { description: "Identifier of the grant." })
  id!: string;

  @Field(() => String, { description: "The department that reads." })
  consumer!: string;

  @Field(() => String, { description: "The department that provides (and approves)." })
  provider!: string;

  @Field(() => [String], {
    description: "Data items granted (Person.birthDate, Licence:ID_CARD...).",
  })
  items!: string[];

  @Field(() => GrantLevelEnum, { description: "Level of access." })
  level!: string;

  @Field(() => [String], { description: "Service item codes the data may be used for." })
  purposes!: string[];

  @Field(() => String, { description: "Legal basis the consumer gave." })
  legalBasis!: string;

  @Field(() => String, { description: "First day in force." })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: "Last day in force; null: until revoked." })
  validUntil!: string | null;

  @Field(() => GrantStatusEnum, { description: "Where the grant stands." })
  status!: string;

  @Field(() => Boolean, { description: "True when approved, started and not expired or revoked." })
  inForce!: boolean;

  @Field(() => String, { description: "When it was requested." })
  requestedAt!: string;

  @Field(() => String, { description: "Who requested it." })
  requestedBy!: string;

  @Field(() => String, {
    description: "The provider's reply is due by this date (5 working days).",
  })
  dueOn!: string;

  @Field(() => Boolean, { description: "True while a request waits past its due date." })
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: "When it was approved or rejected." })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who approved or rejected it." })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was rejected (or approved)." })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true, description: "When it was revoked." })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who revoked it." })
  revokedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was revoked." })
  revocationReason!: string | null;
}

@ObjectType("SharingGrantConnection", { description: "A page of grants, by due date." })
export class SharingGrantConnection extends Connection("SharingGrant", SharingGrant) {}

@InputType("RequestSharingGrantInput", { description: "A consumer department's request." })
export class RequestSharingGrantInput {
  @Field(() => String, { description: "Providing department (all items must be its)." })
  provider!: string;

  @Field(() => [String], { description: "Data items wanted." })
  items!: string[];

  @Field(() => GrantLevelEnum, { description: "Level wanted." })
  level!: string;

  @Field(() => [String], { description: "Service item codes the data will be used for." })
  purposes!: string[];

  @Field(() => String, { description: "Legal basis of the use." })
  legalBasis!: string;

  @Field(() => String, {
    nullable: true,
    description: "Last day in force (YYYY-MM-DD); omit: until revoked.",
  })
  validUntil?: string | null;
}
