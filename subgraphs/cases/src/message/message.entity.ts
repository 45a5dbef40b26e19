import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

export type MessageAbout = "ITEM" | "SITE" | "CASE";

/**
 * A resident's message (我有话说) about a service item, a service site or a case of their own,
 * routed to the department that must answer it by `dueOn` (working days).
 */
@Entity({ tableName: "resident_message" })
export class ResidentMessageEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "string", length: 24, unique: true })
  number!: string;

  @Property({ type: "string", length: 8 })
  about!: MessageAbout;

  @Property({ type: "string", length: 64, nullable: true })
  itemCode!: string | null;

  @Property({ type: "string", length: 12, nullable: true })
  siteCode!: string | null;

  @Property({ type: "uuid", nullable: true })
  caseId!: string | null;

  /** The department the message is routed to. */
  @Property({ type: "string", length: 40 })
  department!: string;

  @Property({ type: "text" })
  question!: string;

  /** A citizen who wrote it with their token; null for an anonymous visitor. */
  @Property({ type: "string", length: 18, nullable: true })
  submitterCitizenId!: string | null;

  /** Who wrote it, for daily caps: the citizen, or a keyed hash of the visitor's address. */
  @Property({ type: "string", length: 160 })
  submitterKey!: string;

  /** SHA-256 of the receipt an anonymous visitor keeps to see and rate the answer. */
  @Property({ type: "string", length: 64, nullable: true })
  receiptHash!: string | null;

  /** The contact phone the writer gave, encrypted; never published. */
  @Property({ type: "blob", nullable: true })
  contactPhoneSealed!: Buffer | null;

  /** The writer allows publication (without personal data). */
  @Property({ type: "boolean" })
  publishable!: boolean;

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "date" })
  dueOn!: string;

  @Property({ type: "text", nullable: true })
  answer!: string | null;

  @Property({ type: "string", length: 128, nullable: true })
  answeredBy!: string | null;

  @Property({ type: "datetime", nullable: true })
  answeredAt!: Date | null;

  @Property({ type: "date", nullable: true })
  answeredOn!: string | null;

  @Property({ type: "boolean" })
  published!: boolean;

  /** The question and answer as published: personal data blanked out. */
  @Property({ type: "text", nullable: true })
  publicQuestion!: string | null;

  @Property({ type: "text", nullable: true })
  publicAnswer!: string | null;

  @Property({ type: "smallint", nullable: true })
  rating!: number | null;

  @Property({ type: "datetime", nullable: true })
  ratedAt!: Date | null;
}
