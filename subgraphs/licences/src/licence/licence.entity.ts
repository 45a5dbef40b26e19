import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";

/** An electronic licence (GB/T 36903 metadata); revocation is a status, never a deletion. */
@Entity({ tableName: "licence" })
export class LicenceEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "string", length: 80, unique: true })
  identifier!: string;

  @Property({ type: "string", length: 40 })
  number!: string;

  @Property({ type: "string", length: 40 })
  type!: string;

  @Index()
  @Property({ type: "string", length: 18 })
  holderCitizenId!: string;

  @Property({ type: "string", length: 64 })
  holderName!: string;

  @Property({ type: "string", length: 20 })
  holderIdType!: string;

  @Property({ type: "string", length: 40 })
  issuerDept!: string;

  @Property({ type: "string", length: 18 })
  issuerCode!: string;

  @Property({ type: "datetime" })
  issuedAt!: Date;

  @Property({ type: "date" })
  validFrom!: string;

  /** null: long-term (长期). */
  @Property({ type: "date", nullable: true })
  validUntil!: string | null;

  @Property({ type: "string", length: 12 })
  jurisdiction!: string;

  @Property({ type: "json" })
  data!: Record<string, unknown>;

  /** The salt of each disclosed field's digest in the seal (selective disclosure). */
  @Property({ type: "json" })
  salts!: Record<string, string>;

  @Property({ type: "integer" })
  version!: number;

  /** Compact JWS by the issuer's key over the canonical content. */
  @Property({ type: "text" })
  seal!: string;

  @Property({ type: "datetime", nullable: true })
  revokedAt!: Date | null;

  @Property({ type: "string", length: 200, nullable: true })
  revocationReason!: string | null;

  /** The issue request's idempotency key, unique per issuing department. */
  @Property({ type: "string", length: 100, nullable: true })
  issueKey!: string | null;
}
