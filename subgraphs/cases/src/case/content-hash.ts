import { createHash } from "node:crypto";
import type { CaseEntity } from "./case.entity.js";

/** SHA-256 over what a decision is taken on: the item version, applicant, form and materials. */
export function caseContentHash(row: CaseEntity): string {
  const content = [
    row.id,
    row.number,
    row.itemCode,
    row.itemVersion,
    row.applicantCitizenId,
    row.formFields.map((field) => [field.key, field.value, field.manual]),
    row.materials.map((m) => [m.name, m.status, m.licenceIdentifier, m.uploadSha256]),
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
