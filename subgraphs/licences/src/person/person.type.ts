import { Directive, Field, ObjectType } from "type-graphql";

/** The population base's Person, extended here with the licences a person holds. */
@ObjectType("Person", {
  description: "A resident; the e-licence base adds the licences they hold.",
})
@Directive('@key(fields: "citizenId")')
export class Person {
  @Field(() => String, { description: "Citizen ID number (GB 11643)." })
  citizenId!: string;
}
