import { HubError, ErrorCode, isCitizen, type Caller } from "@gongxiang/kit";
import { licenceType } from "../licence-type/licence-types.js";

/** The department that operates the e-licence base and reads it in full. */
export const LICENCE_OPERATOR = "data-bureau";

/**
 * Secure by default: the operator reads every licence, an issuing department the types it
 * issues, a citizen their own licences; nobody else reads a licence's content.
 */
export function canReadLicence(caller: Caller, type: string, holderCitizenId: string): boolean {
  if (caller.dept === LICENCE_OPERATOR) return true;
  if (caller.dept !== null && licenceType(type)?.issuerDept === caller.dept) return true;
  return isCitizen(caller) && caller.sub === holderCitizenId;
}

export function licenceAccessError(type: string): HubError {
  return new HubError(
    ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE,
    `Licence:${type}: no grant for this licence type`,
    {
      item: `Licence:${type}`,
    },
  );
}
