import type { Department, GrantLevel } from "@gongxiang/kit";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

export type GrantStatus = "REQUESTED" | "APPROVED" | "REJECTED" | "REVOKED";

/** A consumer department's access to a provider's data items, for purposes, at a level. */
@Entity({ tableName: "sharing_grant" })
export class SharingGrantEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "string", length: 40 })
  consumer!: Department;

  @Property({ type: "string", length: 40 })
  provider!: Department;

  @Property({ type: "json" })
  items!: string[];

  @Property({ type: "string", length: 8 })
  level!: GrantLevel;

  /** Service item codes the data may be used for. */
  @Property({ type: "json" })
  purposes!: string[];

  @Property({ type: "text" })
  legalBasis!: string;

  @Property({ type: "date" })
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  validUntil!: string | null;

  @Property({ type: "string", length: 10 })
  status!: GrantStatus;

  @Property({ type: "datetime" })
  requestedAt!: Date;

  @Property({ type: "string", length: 128 })
  requestedBy!: string;

  /** The provider's reply is due by this date (5 working days after the request). */
  @Property({ type: "date" })
  dueOn!: string;

  @Property({ type: "datetime", nullable: true })
  decidedAt!: Date | null;

  @Property({ type: "string", length: 128, nullable: true })
  decidedBy!: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  decisionReason!: string | null;

  @Property({ type: "datetime", nullable: true })
  revokedAt!: Date | null;

  @Property({ type: "string", length: 128, nullable: true })
  revokedBy!: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  revocationReason!: string | null;
}
