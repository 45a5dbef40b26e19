import type { SigningKeyRow } from "@gongxiang/kit";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** An issuing department's sealing key; retired keys stay so old seals keep verifying. */
@Entity({ tableName: "seal_key" })
export class SealKeyEntity implements SigningKeyRow {
  @PrimaryKey({ type: "string", length: 64 })
  kid!: string;

  /** The issuing department. */
  @Property({ type: "string", length: 40, fieldName: "department" })
  owner!: string;

  @Property({ type: "json" })
  publicJwk!: Record<string, unknown>;

  /** The private JWK, AES-256-GCM encrypted under the service's master key. */
  @Property({ type: "text" })
  privateJwkSealed!: string;

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "datetime", nullable: true })
  retiredAt!: Date | null;
}
