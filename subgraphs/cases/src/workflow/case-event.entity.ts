import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** One step of a case's history, sealed by the acting official's key. */
@Entity({ tableName: "case_event" })
export class CaseEventEntity {
  @PrimaryKey({ type: "bigint", autoincrement: true })
  id!: string;

  @Property({ type: "uuid" })
  caseId!: string;

  @Property({ type: "datetime" })
  at!: Date;

  @Property({ type: "string", length: 128 })
  actorSub!: string;

  @Property({ type: "string", length: 40, nullable: true })
  actorDept!: string | null;

  @Property({ type: "string", length: 20 })
  actorRole!: string;

  @Property({ type: "string", length: 12, nullable: true })
  actorSite!: string | null;

  @Property({ type: "string", length: 40 })
  action!: string;

  @Property({ type: "string", length: 20 })
  fromStatus!: string;

  @Property({ type: "string", length: 20 })
  toStatus!: string;

  @Property({ type: "string", length: 1000, nullable: true })
  opinion!: string | null;

  /** SHA-256 of the case's content when the step was taken (over contentDigests). */
  @Property({ type: "string", length: 64 })
  contentHash!: string;

  /** Its place in the case's history, from 1 (null: recorded before histories were chained). */
  @Property({ type: "integer", nullable: true })
  seq!: number | null;

  /** The previous event's hash (the genesis hash for the first). */
  @Property({ type: "string", length: 64, nullable: true })
  prevHash!: string | null;

  /** SHA-256 of what the seal covers: this event, its place and its predecessor's hash. */
  @Property({ type: "string", length: 64, nullable: true })
  hash!: string | null;

  /** Digest of each named part of the case's content (what contentHash is taken over). */
  @Property({ type: "json", nullable: true })
  contentDigests!: Record<string, string> | null;

  /** Compact JWS by the official's key over this event's columns. */
  @Property({ type: "text" })
  seal!: string;
}
