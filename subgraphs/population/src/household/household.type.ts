import { Directive, Field, ObjectType } from "type-graphql";

@ObjectType("Household", { description: "A registered household (户) and its members." })
@Directive('@key(fields: "number")')
export class Household {
  @Field(() => String, { description: "Household number: <12-digit division code>-<serial>." })
  number!: string;

  @Field(() => String, { nullable: true, description: "12-digit division code of the household." })
  divisionCode!: string | null;

  @Field(() => String, { nullable: true, description: "Registered address of the household." })
  address!: string | null;

  /** Internal: resolves head and members. */
  id!: string;
  /** Internal: resolves head. */
  headCitizenId!: string;
}
