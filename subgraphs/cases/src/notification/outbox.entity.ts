import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** A notification waiting to be delivered; written in the same transaction as its cause. */
@Entity({ tableName: "notification_outbox" })
export class OutboxEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "uuid" })
  caseId!: string;

  /** A citizen ID (the applicant) or an official's subject. */
  @Property({ type: "string", length: 128 })
  recipient!: string;

  @Property({ type: "string", length: 24 })
  kind!: string;

  @Property({ type: "string", length: 300 })
  message!: string;

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "integer" })
  attempts!: number;

  @Property({ type: "datetime" })
  nextAttemptAt!: Date;

  /** Held by a worker until then; a crashed worker's claim lapses. */
  @Property({ type: "datetime", nullable: true })
  claimedUntil!: Date | null;

  @Property({ type: "datetime", nullable: true })
  deliveredAt!: Date | null;

  @Property({ type: "string", length: 300, nullable: true })
  lastError!: string | null;
}
