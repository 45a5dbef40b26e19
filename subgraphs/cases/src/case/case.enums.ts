import { registerEnumType } from "type-graphql";

export enum CaseStatus {
  /** Being filled from the bases (a moment inside startCase). */
  INTAKE = "INTAKE",
  /** Filled; waiting at the station for manual fields, uploads and acceptance. */
  DRAFT = "DRAFT",
  /** Not accepted: the applicant is not eligible or outside the handling scope (不予受理). */
  REFUSED = "REFUSED",
  ACCEPTED = "ACCEPTED",
  /** Back on the applicant's side for the named fields or materials. */
  SUPPLEMENT_REQUIRED = "SUPPLEMENT_REQUIRED",
  REVIEWED = "REVIEWED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  COMPLETED = "COMPLETED",
  DELIVERED = "DELIVERED",
}
registerEnumType(CaseStatus, { name: "CaseStatus", description: "Where a case stands." });

export enum MaterialStatus {
  BY_LICENCE = "BY_LICENCE",
  UPLOADED = "UPLOADED",
  OUTSTANDING = "OUTSTANDING",
}
registerEnumType(MaterialStatus, {
  name: "MaterialStatus",
  description:
    "BY_LICENCE: a verified e-licence reference; UPLOADED: a scan; OUTSTANDING: still needed.",
});

export enum Supervision {
  NONE = "NONE",
  GREEN = "GREEN",
  YELLOW = "YELLOW",
  RED = "RED",
}
registerEnumType(Supervision, {
  name: "Supervision",
  description:
    "Deadline supervision: GREEN in time, YELLOW on the last working day or under 20% left, RED overdue; NONE before acceptance or once closed.",
});

export const OPEN_STATUSES = [
  CaseStatus.INTAKE,
  CaseStatus.DRAFT,
  CaseStatus.ACCEPTED,
  CaseStatus.SUPPLEMENT_REQUIRED,
  CaseStatus.REVIEWED,
  CaseStatus.APPROVED,
] as const;
