import type { Action, ActionResources, CaseResource, FieldSet, SubjectFacts } from "@gongxiang/kit";
import type { CaseEntity } from "./case.entity.js";

/** The actions decided over a case as a whole (its department, site and applicant). */
export type CaseAction = {
  [A in Action]: [ActionResources[A]] extends [CaseResource]
    ? [CaseResource] extends [ActionResources[A]]
      ? A
      : never
    : never;
}[Action];

/** A case as the action rules see it. */
export function caseResource(row: CaseEntity): CaseResource {
  return { department: row.department, site: row.site, applicant: row.applicantCitizenId };
}

/**
 * The personal data a case holds: a copy of the applicant's data, and what the applicant and the
 * officials wrote about them. It is released to the applicant and to the staff of the handling
 * department whose site covers the case's (the record's keeper), and every read is logged. The
 * rest of the case (its item, status, dates, steps) is the record others may see.
 */
export const CASE_CONTENT: FieldSet = {
  name: "Case",
  fields: Object.fromEntries(
    [
      "Case.applicantCitizenId",
      "Case.applicant",
      "Case.resultLicenceIdentifier",
      "CaseFormField.value",
      "CaseFormField.source",
      "CaseMaterial.licenceIdentifier",
      "CaseMaterial.uploadSha256",
      "CaseEvent.actorSub",
      "CaseEvent.opinion",
      "CaseRating.comment",
      "CaseRating.ratedBy",
      "CaseRating.followUpAnswer",
      "CaseEligibilityCheck.outcome",
      "CaseEligibilityCheck.attestedBy",
      "CaseEligibilityCheck.attestation",
      "CaseContact.phone",
      "CaseNotice.message",
      "CaseNotice.deliveredTo",
      "CaseScan.contentBase64",
    ].map((item) => [item, { item }]),
  ),
};

/** Whose data a case is, and who keeps it. */
export function caseSubject(row: CaseEntity): SubjectFacts {
  return {
    citizenId: row.applicantCitizenId,
    keeper: { department: row.department, site: row.site },
  };
}
