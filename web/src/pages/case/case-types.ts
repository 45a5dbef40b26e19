import type { CaseDetailFragment } from "../../graphql/generated/graphql";

export type CaseDetail = CaseDetailFragment;
export type CaseField = CaseDetail["formFields"][number];
export type CaseMaterial = CaseDetail["materials"][number];
export type CaseEvent = CaseDetail["history"][number];

/** The applicant's name as the case holds it (a form field), for headings and receipts. */
export const applicantName = (c: CaseDetail) =>
  c.formFields.find((field) => field.key === "name")?.value ?? null;

/** Statuses in which the station still fills the case in. */
export const fillable = (c: CaseDetail) =>
  c.status === "DRAFT" || c.status === "SUPPLEMENT_REQUIRED";
