import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** What of an item's handling is published: its results, and which outcome figures. */
@Entity({ tableName: "item_disclosure" })
export class ItemDisclosureEntity {
  @PrimaryKey({ type: "string", length: 64 })
  code!: string;

  @Property({ type: "boolean" })
  results!: boolean;

  @Property({ type: "json" })
  outcomes!: string[];

  @Property({ type: "datetime" })
  updatedAt!: Date;

  @Property({ type: "string", length: 128 })
  updatedBy!: string;
}
