import { adminLevels, eligibilityOperators, handlingScopes, listEnum } from "@gongxiang/kit";
import { registerEnumType } from "type-graphql";

export enum ItemStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ItemStatus, {
  name: "ItemStatus",
  description:
    "A version's state: a DRAFT is edited, a PUBLISHED version never changes, WITHDRAWN takes no new cases.",
});

export const AdminLevel = listEnum(
  adminLevels,
  "AdminLevel",
  "Administrative level: village/community, town/street, county, city.",
);

export const HandlingScope = listEnum(
  handlingScopes,
  "HandlingScope",
  "Where a case may be handled relative to the applicant's registration: the own SITE only, anywhere in the TOWN, COUNTY or CITY (通办范围).",
);

export const EligibilityOperator = listEnum(
  eligibilityOperators,
  "EligibilityOperator",
  "How an eligibility rule compares its fact with its value.",
);

export const formFieldTypes = [
  "TEXT",
  "INTEGER",
  "MONEY",
  "DATE",
  "ENUM",
  "PHONE",
  "CITIZEN_ID",
  "BANK_ACCOUNT",
  "LIST",
] as const;
export const FormFieldType = listEnum(
  formFieldTypes,
  "FormFieldType",
  "The kind of value a form field holds; manual entries are validated by it.",
);

export const stepActions = ["ACCEPT", "REVIEW", "APPROVE"] as const;
export const StepAction = listEnum(
  stepActions,
  "StepAction",
  "What a workflow step does: accept at a site, review, approve (or reject).",
);
