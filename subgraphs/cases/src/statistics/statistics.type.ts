import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("CaseFigures", { description: "Figures over a set of stored cases." })
export class CaseFigures {
  @Field(() => Int, { description: "Cases started (refusals included)." })
  cases!: number;

  @Field(() => Int, { description: "Cases completed or delivered." })
  completed!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Share of completed cases finished by their deadline.",
  })
  onTimeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Average working days from acceptance to completion.",
  })
  averageHandlingWorkingDays!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share of form fields filled from the bases.",
  })
  autoFillShare!: number | null;

  @Field(() => Int, { description: "Materials satisfied by a verified e-licence." })
  materialsByLicence!: number;

  @Field(() => Int, { description: "Materials satisfied by an uploaded scan." })
  materialsByUpload!: number;

  @Field(() => Float, { nullable: true, description: "Average visits (trips) per case." })
  tripsPerCase!: number | null;

  @Field(() => Float, { nullable: true, description: "Average rating (1-5) of rated cases." })
  satisfaction!: number | null;

  @Field(() => Int, { description: "Cases currently YELLOW." })
  yellow!: number;

  @Field(() => Int, { description: "Cases currently RED." })
  red!: number;
}

@ObjectType("DepartmentCaseFigures", { description: "The figures of one handling department." })
export class DepartmentCaseFigures extends CaseFigures {
  @Field(() => String, { description: "The handling department." })
  department!: string;
}

@ObjectType("CaseStatistics", {
  description: "Figures over the stored cases of a department, region and period.",
})
export class CaseStatistics extends CaseFigures {
  @Field(() => [DepartmentCaseFigures], {
    description:
      "The same figures per handling department (one for a department's staff; every department for the data bureau's auditors).",
  })
  byDepartment!: DepartmentCaseFigures[];
}
