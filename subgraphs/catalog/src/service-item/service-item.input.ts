import { Field, InputType, Int } from "type-graphql";
import {
  AdminLevel,
  EligibilityOperator,
  FormFieldType,
  HandlingScope,
  ItemType,
  StepAction,
} from "./service-item.enums.js";

// Shapes only: every rule (lengths, keys, steps, bindings) is checked by the item definition.

@InputType("FormFieldInput", { description: "One field of the application form." })
export class FormFieldInput {
  @Field(() => String, { description: "camelCase key, unique in the form." })
  key!: string;

  @Field(() => String, { description: "Label shown at the counter." })
  label!: string;

  @Field(() => String, { nullable: true, description: "The label in English; omit if none." })
  labelEn?: string | null;

  @Field(() => FormFieldType, { description: "Kind of value." })
  type!: string;

  @Field(() => Boolean, { description: "Whether a value is needed." })
  required!: boolean;

  @Field(() => String, { nullable: true, description: "Source binding; omit for manual entry." })
  source?: string | null;

  @Field(() => [String], { nullable: true, description: "Allowed values of an ENUM field." })
  options?: string[] | null;
}

@InputType("MaterialInput", { description: "A material the application needs." })
export class MaterialInput {
  @Field(() => String, { description: "Name of the material." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The name in English; omit if none." })
  nameEn?: string | null;

  @Field(() => Boolean, { description: "Whether it is required." })
  required!: boolean;

  @Field(() => String, { description: "A licence type code, or UPLOAD." })
  satisfiedBy!: string;

  @Field(() => Boolean, { description: "Whether the original must be seen." })
  originalRequired!: boolean;
}

@InputType("EligibilityRuleInput", { description: "A condition on the applicant." })
export class EligibilityRuleInput {
  @Field(() => String, { description: "The fact: a source binding (derived:age, ...)." })
  fact!: string;

  @Field(() => EligibilityOperator, { description: "Comparison." })
  operator!: string;

  @Field(() => String, { description: "Value compared with; empty for HOLDS_VALID_LICENCE." })
  value!: string;

  @Field(() => String, { description: "What the rule means, shown when it fails." })
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Where the handling department has no grant for the fact, an official attests the rule (a sealed step before approval) instead of publication being refused. Default false.",
  })
  manualCheck?: boolean | null;
}

@InputType("WorkflowStepInput", { description: "One handling step." })
export class WorkflowStepInput {
  @Field(() => StepAction, { description: "What the step does." })
  action!: string;

  @Field(() => String, { description: "Name of the step." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The name in English; omit if none." })
  nameEn?: string | null;

  @Field(() => String, { description: "The role that performs it." })
  role!: string;

  @Field(() => [AdminLevel], { description: "Levels that perform it." })
  levels!: string[];

  @Field(() => String, { nullable: true, description: "Department; omit for any agent." })
  department?: string | null;
}

@InputType("ServiceItemInput", { description: "Everything about one version of a service item." })
export class ServiceItemInput {
  @Field(() => String, { description: "Item code (lower-case words joined by -)." })
  code!: string;

  @Field(() => String, { description: "Name of the item." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The name in English; omit if none." })
  nameEn?: string | null;

  @Field(() => ItemType, { description: "Type after the national catalog (事项类型)." })
  itemType!: string;

  @Field(() => String, { description: "Handling (competent) department code." })
  department!: string;

  @Field(() => String, {
    nullable: true,
    description: "Implementing body (实施主体) when not the department itself; omit otherwise.",
  })
  implementingBody?: string | null;

  @Field(() => AdminLevel, { description: "Level that exercises the item." })
  level!: string;

  @Field(() => HandlingScope, { description: "Where it may be handled." })
  scope!: string;

  @Field(() => String, { nullable: true, description: "Division code prefix; omit: everywhere." })
  regionCode?: string | null;

  @Field(() => String, { description: "Legal basis." })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: "The legal basis in English; omit if none." })
  legalBasisEn?: string | null;

  @Field(() => String, { description: "Acceptance conditions in words." })
  acceptanceConditions!: string;

  @Field(() => String, { nullable: true, description: "The conditions in English; omit if none." })
  acceptanceConditionsEn?: string | null;

  @Field(() => Int, { description: "Promised working days." })
  promisedWorkingDays!: number;

  @Field(() => Int, { description: "Statutory working days." })
  statutoryWorkingDays!: number;

  @Field(() => Int, { description: "Most visits." })
  maxTrips!: number;

  @Field(() => Int, { description: "Fee in fen." })
  feeFen!: number;

  @Field(() => String, { nullable: true, description: "Licence type issued on completion." })
  resultLicenceType?: string | null;

  @Field(() => [FormFieldInput], { description: "The form, in order." })
  formFields!: FormFieldInput[];

  @Field(() => [MaterialInput], { description: "Materials." })
  materials!: MaterialInput[];

  @Field(() => [EligibilityRuleInput], { description: "Conditions on the applicant." })
  eligibility!: EligibilityRuleInput[];

  @Field(() => [WorkflowStepInput], { description: "Handling steps, in order." })
  steps!: WorkflowStepInput[];
}
