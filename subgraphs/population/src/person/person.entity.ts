import { Entity, Enum, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Gender, MaritalStatus, PersonStatus, RelationToHead } from "./person.enums.js";

/** A resident's registration record (public security owns it). */
@Entity({ tableName: "person" })
export class PersonEntity {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "string", length: 18, unique: true })
  citizenId!: string;

  @Property({ type: "string", length: 64 })
  name!: string;

  @Enum({ items: () => Gender })
  gender!: Gender;

  @Property({ type: "date" })
  birthDate!: string;

  @Property({ type: "string", length: 32 })
  ethnicity!: string;

  @Property({ type: "string", length: 200 })
  address!: string;

  @Property({ type: "string", length: 12 })
  divisionCode!: string;

  @Property({ type: "string", length: 20, nullable: true })
  phone!: string | null;

  @Enum({ items: () => MaritalStatus })
  maritalStatus!: MaritalStatus;

  @Enum({ items: () => PersonStatus })
  status!: PersonStatus;

  @Property({ type: "date", nullable: true })
  deathDate!: string | null;

  @Index()
  @Property({ type: "uuid", nullable: true })
  householdId!: string | null;

  @Enum({ items: () => RelationToHead, nullable: true })
  relationToHead!: RelationToHead | null;
}
