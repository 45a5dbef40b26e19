import { Connection } from "@gongxiang/kit";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CaseStatus, EligibilityOutcome, MaterialStatus, Supervision } from "./case.enums.js";

@ObjectType("Person", { description: "A resident (resolved by the population base)." })
@Directive('@key(fields: "citizenId", resolvable: false)')
export class PersonRef {
  @Field(() => String, { description: "Citizen ID number." })
  citizenId!: string;
}

@ObjectType("ServiceItem", { description: "A service item version (resolved by the catalog)." })
@Directive('@key(fields: "code version", resolvable: false)')
export class ServiceItemRef {
  @Field(() => String, { description: "Item code." })
  code!: string;

  @Field(() => Int, { description: "The version the case started on." })
  version!: number;
}

@ObjectType("FieldSource", { description: "Where a pre-filled value came from." })
export class FieldSource {
  @Field(() => String, { description: "population, licences or derived." })
  base!: string;

  @Field(() => String, {
    nullable: true,
    description: "The base record's id (registration record).",
  })
  recordId!: string | null;

  @Field(() => String, { nullable: true, description: "The licence the value was read from." })
  licenceIdentifier!: string | null;

  @Field(() => String, { description: "When it was read (ISO 8601)." })
  fetchedAt!: string;

  @Field(() => Boolean, {
    description: "True for a record read from its owning base, or a licence whose seal verified.",
  })
  verified!: boolean;
}

@ObjectType("CaseFormField", {
  description: "One field of a case's form with its value and origin.",
})
export class CaseFormField {
  @Field(() => String, { description: "The item's field key." })
  key!: string;

  @Field(() => String, { description: "Label." })
  label!: string;

  @Field(() => String, { description: "The kind of value (FormFieldType)." })
  type!: string;

  @Field(() => Boolean, { description: "Whether a value is needed before a decision." })
  required!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The value as text (a list as a JSON array).",
  })
  value!: string | null;

  @Field(() => Boolean, { description: "True when the value is (to be) typed in at the station." })
  manual!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why a bound field needs manual entry (no grant, no record...).",
  })
  reason!: string | null;

  @Field(() => FieldSource, { nullable: true, description: "Origin of a pre-filled value." })
  source!: FieldSource | null;
}

@ObjectType("CaseMaterial", { description: "A material of the case and how it is satisfied." })
export class CaseMaterial {
  @Field(() => String, { description: "Name of the material." })
  name!: string;

  @Field(() => Boolean, { description: "Whether a decision needs it." })
  required!: boolean;

  @Field(() => String, { description: "The licence type that satisfies it, or UPLOAD." })
  satisfiedBy!: string;

  @Field(() => MaterialStatus, { description: "How it stands." })
  status!: string;

  @Field(() => String, { nullable: true, description: "The licence referenced instead of a copy." })
  licenceIdentifier!: string | null;

  @Field(() => Boolean, { description: "True when the referenced licence's seal verified." })
  sealVerified!: boolean;

  @Field(() => String, { nullable: true, description: "SHA-256 of the uploaded scan." })
  uploadSha256!: string | null;

  @Field(() => String, { nullable: true, description: "Why it is still outstanding." })
  reason!: string | null;
}

@ObjectType("CaseEligibilityCheck", {
  description:
    "One eligibility rule of the item and how it stands on this case: decided on the bases' data, or undecided until an official attests it (before approval).",
})
export class CaseEligibilityCheck {
  @Field(() => String, { description: "The fact tested (a source binding)." })
  fact!: string;

  @Field(() => String, { description: "How it is compared (EligibilityOperator)." })
  operator!: string;

  @Field(() => String, { description: "The value it is compared with." })
  value!: string;

  @Field(() => String, { description: "What the rule means." })
  description!: string;

  @Field(() => Boolean, { description: "True when the item makes the rule a manual check." })
  manualCheck!: boolean;

  @Field(() => EligibilityOutcome, {
    nullable: true,
    description: "How it stands: for the applicant and the case's keepers.",
  })
  outcome!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the bases' data could not decide it (the fact's refusal or absence).",
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The official who attested it: for the applicant and the case's keepers.",
  })
  attestedBy!: string | null;

  @Field(() => String, { nullable: true, description: "When it was attested (ISO 8601)." })
  attestedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The attesting official's note: for the applicant and the case's keepers.",
  })
  attestation!: string | null;
}

@ObjectType("CaseContact", {
  description: "A contact the applicant stated at the counter, kept apart from the bases' data.",
})
export class CaseContact {
  @Field(() => String, {
    nullable: true,
    description: "The mobile number: for the applicant and the case's keepers.",
  })
  phone!: string | null;

  @Field(() => String, { description: "Always STATED_BY_APPLICANT: not from a base." })
  provenance!: string;

  @Field(() => String, { description: "When it was stated (ISO 8601)." })
  statedAt!: string;
}

@ObjectType("CaseEvent", { description: "One sealed step of a case's history." })
export class CaseEvent {
  @Field(() => ID, { description: "Position in the history." })
  id!: string;

  @Field(() => String, { description: "When (ISO 8601)." })
  at!: string;

  @Field(() => String, { description: "STARTED, ACCEPT, REVIEW, APPROVE, REJECT, COMPLETE..." })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The acting official (or the applicant): for the applicant and the case's keepers.",
  })
  actorSub!: string | null;

  @Field(() => String, { nullable: true, description: "Their department." })
  actorDept!: string | null;

  @Field(() => String, { description: "The role they acted in." })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "Their site." })
  actorSite!: string | null;

  @Field(() => CaseStatus, { description: "Status before." })
  fromStatus!: string;

  @Field(() => CaseStatus, { description: "Status after." })
  toStatus!: string;

  @Field(() => String, {
    nullable: true,
    description: "Opinion or note: for the applicant and the case's keepers.",
  })
  opinion!: string | null;

  @Field(() => String, { description: "SHA-256 of the case content the step was taken on." })
  contentHash!: string;

  @Field(() => String, { description: "The official's seal (compact JWS) over this step." })
  seal!: string;
}

@ObjectType("CaseRating", { description: "The applicant's rating (好差评) and any follow-up." })
export class CaseRating {
  @Field(() => Int, { description: "1 (very poor) to 5 (very good)." })
  score!: number;

  @Field(() => String, { nullable: true, description: "Comment." })
  comment!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who rated: the applicant or the agent for them.",
  })
  ratedBy!: string | null;

  @Field(() => String, { nullable: true, description: "A poor rating's follow-up is due by then." })
  followUpDue!: string | null;

  @Field(() => String, { nullable: true, description: "The department's answer." })
  followUpAnswer!: string | null;
}

@ObjectType("Case", {
  description: "An application for a service item, from the station to delivery.",
})
@Directive('@key(fields: "id")')
export class Case {
  @Field(() => ID, { description: "Identifier (used in the purpose case:<id>)." })
  id!: string;

  @Field(() => String, { description: "Readable number: <site>-<yyyymmdd>-<sequence>." })
  number!: string;

  @Field(() => CaseStatus, { description: "Where it stands." })
  status!: string;

  @Field(() => String, { description: "The service item's code." })
  itemCode!: string;

  @Field(() => Int, { description: "The item version the case started on (it keeps it)." })
  itemVersion!: number;

  @Field(() => String, { description: "The item's name." })
  itemName!: string;

  @Field(() => ServiceItemRef, { description: "The item version, from the catalog." })
  serviceItem!: ServiceItemRef;

  @Field(() => String, { description: "The handling department." })
  department!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Citizen ID number of the applicant: for the applicant and the handling department's staff whose site covers the case.",
  })
  applicantCitizenId!: string | null;

  @Field(() => PersonRef, {
    nullable: true,
    description: "The applicant, from the population base (as applicantCitizenId).",
  })
  applicant!: PersonRef | null;

  @Field(() => String, { description: "The accepting service site." })
  site!: string;

  @Field(() => String, { description: "The agent who started it." })
  agentSub!: string;

  @Field(() => [CaseFormField], {
    description:
      "The form, pre-filled where the bases allow; values and their sources only for the applicant and the case's keepers, and every read is logged.",
  })
  formFields!: CaseFormField[];

  @Field(() => [CaseMaterial], { description: "Materials and how each is satisfied." })
  materials!: CaseMaterial[];

  @Field(() => [CaseEvent], {
    description: "Sealed history, oldest first (a case has a few steps).",
  })
  /** Read from the database only when a query selects it (see onDemand). */
  history!: PromiseLike<CaseEvent[]>;

  @Field(() => String, {
    nullable: true,
    description: "Why it was not accepted (REFUSED), naming the rule and never a value.",
  })
  refusalReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The rule that refused it, as a counter shows it (e.g. derived:age >= 80).",
  })
  refusalRule!: string | null;

  @Field(() => [CaseEligibilityCheck], {
    description:
      "Each eligibility rule of the item and how it stands; an UNDECIDED rule is attested by an official before approval.",
  })
  eligibility!: CaseEligibilityCheck[];

  @Field(() => CaseContact, {
    nullable: true,
    description: "The contact phone the applicant stated at the counter, if any.",
  })
  contact!: CaseContact | null;

  @Field(() => [String], { nullable: true, description: "What a supplement request asks for." })
  supplementItems!: string[] | null;

  @Field(() => String, { nullable: true, description: "Date of acceptance." })
  acceptedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Due date (working days from acceptance)." })
  deadline!: string | null;

  @Field(() => Supervision, { description: "Deadline supervision colour." })
  supervision!: string;

  @Field(() => String, { nullable: true, description: "Licence issued on completion." })
  resultLicenceIdentifier!: string | null;

  @Field(() => Int, { description: "Visits the applicant made." })
  visits!: number;

  @Field(() => CaseRating, { nullable: true, description: "The applicant's rating." })
  rating!: CaseRating | null;

  @Field(() => Int, {
    description: "Version for optimistic locking: pass it back with every change.",
  })
  version!: number;

  @Field(() => String, { description: "When it was started." })
  createdAt!: string;
}

@ObjectType("CaseConnection", { description: "A page of cases." })
export class CaseConnection extends Connection("Case", Case) {}

@ObjectType("SealVerification", { description: "The result of checking every seal of a case." })
export class SealVerification {
  @Field(() => Boolean, {
    description:
      "True when every step's seal verifies, the steps form an unbroken chain and the stored case is what the last step covered.",
  })
  ok!: boolean;

  @Field(() => Int, { description: "How many steps were checked." })
  checked!: number;

  @Field(() => ID, { nullable: true, description: "The first step that fails." })
  firstFailedEventId!: string | null;

  @Field(() => String, { nullable: true, description: "What failed." })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The part of the stored case that differs from what the last sealed step covered (e.g. formFields.bankAccount, status).",
  })
  field!: string | null;
}
