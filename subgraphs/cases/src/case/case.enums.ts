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
  /** Completion committed; the result licence is being issued (then settled as COMPLETED). */
  COMPLETING = "COMPLETING",
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
export enum EligibilityOutcome {
  HOLDS = "HOLDS",
  FAILS = "FAILS",
  UNDECIDED = "UNDECIDED",
  ATTESTED_HOLDS = "ATTESTED_HOLDS",
  ATTESTED_FAILS = "ATTESTED_FAILS",
}
registerEnumType(EligibilityOutcome, {
  name: "EligibilityOutcome",
  description:
    "How a rule stands: HOLDS or FAILS on the bases' data; UNDECIDED when its fact could not be read (an official attests it before approval); ATTESTED_HOLDS or ATTESTED_FAILS once attested.",
});

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
  CaseStatus.COMPLETING,
] as const;
