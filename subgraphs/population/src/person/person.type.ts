import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Gender, MaritalStatus, PersonStatus, RelationToHead } from "./person.enums.js";

/**
 * What a caller sees of a person: every personal field is nullable because a field the caller
 * may not read comes back null with an UNAUTHORIZED_FIELD_OR_TYPE error at its path.
 */
@ObjectType("Person", {
  description: "A resident registered in the population base (public security).",
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "citizenId")')
export class Person {
  @Field(() => ID, {
    nullable: true,
    description:
      "Stable identifier of the registration record; only for callers who may read some of the record (it tells that the record exists).",
  })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Citizen ID number (GB 11643, 18 characters); decided as Person.citizenId unless you reached the person by it.",
  })
  citizenId!: string;

  @Field(() => String, { nullable: true, description: "Name as registered." })
  name!: string | null;

  @Field(() => Gender, { nullable: true, description: "Gender as registered." })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: "Date of birth, ISO 8601 (YYYY-MM-DD)." })
  birthDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Completed years today (China time), or at death; derived from birthDate.",
  })
  age!: number | null;

  @Field(() => String, { nullable: true, description: "Ethnic group (民族), e.g. 汉族." })
  ethnicity!: string | null;

  @Field(() => String, { nullable: true, description: "Registered residential address." })
  address!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "12-digit administrative division code of the registered residence.",
  })
  divisionCode!: string | null;

  @Field(() => String, { nullable: true, description: "Mobile phone number on record." })
  phone!: string | null;

  @Field(() => MaritalStatus, { nullable: true, description: "Marital status as registered." })
  maritalStatus!: MaritalStatus | null;

  @Field(() => PersonStatus, { nullable: true, description: "Alive, deceased or migrated out." })
  status!: PersonStatus | null;

  @Field(() => String, { nullable: true, description: "Date of death (ISO 8601) when deceased." })
  deathDate!: string | null;

  @Field(() => RelationToHead, {
    nullable: true,
    description: "Relation to the head of the person's household.",
  })
  relationToHead!: RelationToHead | null;

  /** Internal: resolves `household`; never a schema field. */
  householdId!: string | null;
}
