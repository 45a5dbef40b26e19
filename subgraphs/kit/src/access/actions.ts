import { isCitizen, isPublic, publicCaller, type Caller, type Role } from "../auth/caller.js";
import { divisionLevel } from "../identity/division.js";

/**
 * Every operation of the hub, named. A root field declares the one it performs
 * (`@Requires(Action.X)`); a service asks for it with the resource in hand as its first step.
 */
export const Action = {
  PERSON_READ: "person:read",
  PERSON_VERIFY: "person:verify",
  LICENCE_TYPE_READ: "licenceType:read",
  LICENCE_READ: "licence:read",
  LICENCE_VERIFY: "licence:verify",
  LICENCE_ISSUE: "licence:issue",
  LICENCE_REVOKE: "licence:revoke",
  CATALOG_READ: "catalog:read",
  SERVICE_ITEM_MANAGE: "serviceItem:manage",
  DATA_RESOURCE_READ: "dataResource:read",
  DATA_RESOURCE_CLASSIFY: "dataResource:classify",
  GRANT_READ: "grant:read",
  GRANT_REQUEST: "grant:request",
  GRANT_DECIDE: "grant:decide",
  GRANT_REVOKE: "grant:revoke",
  CATALOG_CHANGE_READ: "catalogChange:read",
  ACCESS_LOG_READ: "accessLog:read",
  ACCESS_LOG_READ_OWN: "accessLog:readOwn",
  ACCESS_LOG_VERIFY: "accessLog:verify",
  ACCESS_LOG_CHECKPOINT_READ: "accessLog:checkpointRead",
  CASE_START: "case:start",
  CASE_READ: "case:read",
  CASE_LIST: "case:list",
  CASE_FILL: "case:fill",
  CASE_DECIDE: "case:decide",
  CASE_COMPLETE: "case:complete",
  CASE_DELIVER: "case:deliver",
  CASE_RATE: "case:rate",
  CASE_ANSWER_FOLLOW_UP: "case:answerFollowUp",
  CASE_STATISTICS: "case:statistics",
  MESSAGE_SUBMIT: "message:submit",
  MESSAGE_READ_PUBLISHED: "message:readPublished",
  MESSAGE_READ_OWN: "message:readOwn",
  MESSAGE_HANDLE: "message:handle",
  MESSAGE_RATE: "message:rate",
  DISCLOSURE_READ: "disclosure:read",
  CASE_ATTEST: "case:attest",
  CASE_READ_SCAN: "case:readScan",
  CASE_INBOX: "case:inbox",
  NOTIFICATION_READ_OWN: "notification:readOwn",
  GRANT_IMPACT: "grant:impact",
} as const;
export type Action = (typeof Action)[keyof typeof Action];

/** The department that runs the catalog and the e-licence base and supervises the others. */
export const DATA_BUREAU = "data-bureau";

/** A case as the rules see it. */
export interface CaseResource {
  department: string;
  site: string;
  applicant: string;
}
/** A workflow step as the rules see it. */
export interface StepResource {
  role: string;
  levels: readonly string[];
  department: string | null;
}

/** What each action is performed on (void: nothing beyond the caller matters). */
export interface ActionResources {
  "person:read": void;
  "person:verify": void;
  "licenceType:read": void;
  "licence:read": void;
  "licence:verify": void;
  "licence:issue": { issuerDept: string; jurisdiction: string };
  "licence:revoke": { issuerDept: string; jurisdiction: string };
  "catalog:read": void;
  "serviceItem:manage": { department: string };
  "dataResource:read": void;
  "dataResource:classify": { provider: string };
  "grant:read": void;
  "grant:request": { provider: string };
  "grant:decide": { consumer: string; provider: string };
  "grant:revoke": { consumer: string; provider: string };
  "catalogChange:read": { grant: { consumer: string; provider: string } | null };
  "accessLog:read": void;
  "accessLog:readOwn": void;
  "accessLog:verify": void;
  "accessLog:checkpointRead": void;
  "case:start": { department: string; levels: readonly string[]; regionCode: string | null };
  "case:read": CaseResource;
  "case:list": void;
  "case:fill": CaseResource;
  "case:decide": CaseResource & { step: StepResource };
  "case:complete": CaseResource;
  "case:deliver": CaseResource;
  "case:rate": CaseResource;
  "case:answerFollowUp": CaseResource;
  "case:statistics": { department: string | null };
  "message:submit": { aboutCaseOf: string | null };
  "message:readPublished": void;
  "message:readOwn": void;
  "message:handle": { department: string };
  "message:rate": { submitter: string | null; receiptHolder: boolean };
  "disclosure:read": void;
  "case:attest": CaseResource;
  "case:readScan": CaseResource;
  "case:inbox": void;
  "notification:readOwn": void;
  "grant:impact": { consumer: string; provider: string };
}

/** A refusal names the rule that refused; null means allowed. */
type Check<R> = (caller: Caller, resource: R) => string | null;

interface ActionRule<R> {
  /** Who may ask at all, in words (the refusal when `caller` fails). */
  who: string;
  caller: (caller: Caller) => boolean;
  /** The rule over the resource, once the caller may ask. */
  over?: Check<R>;
  /**
   * The answer is what is published, the same for every caller without a token: shared
   * caches may keep it (the gateway's ETag and Cache-Control). Only on "everyone" actions.
   */
  published?: true;
}

const staff = (c: Caller) => c.dept !== null;
const anyone = (c: Caller) => staff(c) || isCitizen(c);
/** The public (no token) too: only for what is published. */
const everyone = (c: Caller) => anyone(c) || isPublic(c);
const has = (c: Caller, ...roles: Role[]) => staff(c) && roles.some((r) => c.roles.includes(r));
const covers = (c: Caller, site: string) => c.site !== null && site.startsWith(c.site);
const handles = (c: Caller, r: CaseResource) => c.dept === r.department && covers(c, r.site);
const party = (c: Caller, r: { consumer: string; provider: string }) =>
  c.dept === r.consumer || c.dept === r.provider;

/** THE table: every action and its rule, top to bottom. */
export const ACTION_RULES: { [A in Action]: ActionRule<ActionResources[A]> } = {
  "person:read": { who: "departments' staff and citizens", caller: anyone },
  "person:verify": { who: "departments' staff", caller: staff },
  "licenceType:read": { who: "everyone", caller: everyone, published: true },
  "licence:read": { who: "departments' staff and citizens", caller: anyone },
  "licence:verify": { who: "departments' staff and citizens", caller: anyone },
  "licence:issue": {
    who: "issuers",
    caller: (c) => has(c, "issuer"),
    over: (c, r) =>
      c.dept !== r.issuerDept
        ? "issued only by the department that issues its type"
        : !covers(c, r.jurisdiction)
          ? "an issuer issues within the jurisdiction of their site"
          : null,
  },
  "licence:revoke": {
    who: "issuers",
    caller: (c) => has(c, "issuer"),
    over: (c, r) =>
      c.dept === DATA_BUREAU
        ? null
        : c.dept !== r.issuerDept
          ? "revoked only by its issuing department or the data bureau"
          : !covers(c, r.jurisdiction)
            ? "an issuer revokes within the jurisdiction of their site"
            : null,
  },
  "catalog:read": { who: "everyone", caller: everyone, published: true },
  "serviceItem:manage": {
    who: "data officers",
    caller: (c) => has(c, "data-officer"),
    over: (c, r) =>
      c.dept === r.department || c.dept === DATA_BUREAU
        ? null
        : "items are managed by their department's data officers or the data bureau's",
  },
  "dataResource:read": { who: "departments' staff", caller: staff },
  "dataResource:classify": {
    who: "data officers",
    caller: (c) => has(c, "data-officer"),
    over: (c, r) =>
      c.dept === r.provider || c.dept === DATA_BUREAU
        ? null
        : "data items are classified by their provider's data officers or the data bureau's",
  },
  "grant:read": { who: "departments' staff", caller: staff },
  "grant:request": {
    who: "data officers",
    caller: (c) => has(c, "data-officer"),
    over: (c, r) =>
      c.dept === r.provider ? "a department reads its own data without a grant" : null,
  },
  "grant:decide": {
    who: "data officers",
    caller: (c) => has(c, "data-officer"),
    over: (c, r) =>
      c.dept === r.consumer
        ? "no department decides on its own request (separation of duties)"
        : c.dept === r.provider || c.dept === DATA_BUREAU
          ? null
          : "requests are decided by the provider's data officers or the data bureau's",
  },
  "grant:revoke": {
    who: "data officers",
    caller: (c) => has(c, "data-officer"),
    over: (c, r) =>
      party(c, r) || c.dept === DATA_BUREAU
        ? null
        : "a grant is revoked by either party's data officers or the data bureau's",
  },
  "catalogChange:read": {
    who: "departments' staff",
    caller: staff,
    over: (c, r) =>
      r.grant === null || party(c, r.grant) || c.dept === DATA_BUREAU || has(c, "auditor")
        ? null
        : "a grant's history is read by its parties, the data bureau and auditors",
  },
  "accessLog:read": { who: "auditors", caller: (c) => has(c, "auditor") },
  "accessLog:readOwn": { who: "citizens", caller: isCitizen },
  "accessLog:verify": { who: "auditors", caller: (c) => has(c, "auditor") },
  // Signed checkpoints and consistency proofs carry hashes only: published to everyone.
  // The log's signed checkpoints and consistency proofs: public, so anyone can hold it to them.
  "accessLog:checkpointRead": { who: "everyone", caller: everyone, published: true },
  "case:start": {
    who: "agents at a service site",
    caller: (c) => has(c, "agent") && c.site !== null,
    over: (c, r) =>
      c.dept !== r.department
        ? "an agent starts cases for their own department's items"
        : !r.levels.includes(divisionLevel(c.site!) ?? "")
          ? "the item is not accepted at sites of this level"
          : r.regionCode !== null && !c.site!.startsWith(r.regionCode)
            ? "the item is not offered in this region"
            : null,
  },
  "case:read": {
    who: "departments' staff and citizens",
    caller: anyone,
    over: (c, r) => {
      if (isCitizen(c))
        return c.sub === r.applicant ? null : "a citizen reads only their own cases";
      if (has(c, "auditor") && (c.dept === DATA_BUREAU || c.dept === r.department)) return null;
      if (has(c, "agent") && covers(c, r.site)) return null;
      return handles(c, r) ? null : "read by its department's staff whose site covers the case";
    },
  },
  "case:list": { who: "departments' staff and citizens", caller: anyone },
  "case:fill": {
    who: "agents",
    caller: (c) => has(c, "agent"),
    over: (c, r) =>
      handles(c, r) ? null : "filled by its department's agents at a site covering the case",
  },
  "case:decide": {
    who: "departments' staff",
    caller: staff,
    // The site first: it does not turn on the case's stage, which the step's checks would tell
    // one refused to anyone with the case's id.
    over: (c, r) =>
      !covers(c, r.site)
        ? "the case is outside your site"
        : c.dept !== (r.step.department ?? r.department)
          ? "the step is done by its own department"
          : !c.roles.includes(r.step.role as Role)
            ? "the step is done by its own role"
            : !r.step.levels.includes(divisionLevel(c.site ?? "") ?? "")
              ? "the step is done at its own level"
              : null,
  },
  "case:complete": {
    who: "clerks and approvers",
    caller: (c) => has(c, "clerk", "approver"),
    over: (c, r) => (handles(c, r) ? null : "completed by its department at a covering site"),
  },
  "case:deliver": {
    who: "agents, clerks and approvers",
    caller: (c) => has(c, "agent", "clerk", "approver"),
    over: (c, r) => (handles(c, r) ? null : "delivered by its department at a covering site"),
  },
  "case:rate": {
    who: "citizens and agents",
    caller: (c) => isCitizen(c) || has(c, "agent"),
    over: (c, r) =>
      isCitizen(c)
        ? c.sub === r.applicant
          ? null
          : "a case is rated by its applicant"
        : handles(c, r)
          ? null
          : "an agent rates for the applicant at the case's site",
  },
  "case:answerFollowUp": {
    who: "clerks and approvers",
    caller: (c) => has(c, "clerk", "approver"),
    over: (c, r) => (handles(c, r) ? null : "answered by its department at a covering site"),
  },
  "case:statistics": {
    who: "departments' staff",
    caller: staff,
    over: (c, r) =>
      (has(c, "auditor") && c.dept === DATA_BUREAU) || (r.department === c.dept && c.dept !== null)
        ? null
        : "a department reads its own statistics; the data bureau's auditors read all",
  },
  // 我有话说: anyone may write; a message about a case is its applicant's.
  "message:submit": {
    who: "everyone",
    caller: everyone,
    over: (c, r) =>
      r.aboutCaseOf === null || (isCitizen(c) && c.sub === r.aboutCaseOf)
        ? null
        : "a message about a case is written by its applicant",
  },
  "message:readPublished": { who: "everyone", caller: everyone, published: true },
  "message:readOwn": { who: "citizens", caller: isCitizen },
  "message:handle": {
    who: "clerks, approvers and auditors",
    caller: (c) => has(c, "clerk", "approver", "auditor"),
    over: (c, r) =>
      c.dept === r.department || (has(c, "auditor") && c.dept === DATA_BUREAU)
        ? null
        : "a message is handled by the department it is routed to",
  },
  "message:rate": {
    who: "everyone",
    caller: everyone,
    over: (c, r) =>
      (isCitizen(c) && c.sub === r.submitter) || (r.submitter === null && r.receiptHolder)
        ? null
        : "an answer is rated by whoever wrote the message",
  },
  // 阳光红页: results and outcome figures, as their departments publish them.
  "disclosure:read": { who: "everyone", caller: everyone, published: true },
  "case:attest": {
    who: "clerks and approvers",
    caller: (c) => has(c, "clerk", "approver"),
    over: (c, r) =>
      handles(c, r) ? null : "attested by its department's officials at a covering site",
  },
  "case:readScan": {
    who: "departments' staff and citizens",
    caller: anyone,
    over: (c, r) =>
      isCitizen(c)
        ? c.sub === r.applicant
          ? null
          : "a citizen reads only their own scans"
        : handles(c, r)
          ? null
          : "a scan is read by the handling department's staff whose site covers the case",
  },
  "case:inbox": {
    who: "departments' staff at a site",
    caller: (c) => staff(c) && c.site !== null,
  },
  "notification:readOwn": { who: "citizens", caller: isCitizen },
  "grant:impact": {
    who: "data officers",
    caller: (c) => has(c, "data-officer"),
    over: (c, r) =>
      party(c, r) || c.dept === DATA_BUREAU
        ? null
        : "a grant's impact is read by either party's data officers or the data bureau's",
  },
};

/** The actions whose answers are published: the same for every caller without a token. */
export function isPublishedAction(action: string): boolean {
  if (!Object.hasOwn(ACTION_RULES, action)) return false;
  const rule = ACTION_RULES[action as Action] as ActionRule<unknown>;
  return rule.published === true && rule.caller(publicCaller("any address"));
}
