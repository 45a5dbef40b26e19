import type { Caller } from "../auth/caller.js";
import { Action, type CaseResource } from "./actions.js";
import { authorize } from "./authorize.js";

const staff = (dept: string, roles: Caller["roles"], site: string | null): Caller => ({
  sub: `${roles[0]}@${site ?? "-"}`,
  dept: dept as Caller["dept"],
  roles,
  site,
  purpose: null,
});
const citizen = (sub: string): Caller => ({
  sub,
  dept: null,
  roles: ["citizen"],
  site: null,
  purpose: null,
});
const CASE: CaseResource = {
  department: "civil-affairs",
  site: "130926101216",
  applicant: "130926193604120317",
};
const allowed = (
  caller: Caller,
  ...rest: Parameters<typeof authorize> extends [Caller, ...infer R] ? R : never
) => authorize(caller, ...rest).allowed;

describe("the case actions of issue 17", () => {
  it("case:attest: the handling department's clerks and approvers over the case's site", () => {
    expect(allowed(staff("civil-affairs", ["clerk"], "130926101"), Action.CASE_ATTEST, CASE)).toBe(
      true,
    );
    expect(allowed(staff("civil-affairs", ["approver"], "130926"), Action.CASE_ATTEST, CASE)).toBe(
      true,
    );
    expect(
      allowed(staff("civil-affairs", ["agent"], "130926101216"), Action.CASE_ATTEST, CASE),
    ).toBe(false);
    expect(allowed(staff("hrss", ["clerk"], "130926101"), Action.CASE_ATTEST, CASE)).toBe(false);
    expect(allowed(staff("civil-affairs", ["clerk"], "450803"), Action.CASE_ATTEST, CASE)).toBe(
      false,
    );
    expect(allowed(staff("civil-affairs", ["clerk"], null), Action.CASE_ATTEST, CASE)).toBe(false);
  });

  it("case:readScan: the applicant and the case's keepers, nobody else", () => {
    expect(allowed(citizen(CASE.applicant), Action.CASE_READ_SCAN, CASE)).toBe(true);
    expect(allowed(citizen("130926193912010486"), Action.CASE_READ_SCAN, CASE)).toBe(false);
    expect(
      allowed(staff("civil-affairs", ["clerk"], "130926101"), Action.CASE_READ_SCAN, CASE),
    ).toBe(true);
    expect(
      allowed(staff("civil-affairs", ["agent"], "130926101216"), Action.CASE_READ_SCAN, CASE),
    ).toBe(true);
    expect(allowed(staff("civil-affairs", ["auditor"], null), Action.CASE_READ_SCAN, CASE)).toBe(
      false,
    );
    expect(allowed(staff("hrss", ["agent"], "130926101216"), Action.CASE_READ_SCAN, CASE)).toBe(
      false,
    );
    expect(
      allowed(staff("civil-affairs", ["clerk"], "130926102"), Action.CASE_READ_SCAN, CASE),
    ).toBe(false);
  });

  it("case:inbox for staff at a site; notification:readOwn for citizens", () => {
    expect(allowed(staff("civil-affairs", ["clerk"], "130926101"), Action.CASE_INBOX)).toBe(true);
    expect(allowed(staff("civil-affairs", ["clerk"], null), Action.CASE_INBOX)).toBe(false);
    expect(allowed(citizen(CASE.applicant), Action.CASE_INBOX)).toBe(false);
    expect(allowed(citizen(CASE.applicant), Action.NOTIFICATION_READ_OWN)).toBe(true);
    expect(allowed(staff("civil-affairs", ["clerk"], "130926"), Action.NOTIFICATION_READ_OWN)).toBe(
      false,
    );
  });

  it("grant:impact: either party's data officers or the data bureau's", () => {
    const grant = { consumer: "civil-affairs", provider: "public-security" };
    expect(
      allowed(staff("civil-affairs", ["data-officer"], null), Action.GRANT_IMPACT, grant),
    ).toBe(true);
    expect(
      allowed(staff("public-security", ["data-officer"], null), Action.GRANT_IMPACT, grant),
    ).toBe(true);
    expect(allowed(staff("data-bureau", ["data-officer"], null), Action.GRANT_IMPACT, grant)).toBe(
      true,
    );
    expect(allowed(staff("hrss", ["data-officer"], null), Action.GRANT_IMPACT, grant)).toBe(false);
    expect(allowed(staff("civil-affairs", ["clerk"], null), Action.GRANT_IMPACT, grant)).toBe(
      false,
    );
  });
});
