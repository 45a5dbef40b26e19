import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";

/** Where a notice ended: delivered, suppressed (a deceased applicant) or undeliverable. */
export type NoticeState = "QUEUED" | "DELIVERED" | "SUPPRESSED" | "UNDELIVERABLE";

/** A notice to a resident about their case; written in the same transaction as its cause. */
@Entity({ tableName: "notification_outbox" })
export class OutboxEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** Order of queuing: a case's notices are delivered in this order, one after the other. */
  @Property({ type: "bigint", autoincrement: true, persist: false })
  seq!: string & Opt;

  @Property({ type: "uuid" })
  caseId!: string;

  /** The citizen ID of the resident it is for (the applicant). */
  @Property({ type: "string", length: 128 })
  recipient!: string;

  @Property({ type: "string", length: 40 })
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

  @Property({ type: "string", length: 16 })
  state!: NoticeState;

  /** Why it was suppressed or could not be delivered. */
  @Property({ type: "string", length: 300, nullable: true })
  reason!: string | null;

  /** The number it went to, masked (138****1234). */
  @Property({ type: "string", length: 20, nullable: true })
  deliveredTo!: string | null;

  /** Where that number came from: the population base under a grant, or the applicant's word. */
  @Property({ type: "string", length: 60, nullable: true })
  channel!: string | null;
}
