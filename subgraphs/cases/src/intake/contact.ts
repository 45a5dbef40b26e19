import { BadUserInputError, type Caller } from "@gongxiang/kit";
import type { CaseContact } from "../case/case.data.js";

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * A phone number the applicant states at the counter, kept with its provenance and apart from
 * the bases' data: notices go to it when the department may not read the registered one.
 */
export function contactOf(
  phone: string | null | undefined,
  recordedBy: Caller,
  at: Date,
  argument: string,
): CaseContact | null {
  if (phone === undefined || phone === null) return null;
  if (!MOBILE.test(phone)) {
    throw new BadUserInputError(`${argument} must be an 11-digit mobile number`, argument);
  }
  return {
    phone,
    provenance: "STATED_BY_APPLICANT",
    statedAt: at.toISOString(),
    recordedBy: recordedBy.sub,
  };
}
