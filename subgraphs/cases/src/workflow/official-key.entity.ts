import type { SigningKeyRow } from "@gongxiang/kit";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** An official's decision-sealing key; retired keys stay so old seals keep verifying. */
@Entity({ tableName: "official_key" })
export class OfficialKeyEntity implements SigningKeyRow {
  @PrimaryKey({ type: "string", length: 64 })
  kid!: string;

  /** The official's subject. */
  @Property({ type: "string", length: 128 })
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
