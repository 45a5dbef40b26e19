import { z } from "zod";

export const roles = [
  "agent",
  "clerk",
  "approver",
  "issuer",
  "data-officer",
  "auditor",
  "citizen",
] as const;
export type Role = (typeof roles)[number];

/**
 * A caller's roles: a token's, or `public` for a request with no token at all (the public
 * caller kind, which reads only what is published; no token can claim it).
 */
const callerRoles = [...roles, "public"] as const;

export const departments = [
  "public-security",
  "civil-affairs",
  "hrss",
  "medical-insurance",
  "disabled-persons-federation",
  "data-bureau",
] as const;
export type Department = (typeof departments)[number];

/** The departments' names as residents read them. */
export const departmentNames: Record<Department, string> = {
  "public-security": "公安局",
  "civil-affairs": "民政局",
  hrss: "人力资源和社会保障局",
  "medical-insurance": "医疗保障局",
  "disabled-persons-federation": "残疾人联合会",
  "data-bureau": "政务服务和数据管理局",
};

/** A 12-digit division code of a service site (county, town or village). */
const divisionCode = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, "must be a 6, 9 or 12-digit division code");
/** Why data is read: a case or a service item. */
export const purposeSchema = z
  .string()
  .max(80)
  .regex(/^(case|item):[A-Za-z0-9._-]+$/, "must be case:<caseId> or item:<serviceItemCode>");

/**
 * What the cases base vouches for about its own `case:<id>` purpose when it reads for a case it
 * has just opened (an intake's prefill): an open case of `department`. The gateway takes it only
 * in a token of the cases base's issuer, bound to that purpose, and passes it on in the signed
 * context; the bases then need not ask the cases base back, until `until` (epoch ms), after
 * which they ask as for any case purpose.
 */
export const caseVouchSchema = z.object({
  caseId: z.string().regex(/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/),
  department: z.enum(departments),
  applicant: z.string().length(18),
  itemCode: z.string().min(1).max(80),
  number: z.string().max(40).nullable(),
  until: z.number().int().positive(),
});
export type CaseVouch = z.infer<typeof caseVouchSchema>;

/** How long a vouch counts: the intake's own prefill, not the case's life. */
export const CASE_VOUCH_MS = 30_000;

/** Who is asking, as the gateway verified it; reaches subgraphs only inside a signed context. */
export const callerSchema = z.object({
  sub: z.string().min(1).max(128),
  dept: z.enum(departments).nullable(),
  roles: z.array(z.enum(callerRoles)).max(callerRoles.length),
  site: divisionCode.nullable(),
  purpose: purposeSchema.nullable(),
  /** The cases base's word for `purpose` (above); absent on every other caller. */
  casePurpose: caseVouchSchema.optional(),
});
export type Caller = z.infer<typeof callerSchema>;

export function isCitizen(caller: Caller): boolean {
  return caller.dept === null && caller.roles.includes("citizen");
}

/** A request with no token: `public:<a keyed hash of the client address>`. */
export function isPublic(caller: Caller): boolean {
  return caller.dept === null && caller.roles.length === 1 && caller.roles[0] === "public";
}

/** The public caller for a client address key (rate limits and caps count per address). */
export function publicCaller(addressKey: string): Caller {
  return { sub: `public:${addressKey}`, dept: null, roles: ["public"], site: null, purpose: null };
}

/** The cases base's token issuer: it reads for a case as the handling department. */
export const CASES_ISSUER = "gongxiang-cases";
/** The e-licence base's token issuer: it checks a holder as the issuing department. */
export const LICENCES_ISSUER = "gongxiang-licences";

/** The audience of every access token the hub accepts. */
export const HUB_AUDIENCE = "gongxiang";
