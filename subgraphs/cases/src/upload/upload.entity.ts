import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** A scan uploaded for a material: its metadata; the bytes live in an UploadStore. */
@Entity({ tableName: "case_upload" })
export class UploadEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "uuid" })
  caseId!: string;

  @Property({ type: "string", length: 60 })
  materialName!: string;

  @Property({ type: "string", length: 40 })
  mediaType!: string;

  @Property({ type: "integer" })
  size!: number;

  @Property({ type: "string", length: 64 })
  sha256!: string;

  @Property({ type: "datetime" })
  createdAt!: Date;

  @Property({ type: "string", length: 128 })
  createdBy!: string;
}
