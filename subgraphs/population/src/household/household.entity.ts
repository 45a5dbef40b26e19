import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** A registered household (户): its number, place and head. */
@Entity({ tableName: "household" })
export class HouseholdEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** <12-digit division code>-<4-digit serial>, e.g. 130926101216-0012. */
  @Property({ type: "string", length: 17, unique: true })
  number!: string;

  @Property({ type: "string", length: 12 })
  divisionCode!: string;

  @Property({ type: "string", length: 200 })
  address!: string;

  @Property({ type: "string", length: 18 })
  headCitizenId!: string;
}
