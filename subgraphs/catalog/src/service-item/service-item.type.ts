import { Connection } from "@gongxiang/kit";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import {
  AdminLevel,
  EligibilityOperator,
  FormFieldType,
  HandlingScope,
  ItemStatus,
  ItemType,
  StepAction,
} from "./service-item.enums.js";

const inLanguage = "in the language asked for (Chinese where the catalog has no English)";

@ObjectType("FormField", { description: "One field of an item's application form." })
export class FormField {
  @Field(() => String, { description: "Stable key of the field (camelCase), e.g. birthDate." })
  key!: string;

  @Field(() => String, { description: `Label shown at the counter, e.g. 出生日期; ${inLanguage}.` })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: "The label in English, if the catalog has it.",
  })
  labelEn!: string | null;

  @Field(() => FormFieldType, {
    description: "The kind of value; manual entries are checked by it.",
  })
  type!: string;

  @Field(() => Boolean, { description: "Whether the form needs a value here." })
  required!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Where the value comes from: population:Person.birthDate, licences:DISABILITY_CERT.data.grade, derived:age; null for manual entry.",
  })
  source!: string | null;

  @Field(() => Boolean, { description: "True when the field has no source and is typed in." })
  manual!: boolean;

  @Field(() => [String], {
    description: "Data-resource items a fill of this field reads (what grants are checked for).",
  })
  dataItems!: string[];

  @Field(() => [String], { nullable: true, description: "Allowed values of an ENUM field." })
  options!: string[] | null;
}

@ObjectType("Material", { description: "A document an application needs." })
export class Material {
  @Field(() => String, { description: `Name of the material, e.g. 居民身份证; ${inLanguage}.` })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "The name in English, if the catalog has it.",
  })
  nameEn!: string | null;

  @Field(() => Boolean, { description: "Whether the case cannot be decided without it." })
  required!: boolean;

  @Field(() => String, {
    description:
      "A licence type code whose e-licence satisfies it, or UPLOAD when a scan is needed.",
  })
  satisfiedBy!: string;

  @Field(() => String, { nullable: true, description: "The licence type, when one satisfies it." })
  licenceType!: string | null;

  @Field(() => Boolean, { description: "Whether the original must be seen at the counter." })
  originalRequired!: boolean;
}

@ObjectType("EligibilityRule", {
  description: "A declarative condition the cases base evaluates on pre-filled data.",
})
export class EligibilityRule {
  @Field(() => String, { description: "The fact tested: a source binding such as derived:age." })
  fact!: string;

  @Field(() => EligibilityOperator, { description: "How the fact is compared." })
  operator!: string;

  @Field(() => String, {
    description: "The value compared with (a list for IN; empty for holdings).",
  })
  value!: string;

  @Field(() => String, { description: "What the rule means; shown when it fails." })
  description!: string;

  @Field(() => Boolean, {
    description:
      "True when an official attests the rule where the handling department cannot read its fact.",
  })
  manualCheck!: boolean;
}

@ObjectType("PublicationNote", {
  description: "A problem or warning about a service item version, at a path of its definition.",
})
export class PublicationNote {
  @Field(() => String, { description: "Where in the definition, e.g. formFields.phone.source." })
  path!: string;

  @Field(() => String, { description: "What it means, naming the grant or rule involved." })
  message!: string;
}

@ObjectType("WorkflowStep", { description: "One step of handling, in order." })
export class WorkflowStep {
  @Field(() => Int, { description: "Position of the step, from 1." })
  order!: number;

  @Field(() => StepAction, { description: "What the step does." })
  action!: string;

  @Field(() => String, { description: `Name of the step, e.g. 受理; ${inLanguage}.` })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "The name in English, if the catalog has it.",
  })
  nameEn!: string | null;

  @Field(() => String, { description: "The role that performs it (agent, clerk, approver...)." })
  role!: string;

  @Field(() => [AdminLevel], { description: "Levels of the sites or offices that perform it." })
  levels!: string[];

  @Field(() => String, {
    nullable: true,
    description: "The department whose staff performs it; null for any agent at the site.",
  })
  department!: string | null;
}

@ObjectType("ServiceItem", {
  description:
    "One version of a government service item (政务服务事项) with its national key elements.",
})
@Directive('@key(fields: "code version")')
export class ServiceItem {
  @Field(() => String, {
    description: "Item code, stable across versions, e.g. elderly-allowance.",
  })
  code!: string;

  @Field(() => Int, { description: "Version number; a published version never changes." })
  version!: number;

  @Field(() => ItemStatus, { description: "State of this version." })
  status!: ItemStatus;

  @Field(() => Boolean, {
    description: "True for the version new cases start on (the newest that is not a draft).",
  })
  current!: boolean;

  @Field(() => Int, {
    description: "Edit counter of a draft; pass it back to detect lost updates.",
  })
  revision!: number;

  @Field(() => String, { description: `Name of the item, e.g. 高龄津贴申请; ${inLanguage}.` })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "The name in English, if the catalog has it.",
  })
  nameEn!: string | null;

  @Field(() => ItemType, {
    nullable: true,
    description:
      "Type after the national catalog (事项类型); null only on versions made before types were recorded.",
  })
  itemType!: string | null;

  @Field(() => String, {
    description: "Code of the competent department (主管部门) that handles it.",
  })
  department!: string;

  @Field(() => String, {
    nullable: true,
    description: "The implementing body (实施主体) when not the department itself.",
  })
  implementingBody!: string | null;

  @Field(() => AdminLevel, { description: "Administrative level that exercises the item." })
  level!: string;

  @Field(() => HandlingScope, { description: "Where it may be handled (通办范围)." })
  scope!: string;

  @Field(() => String, {
    nullable: true,
    description: "Division code prefix where the item is offered; null: everywhere.",
  })
  regionCode!: string | null;

  @Field(() => String, { description: `Legal basis (设定依据), ${inLanguage}.` })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: "The legal basis in English, if any." })
  legalBasisEn!: string | null;

  @Field(() => String, { description: `Acceptance conditions (受理条件) in words, ${inLanguage}.` })
  acceptanceConditions!: string;

  @Field(() => String, { nullable: true, description: "The conditions in English, if any." })
  acceptanceConditionsEn!: string | null;

  @Field(() => Int, {
    description: "Promised time limit in working days (承诺时限); 0: on the spot.",
  })
  promisedWorkingDays!: number;

  @Field(() => Int, { description: "Statutory time limit in working days (法定时限)." })
  statutoryWorkingDays!: number;

  @Field(() => Int, { description: "Most visits an applicant makes (最多跑几次)." })
  maxTrips!: number;

  @Field(() => Int, { description: "Fee in fen (分); 0 when free." })
  feeFen!: number;

  @Field(() => String, {
    nullable: true,
    description: "Licence type issued on completion (e.g. SENIOR_CARD), if any.",
  })
  resultLicenceType!: string | null;

  @Field(() => [FormField], { description: "The application form, in order." })
  formFields!: FormField[];

  @Field(() => [Material], { description: "Materials the application needs." })
  materials!: Material[];

  @Field(() => [EligibilityRule], { description: "Conditions the applicant must meet." })
  eligibility!: EligibilityRule[];

  @Field(() => [WorkflowStep], { description: "Handling steps, in order." })
  steps!: WorkflowStep[];

  @Field(() => String, { description: "When this version was created (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, {
    nullable: true,
    description: "Who created this version (for departments' staff).",
  })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: "When it was published." })
  publishedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who published it (for departments' staff).",
  })
  publishedBy!: string | null;

  @Field(() => [PublicationNote], {
    description:
      "What publication warned about, as the grants stood then: fields typed in by hand, scans for licences the department cannot read, rules that are manual checks.",
  })
  publicationWarnings!: PublicationNote[];

  @Field(() => String, { nullable: true, description: "When it was withdrawn." })
  withdrawnAt!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was withdrawn." })
  withdrawalReason!: string | null;
}

@ObjectType("ServiceItemConnection", { description: "A page of service items." })
export class ServiceItemConnection extends Connection("ServiceItem", ServiceItem) {}
