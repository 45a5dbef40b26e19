import { createHash } from "node:crypto";
import { canonicalJson } from "@gongxiang/kit";
import type { CaseEntity } from "./case.entity.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const digest = (value: unknown) => sha256(canonicalJson(value));

/**
 * The case's content as named parts, each with its own digest, so that a difference between the
 * stored case and what a sealed step covered can be named (`formFields.bankAccount`). Covers
 * what decisions are taken on and what they decided; not the supervision colour, which the
 * worker turns as days pass.
 */
export function caseContentDigests(row: CaseEntity): Record<string, string> {
  const parts: Record<string, unknown> = {
    case: [row.id, row.number, row.itemCode, row.itemVersion, row.department, row.site],
    applicantCitizenId: row.applicantCitizenId,
    status: [row.status, row.stepIndex, row.resumeStatus, row.version],
    refusal: [row.refusalReason, row.refusalRule],
    dates: [row.acceptedOn, row.deadline, row.completedOn],
    contact: row.contact,
    supplementRequest: row.supplementRequest,
    resultLicenceIdentifier: row.resultLicenceIdentifier,
    rating: [row.rating, row.ratingComment, row.ratedBy, row.followUpDue, row.followUpAnswer],
  };
  for (const field of row.formFields) {
    parts[`formFields.${field.key}`] = [field.value, field.manual, field.reason, field.source];
  }
  for (const material of row.materials) {
    parts[`materials.${material.name}`] = [
      material.status,
      material.licenceIdentifier,
      material.sealVerified,
      material.uploadId,
      material.uploadSha256,
    ];
  }
  (row.eligibility ?? []).forEach((check, i) => {
    parts[`eligibility.${i}`] = check;
  });
  return Object.fromEntries(
    Object.entries(parts)
      .map(([name, value]): [string, string] => [name, digest(value ?? null)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** SHA-256 over the part digests: what each step's seal covers of the case's content. */
export function contentHashOf(digests: Record<string, string>): string {
  return digest(digests);
}

export function caseContentHash(row: CaseEntity): string {
  return contentHashOf(caseContentDigests(row));
}

/** The hash a case's first event follows. */
export function genesisHash(caseId: string): string {
  return sha256(`gongxiang case ${caseId}`);
}

export { sha256 };
