import { departments, z } from "@gongxiang/kit";

/** The parts of a service item version the cases base works from, as the catalog serves them. */
export const itemSchema = z.object({
  code: z.string(),
  version: z.number().int(),
  status: z.enum(["DRAFT", "PUBLISHED", "WITHDRAWN"]),
  name: z.string(),
  department: z.enum(departments),
  scope: z.enum(["SITE", "TOWN", "COUNTY", "CITY"]),
  regionCode: z.string().nullable(),
  promisedWorkingDays: z.number().int(),
  resultLicenceType: z.string().nullable(),
  formFields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.string(),
      required: z.boolean(),
      source: z.string().nullable(),
      options: z.array(z.string()).nullable(),
    }),
  ),
  materials: z.array(
    z.object({
      name: z.string(),
      required: z.boolean(),
      satisfiedBy: z.string(),
      originalRequired: z.boolean(),
    }),
  ),
  eligibility: z.array(
    z.object({
      fact: z.string(),
      operator: z.enum(["GTE", "LTE", "EQ", "NEQ", "IN", "HOLDS_VALID_LICENCE"]),
      value: z.string(),
      description: z.string(),
      manualCheck: z.boolean(),
    }),
  ),
  steps: z.array(
    z.object({
      action: z.enum(["ACCEPT", "REVIEW", "APPROVE"]),
      name: z.string(),
      role: z.string(),
      levels: z.array(z.string()),
      department: z.string().nullable(),
    }),
  ),
});
export type ServiceItem = z.infer<typeof itemSchema>;

export const ITEM_QUERY = `query CaseItem($code: String!, $version: Int) {
  serviceItem(code: $code, version: $version) {
    code version status name department scope regionCode promisedWorkingDays resultLicenceType
    formFields { key label type required source options }
    materials { name required satisfiedBy originalRequired }
    eligibility { fact operator value description manualCheck }
    steps { action name role levels department }
  }
}`;
