import type { Department } from "@gongxiang/kit";
import { usccCheckChar } from "../identifier/licence-identifier.js";

export type DataFieldType = "STRING" | "DATE" | "INTEGER" | "CITIZEN_ID" | "CITIZEN_ID_LIST";

export interface LicenceDataField {
  key: string;
  label: string;
  type: DataFieldType;
  required: boolean;
  /**
   * The population data item the field copies (an ID card's name is Person.name): released only
   * to those who may read that item, wherever it is stored. Absent: the licence's own content.
   */
  carries?: string;
  /**
   * A list whose each entry copies a data item of the person it names (a register's members:
   * Person.citizenId): sealed and released entry by entry, each decided for its own person.
   */
  entries?: string;
}

export interface LicenceTypeDefinition {
  code: string;
  name: string;
  /** The numeric type code inside identifiers. */
  typeCode: string;
  issuerDept: Department;
  /** The authority that defines the licence type (directory code). */
  authorityCode: string;
  fields: LicenceDataField[];
  /** The population data item the licence number copies, if any (an ID card's number). */
  numberCarries?: string;
  /** The holder's least age on the day of issue, if the type has one (a senior card: 60). */
  holderMinimumAge?: number;
  /** Default validity in years; null means long-term (长期). */
  validityYears: number | null;
}

const f = (
  key: string,
  label: string,
  type: DataFieldType,
  required = true,
  carries?: string,
): LicenceDataField => ({ key, label, type, required, ...(carries ? { carries } : {}) });

/** The licence types the base issues; the catalog refers to them by code. */
export const LICENCE_TYPES: readonly LicenceTypeDefinition[] = [
  {
    code: "ID_CARD",
    name: "居民身份证",
    typeCode: "111",
    issuerDept: "public-security",
    authorityCode: "MPS",
    fields: [
      f("name", "姓名", "STRING", true, "Person.name"),
      f("gender", "性别", "STRING", true, "Person.gender"),
      f("ethnicity", "民族", "STRING", true, "Person.ethnicity"),
      f("birthDate", "出生", "DATE", true, "Person.birthDate"),
      f("address", "住址", "STRING", true, "Person.address"),
      f("validUntil", "有效期限", "STRING", false),
    ],
    numberCarries: "Person.citizenId",
    validityYears: 20,
  },
  {
    code: "HOUSEHOLD_REGISTER",
    name: "居民户口簿",
    typeCode: "112",
    issuerDept: "public-security",
    authorityCode: "MPS",
    fields: [
      f("householdNumber", "户号", "STRING", true, "Person.household"),
      f("relationToHead", "与户主关系", "STRING", true, "Person.relationToHead"),
      f("address", "住址", "STRING", true, "Person.address"),
      // The register lists the household's members: a member's case may rely on the head's register.
      {
        key: "members",
        label: "户内成员",
        type: "CITIZEN_ID_LIST",
        required: false,
        entries: "Person.citizenId",
      },
    ],
    numberCarries: "Person.household",
    validityYears: null,
  },
  {
    code: "MARRIAGE_CERT",
    name: "结婚证",
    typeCode: "211",
    issuerDept: "civil-affairs",
    authorityCode: "MCA",
    fields: [
      f("spouseCitizenId", "配偶身份证件号", "CITIZEN_ID"),
      f("registeredOn", "登记日期", "DATE"),
    ],
    validityYears: null,
  },
  {
    code: "SENIOR_CARD",
    name: "老年人优待证",
    typeCode: "212",
    issuerDept: "civil-affairs",
    authorityCode: "MCA",
    // The decision it results from; valid for five years, then renewed.
    fields: [
      f("caseNumber", "办件编号", "STRING", false),
      f("approvedOn", "批准日期", "DATE", false),
      f("approvedBy", "批准机关", "STRING", false),
    ],
    holderMinimumAge: 60,
    validityYears: 5,
  },
  {
    code: "DISABILITY_CERT",
    name: "残疾人证",
    typeCode: "311",
    issuerDept: "disabled-persons-federation",
    authorityCode: "CDPF",
    fields: [f("category", "残疾类别", "STRING"), f("grade", "残疾等级", "INTEGER")],
    validityYears: 10,
  },
  {
    code: "SOCIAL_SECURITY_CARD",
    name: "社会保障卡",
    typeCode: "411",
    issuerDept: "hrss",
    authorityCode: "MOHRSS",
    fields: [f("cardNumber", "卡号", "STRING", false)],
    validityYears: 10,
  },
];

const byCode = new Map(LICENCE_TYPES.map((type) => [type.code, type]));

export function licenceType(code: string): LicenceTypeDefinition | undefined {
  return byCode.get(code);
}

/** Unified social credit codes of the issuing departments (county-level, demo region). */
const ISSUER_BASE: Record<Department, string> = {
  "public-security": "11130926MB0000011",
  "civil-affairs": "11130926MB0000022",
  hrss: "11130926MB0000033",
  "medical-insurance": "11130926MB0000044",
  "disabled-persons-federation": "51130926MJ0000055",
  "data-bureau": "11130926MB0000066",
};

export function issuerCode(dept: Department): string {
  const base = ISSUER_BASE[dept];
  return base + usccCheckChar(base);
}

const byTypeCode = new Map(LICENCE_TYPES.map((type) => [type.typeCode, type]));

/** The type an identifier names by its numeric type code. */
export function licenceTypeOfCode(typeCode: string): LicenceTypeDefinition | undefined {
  return byTypeCode.get(typeCode);
}
