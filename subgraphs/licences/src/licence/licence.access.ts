import { ErrorCode, HubError, isCitizen, type Caller, type SharingDirectory } from "@gongxiang/kit";
import { licenceType } from "../licence-type/licence-types.js";

/** The department that operates the e-licence base and reads it in full. */
export const LICENCE_OPERATOR = "data-bureau";

/**
 * Why a caller may not read a licence's content, or null when they may: the operator reads
 * every licence, an issuing department the types it issues, a citizen their own licences, and
 * another department a type it holds a FULL grant of (`Licence:<TYPE>`) for its purpose.
 */
export function licenceRefusal(
  scope: {
    caller: Caller;
    sharingCaller: Caller;
    sharing: SharingDirectory;
    caseApplicant: string | null;
    enforced: boolean;
  },
  type: string,
  holderCitizenId: string,
): HubError | null {
  const { caller, sharingCaller, sharing, caseApplicant } = scope;
  if (!scope.enforced) return null;
  if (caller.dept === LICENCE_OPERATOR) return null;
  if (caller.dept !== null && licenceType(type)?.issuerDept === caller.dept) return null;
  if (isCitizen(caller)) {
    return caller.sub === holderCitizenId
      ? null
      : refusal(type, "a citizen reads only their own licences");
  }
  if (caseApplicant !== null && caseApplicant !== holderCitizenId) {
    return refusal(type, "the case's purpose covers only its applicant's licences");
  }
  const decision = sharing.decide(sharingCaller, `Licence:${type}`);
  if (decision.level === "FULL") return null;
  if (decision.level === "DENIED") return decision.error;
  return refusal(type, "granted masked only: licence content is released in full or not at all");
}

function refusal(type: string, reason: string): HubError {
  return new HubError(ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE, `Licence:${type}: ${reason}`, {
    item: `Licence:${type}`,
  });
}
