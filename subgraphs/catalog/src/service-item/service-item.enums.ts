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

/** Item types of the national catalog of government services (政务服务事项基本目录). */
export const itemTypes = [
  "ADMINISTRATIVE_LICENSING",
  "ADMINISTRATIVE_PAYMENT",
  "ADMINISTRATIVE_CONFIRMATION",
  "ADMINISTRATIVE_LEVY",
  "ADMINISTRATIVE_REWARD",
  "ADMINISTRATIVE_RULING",
  "OTHER_ADMINISTRATIVE_POWER",
  "PUBLIC_SERVICE",
] as const;
export const ItemType = listEnum(
  itemTypes,
  "ItemType",
  "Type of a service item after the national catalog: 行政许可, 行政给付, 行政确认, 行政征收, 行政奖励, 行政裁决, 其他行政权力, 公共服务.",
);

export const languages = ["ZH", "EN"] as const;
export type Language = (typeof languages)[number];
export const LanguageEnum = listEnum(
  languages,
  "Language",
  "Language of a catalog answer: ZH (the default), or EN where the catalog has English (Chinese otherwise).",
);

/** The `language` argument of the catalog's public queries. */
export const languageArg = {
  defaultValue: "ZH",
  description: "ZH by default; EN answers in English where the catalog has it.",
} as const;

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
