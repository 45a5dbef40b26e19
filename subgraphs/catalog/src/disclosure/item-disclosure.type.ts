import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";

/** The outcome figures the hub measures from stored cases (issue 15). */
export const outcomeFigures = [
  "AUTO_FILL_SHARE",
  "LICENCE_MATERIAL_SHARE",
  "UPLOADS_PER_CASE",
  "HANDLING_WORKING_DAYS",
  "SAME_VILLAGE_SHARE",
  "AVERAGE_RATING",
  "FOLLOW_UP_ANSWER_RATE",
] as const;
export type OutcomeFigure = (typeof outcomeFigures)[number];
export const OutcomeFigureEnum = Object.fromEntries(outcomeFigures.map((f) => [f, f])) as {
  [F in OutcomeFigure]: F;
};
registerEnumType(OutcomeFigureEnum, {
  name: "OutcomeFigure",
  description: "An outcome figure computed from stored cases, never typed in.",
  valuesConfig: {
    AUTO_FILL_SHARE: { description: "Share of form fields filled from the bases." },
    LICENCE_MATERIAL_SHARE: { description: "Share of materials satisfied by e-licence." },
    UPLOADS_PER_CASE: { description: "Scans uploaded per case." },
    HANDLING_WORKING_DAYS: {
      description: "Median and p90 working days, acceptance to completion.",
    },
    SAME_VILLAGE_SHARE: { description: "Share of cases handled at a village site in one visit." },
    AVERAGE_RATING: { description: "Average rating (好差评), 1 to 5." },
    FOLLOW_UP_ANSWER_RATE: { description: "Share of poor ratings the department answered." },
  },
});

@ObjectType("ItemDisclosure", {
  description: "What the data officers publish of an item's handling (阳光红页).",
})
export class ItemDisclosure {
  @Field(() => Boolean, {
    description: "Whether results are published (received, approved, refused by rule, on time).",
  })
  results!: boolean;

  @Field(() => [OutcomeFigureEnum], { description: "The outcome figures published." })
  outcomes!: OutcomeFigure[];
}

@InputType("ItemDisclosureInput", { description: "What to publish of an item's handling." })
export class ItemDisclosureInput {
  @Field(() => Boolean, { description: "Publish results." })
  results!: boolean;

  @Field(() => [OutcomeFigureEnum], { description: "The outcome figures to publish." })
  outcomes!: OutcomeFigure[];
}
