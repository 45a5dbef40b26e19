import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * One release (or refusal) of one person's data to one caller in one request, by one base.
 * Append-only and hash-chained: `hash` covers every column and the previous entry's hash.
 */
@Entity({ tableName: "access_log" })
export class AccessLogEntity {
  @PrimaryKey({ type: "bigint" })
  id!: string;

  @Property({ type: "datetime" })
  at!: Date;

  @Property({ type: "string", length: 100 })
  requestId!: string;

  @Property({ type: "string", length: 128 })
  callerSub!: string;

  @Property({ type: "string", length: 40, nullable: true })
  callerDept!: string | null;

  @Property({ type: "json" })
  callerRoles!: string[];

  @Property({ type: "string", length: 12, nullable: true })
  callerSite!: string | null;

  @Property({ type: "string", length: 80, nullable: true })
  purpose!: string | null;

  /** The citizen ID number of the person whose data it is. */
  @Property({ type: "string", length: 18 })
  subject!: string;

  @Property({ type: "string", length: 20 })
  base!: string;

  /** Data item -> level released (FULL, MASKED) or the refusal's code. */
  @Property({ type: "json" })
  items!: Record<string, string>;

  @Property({ type: "string", length: 64 })
  prevHash!: string;

  @Property({ type: "string", length: 64 })
  hash!: string;
}
