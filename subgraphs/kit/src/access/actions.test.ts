import { publicCaller, type Caller, type Role } from "../auth/caller.js";
import { Action, isPublishedAction, type ActionResources } from "./actions.js";
import { authorize } from "./authorize.js";
import { accessLogScope, caseListScope, grantListScope } from "./scopes.js";

/**
 * The action table alone, without a hub: each action allowed and refused for the callers it
 * concerns, every role among them. The last test checks that no action goes untested.
 */
const as = (
  roles: Role[],
  dept: Caller["dept"] = "civil-affairs",
  site: string | null = "130926101216",
): Caller => ({ sub: "x", dept, roles, site, purpose: null });
const citizen: Caller = {
  sub: "130926193604120317",
  dept: null,
  roles: ["citizen"],
  site: null,
  purpose: null,
};

/** A request with no token. */
const visitor: Caller = publicCaller("addr-1");

const aCase = { department: "civil-affairs", site: "130926101216", applicant: citizen.sub };
const review = { ...aCase, step: { role: "clerk", levels: ["TOWN"], department: "civil-affairs" } };
const accept = { ...aCase, step: { role: "agent", levels: ["VILLAGE", "TOWN"], department: null } };
const grant = { consumer: "civil-affairs", provider: "public-security" };

type Case<A extends Action> = [A, Caller, ActionResources[A], boolean];
const cases: Case<Action>[] = [
  [Action.PERSON_READ, as(["clerk"]), undefined, true],
  [Action.PERSON_READ, citizen, undefined, true],
  [Action.PERSON_VERIFY, as(["clerk"], "medical-insurance"), undefined, true],
  [Action.PERSON_VERIFY, citizen, undefined, false],
  [Action.LICENCE_TYPE_READ, citizen, undefined, true],
  [Action.LICENCE_TYPE_READ, visitor, undefined, true],
  [Action.LICENCE_READ, visitor, undefined, false],
  [Action.PERSON_READ, visitor, undefined, false],
  [Action.LICENCE_READ, as(["auditor"]), undefined, true],
  [Action.LICENCE_VERIFY, as(["agent"]), undefined, true],
  // An issuer of the type's department, within their site's jurisdiction.
  [
    Action.LICENCE_ISSUE,
    as(["issuer"], "civil-affairs", "130926"),
    { issuerDept: "civil-affairs", jurisdiction: "130926000000" },
    true,
  ],
  [
    Action.LICENCE_ISSUE,
    as(["issuer"], "civil-affairs", "130926"),
    { issuerDept: "civil-affairs", jurisdiction: "450803000000" },
    false,
  ],
  [
    Action.LICENCE_ISSUE,
    as(["issuer"], "civil-affairs", "130926"),
    { issuerDept: "public-security", jurisdiction: "130926000000" },
    false,
  ],
  [
    Action.LICENCE_ISSUE,
    as(["clerk"], "civil-affairs", "130926"),
    { issuerDept: "civil-affairs", jurisdiction: "130926000000" },
    false,
  ],
  [
    Action.LICENCE_ISSUE,
    as(["issuer"], "civil-affairs", null),
    { issuerDept: "civil-affairs", jurisdiction: "130926000000" },
    false,
  ],
  [
    Action.LICENCE_REVOKE,
    as(["issuer"], "data-bureau", null),
    { issuerDept: "public-security", jurisdiction: "130926000000" },
    true,
  ],
  [
    Action.LICENCE_REVOKE,
    as(["issuer"], "hrss", "130926"),
    { issuerDept: "public-security", jurisdiction: "130926000000" },
    false,
  ],
  [Action.CATALOG_READ, citizen, undefined, true],
  [Action.CATALOG_READ, visitor, undefined, true],
  [Action.CASE_READ, visitor, aCase, false],
  [Action.ACCESS_LOG_READ_OWN, visitor, undefined, false],
  [Action.SERVICE_ITEM_MANAGE, as(["data-officer"]), { department: "civil-affairs" }, true],
  [Action.SERVICE_ITEM_MANAGE, as(["data-officer"], "data-bureau"), { department: "hrss" }, true],
  [
    Action.SERVICE_ITEM_MANAGE,
    as(["data-officer"], "hrss"),
    { department: "civil-affairs" },
    false,
  ],
  [Action.SERVICE_ITEM_MANAGE, as(["clerk"]), { department: "civil-affairs" }, false],
  [Action.DATA_RESOURCE_READ, as(["clerk"]), undefined, true],
  [Action.DATA_RESOURCE_READ, citizen, undefined, false],
  [
    Action.DATA_RESOURCE_CLASSIFY,
    as(["data-officer"], "public-security"),
    { provider: "public-security" },
    true,
  ],
  [Action.DATA_RESOURCE_CLASSIFY, as(["data-officer"]), { provider: "public-security" }, false],
  [Action.GRANT_READ, as(["clerk"]), undefined, true],
  [Action.GRANT_READ, citizen, undefined, false],
  [Action.GRANT_REQUEST, as(["data-officer"]), { provider: "public-security" }, true],
  [
    Action.GRANT_REQUEST,
    as(["data-officer"], "public-security"),
    { provider: "public-security" },
    false,
  ],
  [Action.GRANT_DECIDE, as(["data-officer"], "public-security"), grant, true],
  [Action.GRANT_DECIDE, as(["data-officer"], "data-bureau"), grant, true],
  // Separation of duties: never the department that asked, not even the data bureau.
  [
    Action.GRANT_DECIDE,
    as(["data-officer"], "data-bureau"),
    { consumer: "data-bureau", provider: "public-security" },
    false,
  ],
  [Action.GRANT_DECIDE, as(["data-officer"]), grant, false],
  [Action.GRANT_DECIDE, as(["data-officer"], "hrss"), grant, false],
  [Action.GRANT_REVOKE, as(["data-officer"]), grant, true],
  [Action.GRANT_REVOKE, as(["data-officer"], "hrss"), grant, false],
  [Action.CATALOG_CHANGE_READ, as(["clerk"], "hrss"), { grant: null }, true],
  [Action.CATALOG_CHANGE_READ, as(["clerk"], "hrss"), { grant }, false],
  [Action.CATALOG_CHANGE_READ, as(["auditor"], "hrss"), { grant }, true],
  [Action.CATALOG_CHANGE_READ, citizen, { grant: null }, false],
  [Action.ACCESS_LOG_READ, as(["auditor"]), undefined, true],
  [Action.ACCESS_LOG_READ, as(["clerk"], "data-bureau"), undefined, false],
  [Action.ACCESS_LOG_READ_OWN, citizen, undefined, true],
  [Action.ACCESS_LOG_READ_OWN, as(["clerk"]), undefined, false],
  [Action.ACCESS_LOG_VERIFY, as(["auditor"], "hrss"), undefined, true],
  [Action.ACCESS_LOG_CHECKPOINT_READ, visitor, undefined, true],
  [Action.ACCESS_LOG_CHECKPOINT_READ, citizen, undefined, true],
  [Action.ACCESS_LOG_VERIFY, as(["data-officer"], "data-bureau"), undefined, false],
  // An agent acts for their own department's items, at a site of an accepting level.
  [
    Action.CASE_START,
    as(["agent"]),
    { department: "civil-affairs", levels: ["VILLAGE"], regionCode: "1309" },
    true,
  ],
  [
    Action.CASE_START,
    as(["agent"], "hrss"),
    { department: "civil-affairs", levels: ["VILLAGE"], regionCode: null },
    false,
  ],
  [
    Action.CASE_START,
    as(["agent"]),
    { department: "civil-affairs", levels: ["COUNTY"], regionCode: null },
    false,
  ],
  [
    Action.CASE_START,
    as(["agent"]),
    { department: "civil-affairs", levels: ["VILLAGE"], regionCode: "4508" },
    false,
  ],
  [
    Action.CASE_START,
    as(["agent"], "civil-affairs", null),
    { department: "civil-affairs", levels: ["VILLAGE"], regionCode: null },
    false,
  ],
  [Action.CASE_READ, citizen, aCase, true],
  [Action.CASE_READ, { ...citizen, sub: "450521194108230627" }, aCase, false],
  [Action.CASE_READ, as(["clerk"], "civil-affairs", "130926101"), aCase, true],
  [Action.CASE_READ, as(["clerk"], "civil-affairs", "450803"), aCase, false],
  [Action.CASE_READ, as(["clerk"], "hrss", "130926"), aCase, false],
  [Action.CASE_READ, as(["agent"], "hrss", "130926101216"), aCase, true],
  [Action.CASE_READ, as(["auditor"], "data-bureau", null), aCase, true],
  [Action.CASE_READ, as(["auditor"], "hrss", null), aCase, false],
  [Action.CASE_LIST, as(["clerk"]), undefined, true],
  [Action.CASE_FILL, as(["agent"]), aCase, true],
  [Action.CASE_FILL, as(["agent"], "hrss"), aCase, false],
  [Action.CASE_FILL, as(["clerk"], "civil-affairs", "130926101"), aCase, false],
  [Action.CASE_DECIDE, as(["clerk"], "civil-affairs", "130926101"), review, true],
  [Action.CASE_DECIDE, as(["approver"], "civil-affairs", "130926"), review, false],
  [Action.CASE_DECIDE, as(["clerk"], "civil-affairs", "130926"), review, false],
  [Action.CASE_DECIDE, as(["clerk"], "hrss", "130926101"), review, false],
  [Action.CASE_DECIDE, as(["clerk"], "civil-affairs", "450803001"), review, false],
  [Action.CASE_DECIDE, as(["agent"]), accept, true],
  [Action.CASE_DECIDE, as(["agent"], "hrss"), accept, false],
  [Action.CASE_COMPLETE, as(["approver"], "civil-affairs", "130926"), aCase, true],
  [Action.CASE_COMPLETE, as(["approver"], "civil-affairs", null), aCase, false],
  [Action.CASE_COMPLETE, as(["agent"]), aCase, false],
  [Action.CASE_DELIVER, as(["agent"]), aCase, true],
  [Action.CASE_DELIVER, as(["clerk"], "civil-affairs", null), aCase, false],
  [Action.CASE_RATE, citizen, aCase, true],
  [Action.CASE_RATE, { ...citizen, sub: "450521194108230627" }, aCase, false],
  [Action.CASE_RATE, as(["agent"]), aCase, true],
  [Action.CASE_RATE, as(["clerk"]), aCase, false],
  [Action.CASE_ANSWER_FOLLOW_UP, as(["clerk"], "civil-affairs", "130926"), aCase, true],
  [Action.CASE_ANSWER_FOLLOW_UP, as(["clerk"], "civil-affairs", "450803"), aCase, false],
  [Action.CASE_ANSWER_FOLLOW_UP, as(["clerk"], "civil-affairs", null), aCase, false],
  [Action.CASE_STATISTICS, as(["clerk"]), { department: "civil-affairs" }, true],
  [Action.CASE_STATISTICS, as(["clerk"]), { department: "hrss" }, false],
  [Action.CASE_STATISTICS, as(["auditor"], "data-bureau"), { department: null }, true],
  [Action.CASE_STATISTICS, as(["auditor"], "hrss"), { department: null }, false],
  [Action.MESSAGE_SUBMIT, visitor, { aboutCaseOf: null }, true],
  [Action.MESSAGE_SUBMIT, visitor, { aboutCaseOf: citizen.sub }, false],
  [Action.MESSAGE_SUBMIT, citizen, { aboutCaseOf: citizen.sub }, true],
  [Action.MESSAGE_SUBMIT, as(["clerk"]), { aboutCaseOf: citizen.sub }, false],
  [Action.MESSAGE_READ_PUBLISHED, visitor, undefined, true],
  [Action.MESSAGE_READ_OWN, citizen, undefined, true],
  [Action.MESSAGE_READ_OWN, visitor, undefined, false],
  [Action.MESSAGE_HANDLE, as(["clerk"]), { department: "civil-affairs" }, true],
  [Action.MESSAGE_HANDLE, as(["clerk"]), { department: "hrss" }, false],
  [Action.MESSAGE_HANDLE, as(["agent"]), { department: "civil-affairs" }, false],
  [Action.MESSAGE_HANDLE, as(["auditor"], "data-bureau"), { department: "hrss" }, true],
  [Action.MESSAGE_RATE, citizen, { submitter: citizen.sub, receiptHolder: false }, true],
  [Action.MESSAGE_RATE, citizen, { submitter: "450521194108230627", receiptHolder: false }, false],
  [Action.MESSAGE_RATE, visitor, { submitter: null, receiptHolder: true }, true],
  [Action.MESSAGE_RATE, visitor, { submitter: null, receiptHolder: false }, false],
  [Action.DISCLOSURE_READ, visitor, undefined, true],
  // Issue 17: attesting an undecided rule, scans, the staff inbox, a resident's notices.
  [Action.CASE_ATTEST, as(["clerk"], "civil-affairs", "130926101"), aCase, true],
  [Action.CASE_ATTEST, as(["approver"], "civil-affairs", "130926"), aCase, true],
  [Action.CASE_ATTEST, as(["agent"]), aCase, false],
  [Action.CASE_ATTEST, as(["clerk"], "hrss", "130926101"), aCase, false],
  [Action.CASE_ATTEST, as(["clerk"], "civil-affairs", "450803"), aCase, false],
  [Action.CASE_ATTEST, as(["clerk"], "civil-affairs", null), aCase, false],
  [Action.CASE_READ_SCAN, citizen, aCase, true],
  [Action.CASE_READ_SCAN, { ...citizen, sub: "130926193912010486" }, aCase, false],
  [Action.CASE_READ_SCAN, as(["clerk"], "civil-affairs", "130926101"), aCase, true],
  [Action.CASE_READ_SCAN, as(["agent"]), aCase, true],
  [Action.CASE_READ_SCAN, as(["auditor"], "civil-affairs", null), aCase, false],
  [Action.CASE_READ_SCAN, as(["agent"], "hrss"), aCase, false],
  [Action.CASE_READ_SCAN, as(["clerk"], "civil-affairs", "130926102"), aCase, false],
  [Action.CASE_READ_SCAN, visitor, aCase, false],
  [Action.CASE_INBOX, as(["clerk"], "civil-affairs", "130926101"), undefined, true],
  [Action.CASE_INBOX, as(["clerk"], "civil-affairs", null), undefined, false],
  [Action.CASE_INBOX, citizen, undefined, false],
  [Action.NOTIFICATION_READ_OWN, citizen, undefined, true],
  [Action.NOTIFICATION_READ_OWN, as(["clerk"], "civil-affairs", "130926"), undefined, false],
  [Action.NOTIFICATION_READ_OWN, visitor, undefined, false],
  [Action.GRANT_IMPACT, as(["data-officer"], "civil-affairs", null), grant, true],
  [Action.GRANT_IMPACT, as(["data-officer"], "public-security", null), grant, true],
  [Action.GRANT_IMPACT, as(["data-officer"], "data-bureau", null), grant, true],
  [Action.GRANT_IMPACT, as(["data-officer"], "hrss", null), grant, false],
  [Action.GRANT_IMPACT, as(["clerk"], "civil-affairs", null), grant, false],
];

it.each(
  cases.map(([action, caller, resource, allowed]) => [
    `${action} by ${caller.dept ?? "a citizen"} ${caller.roles.join(",")}@${caller.site ?? "-"}`,
    action,
    caller,
    resource,
    allowed,
  ]),
)("%s", (_name, action, caller, resource, allowed) => {
  const verdict = authorize(caller, action, ...([resource] as never[]));
  expect(verdict.allowed).toBe(allowed);
  if (!verdict.allowed) expect(verdict.rule).not.toMatch(/130926193604120317|[0-9]{12}/);
});

it("refuses a step to one outside the case's site without telling what the step is", () => {
  const approve = { ...aCase, step: { role: "approver", levels: ["COUNTY"], department: null } };
  for (const step of [review, accept, approve]) {
    const verdict = authorize(
      as(["clerk"], "civil-affairs", "450803001"),
      Action.CASE_DECIDE,
      step,
    );
    expect(verdict).toEqual({ allowed: false, rule: "the case is outside your site" });
  }
});

it("has a case for every action, allowed and refused where a refusal is possible", () => {
  const allowed = new Set(cases.filter((c) => c[3]).map((c) => c[0]));
  expect([...allowed].sort()).toEqual(Object.values(Action).sort());
});

it("marks as published only what the public may read and what holds nothing personal", () => {
  const published = Object.values(Action).filter(isPublishedAction).sort();
  expect(published).toEqual([
    "accessLog:checkpointRead",
    "catalog:read",
    "disclosure:read",
    "licenceType:read",
    "message:readPublished",
  ]);
  // A visitor's own message is open to the public but personal to its receipt's holder.
  expect(isPublishedAction("message:submit")).toBe(false);
  expect(isPublishedAction("constructor")).toBe(false);
});

describe("list scopes", () => {
  it("narrows cases to the caller's own, whatever they filter", () => {
    expect(caseListScope(citizen)).toEqual({ subject: citizen.sub });
    expect(caseListScope(as(["auditor"], "data-bureau", null))).toEqual({});
    expect(caseListScope(as(["auditor"], "hrss", "130926"))).toEqual({
      department: "hrss",
      sitePrefix: "130926",
    });
    expect(caseListScope(as(["agent"], "hrss"))).toEqual({ sitePrefix: "130926101216" });
    expect(caseListScope(as(["clerk"], "medical-insurance", null))).toBeNull();
  });

  it("gives auditors their department's part of the access log, the data bureau all of it", () => {
    expect(accessLogScope(as(["auditor"], "data-bureau", null))).toEqual({});
    expect(accessLogScope(as(["auditor"], "civil-affairs", null))).toEqual({
      department: "civil-affairs",
    });
    expect(accessLogScope(as(["clerk"]))).toBeNull();
  });

  it("shows grants to their parties, and all to the data bureau and auditors", () => {
    expect(grantListScope(as(["clerk"], "hrss"))).toEqual({ department: "hrss" });
    expect(grantListScope(as(["auditor"], "hrss"))).toEqual({});
    expect(grantListScope(citizen)).toBeNull();
  });
});
