import type { Department } from "@gongxiang/kit";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

export type ChangeAction =
  | "CREATED"
  | "EDITED"
  | "PUBLISHED"
  | "WITHDRAWN"
  | "CLASSIFIED"
  | "REQUESTED"
  | "APPROVED"
  | "REJECTED"
  | "REVOKED"
  | "DISCLOSED"
  /** A published item that a revoked grant breaks (fields it no longer fills, rules it cannot decide). */
  | "FLAGGED";

/** Who changed what in the catalog and when; append-only (the database refuses updates). */
@Entity({ tableName: "catalog_change" })
export class CatalogChangeEntity {
  @PrimaryKey({ type: "bigint", autoincrement: true })
  id!: string;

  @Property({ type: "datetime" })
  at!: Date;

  @Property({ type: "string", length: 128 })
  actorSub!: string;

  @Property({ type: "string", length: 40, nullable: true })
  actorDept!: Department | null;

  @Property({ type: "string", length: 12 })
  action!: ChangeAction;

  /** `item:<code>@<version>`, `data:<item>` or `grant:<id>`. */
  @Property({ type: "string", length: 100 })
  subject!: string;

  @Property({ type: "json" })
  detail!: Record<string, unknown>;
}
