import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import type { SigningKeyRow } from "../seal/signing-keys.js";

/** The checkpoint signing key: its private half sealed under the log's master key. */
@Entity({ tableName: "access_log_key" })
export class AccessLogKeyEntity implements SigningKeyRow {
  @PrimaryKey({ type: "string", length: 80 })
  kid!: string;

  @Property({ type: "string", length: 40 })
  owner!: string;

  @Property({ type: "json" })
  publicJwk!: Record<string, unknown>;

  @Property({ type: "text" })
  privateJwkSealed!: string;

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "datetime", nullable: true })
  retiredAt!: Date | null;
}
