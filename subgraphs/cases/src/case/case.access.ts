import { isCitizen, type Caller } from "@gongxiang/kit";
import type { CaseEntity } from "./case.entity.js";

/**
 * Who reads a case: the applicant; agents of its site (or an ancestor site); the handling
 * department's staff whose site covers the case's (or who have no site); auditors.
 */
export function mayReadCase(caller: Caller, row: CaseEntity): boolean {
  if (isCitizen(caller)) return caller.sub === row.applicantCitizenId;
  if (caller.roles.includes("auditor")) return true;
  const covers = caller.site === null || row.site.startsWith(caller.site);
  if (caller.roles.includes("agent") && caller.site !== null && row.site.startsWith(caller.site)) {
    return true;
  }
  return caller.dept === row.department && covers;
}
