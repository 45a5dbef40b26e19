import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("RefusalCount", { description: "How many cases one rule refused (never by person)." })
export class RefusalCount {
  @Field(() => String, { description: "The rule, as the refusal names it." })
  rule!: string;

  @Field(() => Int, { description: "Cases it refused." })
  count!: number;
}

@ObjectType("MonthlyResults", {
  description:
    "One month's handling of an item. A count under the minimum is null: too few to publish without pointing at someone.",
})
export class MonthlyResults {
  @Field(() => String, { description: "The month, YYYY-MM (by the day a case was started)." })
  month!: string;

  @Field(() => Int, { nullable: true, description: "Applications received." })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: "Approved." })
  approved!: number | null;

  @Field(() => Int, { nullable: true, description: "Not accepted (不予受理) or rejected." })
  refused!: number | null;

  @Field(() => [RefusalCount], {
    description: "Refusals by rule, rules under the minimum left out.",
  })
  refusedByRule!: RefusalCount[];

  @Field(() => Int, { nullable: true, description: "Completed." })
  completed!: number | null;

  @Field(() => Int, { nullable: true, description: "Completed by the promised day." })
  completedOnTime!: number | null;
}

@ObjectType("DisclosedResults", { description: "An item's published results, month by month." })
export class DisclosedResults {
  @Field(() => String, { description: "The item's code." })
  itemCode!: string;

  @Field(() => Int, { description: "Counts under this are not published." })
  minimumCount!: number;

  @Field(() => [MonthlyResults], { description: "Month by month, oldest first." })
  months!: MonthlyResults[];
}

@ObjectType("OutcomeFigures", {
  description:
    "An item's outcomes, computed from its stored cases (never typed in); a figure its department does not publish, or that rests on fewer cases than the minimum, is null.",
})
export class OutcomeFigures {
  @Field(() => String, { description: "The item's code." })
  itemCode!: string;

  @Field(() => Int, { description: "Figures resting on fewer cases are not published." })
  minimumCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Share of form fields filled from the bases.",
  })
  autoFillShare!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of materials satisfied by e-licence." })
  licenceMaterialShare!: number | null;

  @Field(() => Float, { nullable: true, description: "Scans uploaded per case." })
  uploadsPerCase!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median working days from acceptance to completion.",
  })
  medianWorkingDays!: number | null;

  @Field(() => Float, { nullable: true, description: "90th percentile of the same." })
  p90WorkingDays!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share of completed cases handled at a village site in a single visit.",
  })
  sameVillageShare!: number | null;

  @Field(() => Float, { nullable: true, description: "Average rating (好差评), 1 to 5." })
  averageRating!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of poor ratings answered." })
  followUpAnswerRate!: number | null;
}
