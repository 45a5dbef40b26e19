import {
  adminLevels,
  departments,
  eligibilityOperators,
  handlingScopes,
  roles,
  z,
} from "@gongxiang/kit";
import { formFieldTypes, itemTypes, stepActions } from "./service-item.enums.js";

/** A source binding's shape; whether it names something real is checked on publishing. */
export const bindingSyntax = z
  .string()
  .max(120)
  .regex(
    /^(population|licences|derived):[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/,
    "must be <base>:<path>, e.g. population:Person.birthDate, licences:DISABILITY_CERT.data.grade, derived:age",
  );

const text = (max: number) => z.string().trim().min(1).max(max);
/** English beside a Chinese text: optional, shown where a caller asks for English. */
const english = (max: number) => text(max).nullable().default(null);

export const formFieldDefinition = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, "must be a camelCase key"),
  label: text(40),
  labelEn: english(80),
  type: z.enum(formFieldTypes),
  required: z.boolean(),
  /** Where the value comes from; null for a manual field. */
  source: bindingSyntax.nullable().default(null),
  /** Allowed values of an ENUM field. */
  options: z.array(text(40)).max(50).nullable().default(null),
});

export const materialDefinition = z.object({
  name: text(60),
  nameEn: english(120),
  required: z.boolean(),
  /** A licence type code, or UPLOAD when only a scan will do. */
  satisfiedBy: z
    .string()
    .regex(/^(UPLOAD|[A-Z][A-Z_]{1,39})$/, "must be a licence type code or UPLOAD"),
  /** Whether the original must be seen at the counter. */
  originalRequired: z.boolean(),
});

export const eligibilityDefinition = z.object({
  fact: bindingSyntax,
  operator: z.enum(eligibilityOperators),
  value: z.string().max(200),
  description: text(120),
  /** When the handling department cannot read the fact, an official attests the rule instead. */
  manualCheck: z.boolean().default(false),
});

export const stepDefinition = z.object({
  action: z.enum(stepActions),
  name: text(40),
  nameEn: english(80),
  role: z.enum(roles),
  /** Levels of the sites or offices that may perform the step. */
  levels: z.array(z.enum(adminLevels)).min(1).max(4),
  /** The department whose staff acts; null: any department's staff at the site (an agent). */
  department: z.enum(departments).nullable().default(null),
});

/** Everything a data officer writes about one version of a service item. */
export const serviceItemDefinition = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, "must be lower-case words joined by -"),
    name: text(100),
    nameEn: english(200),
    itemType: z.enum(itemTypes),
    department: z.enum(departments),
    /** The body that handles it (实施主体) when not the department itself, e.g. a town office. */
    implementingBody: text(100).nullable().default(null),
    level: z.enum(adminLevels),
    scope: z.enum(handlingScopes),
    /** A division code prefix where the item is offered; null: wherever the hub runs. */
    regionCode: z
      .string()
      .regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, "must be a division code prefix")
      .nullable()
      .default(null),
    legalBasis: text(1000),
    legalBasisEn: english(2000),
    acceptanceConditions: text(1000),
    acceptanceConditionsEn: english(2000),
    promisedWorkingDays: z.number().int().min(0).max(365),
    statutoryWorkingDays: z.number().int().min(0).max(365),
    maxTrips: z.number().int().min(0).max(10),
    feeFen: z.number().int().min(0).max(100_000_000),
    resultLicenceType: z
      .string()
      .regex(/^[A-Z][A-Z_]{1,39}$/)
      .nullable()
      .default(null),
    formFields: z.array(formFieldDefinition).min(1).max(100),
    materials: z.array(materialDefinition).max(50),
    eligibility: z.array(eligibilityDefinition).max(20),
    steps: z.array(stepDefinition).min(1).max(10),
  })
  .superRefine((item, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    if (item.promisedWorkingDays > item.statutoryWorkingDays) {
      issue(["promisedWorkingDays"], "cannot exceed statutoryWorkingDays");
    }
    const keys = new Set<string>();
    item.formFields.forEach((field, i) => {
      if (keys.has(field.key)) issue(["formFields", i, "key"], `duplicate key ${field.key}`);
      keys.add(field.key);
      if ((field.type === "ENUM") !== (field.options !== null && field.options.length > 0)) {
        issue(["formFields", i, "options"], "ENUM fields, and only they, list their options");
      }
    });
    if (item.steps[0]?.action !== "ACCEPT")
      issue(["steps", 0, "action"], "the first step is ACCEPT");
    item.steps.forEach((step, i) => {
      if (i > 0 && step.action === "ACCEPT")
        issue(["steps", i, "action"], "only the first step accepts");
      if (step.action !== "ACCEPT" && step.department !== item.department) {
        issue(["steps", i, "department"], "reviews and approvals belong to the item's department");
      }
    });
    if (item.steps.at(-1)?.action !== "APPROVE") {
      issue(["steps"], "the last step is APPROVE (completion and delivery follow it)");
    }
    item.eligibility.forEach((rule, i) => {
      const numeric = rule.operator === "GTE" || rule.operator === "LTE";
      if (numeric && !/^-?\d+(\.\d+)?$/.test(rule.value)) {
        issue(["eligibility", i, "value"], `${rule.operator} needs a number`);
      }
      if (rule.operator === "HOLDS_VALID_LICENCE" && !/^licences:[A-Z_]+$/.test(rule.fact)) {
        issue(["eligibility", i, "fact"], "HOLDS_VALID_LICENCE needs licences:<TYPE>");
      }
    });
  });
export type ServiceItemDefinition = z.infer<typeof serviceItemDefinition>;
export type FormFieldDefinition = z.infer<typeof formFieldDefinition>;
export type MaterialDefinition = z.infer<typeof materialDefinition>;
export type StepDefinition = z.infer<typeof stepDefinition>;
