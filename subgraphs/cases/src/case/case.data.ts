/** Where a pre-filled value came from. */
export interface Provenance {
  base: "population" | "licences" | "derived";
  /** The base record's id (a person's registration record). */
  recordId: string | null;
  licenceIdentifier: string | null;
  fetchedAt: string;
  /** True for a base record read from its owner, or a licence whose seal verified. */
  verified: boolean;
}

export interface CaseField {
  key: string;
  label: string;
  type: string;
  required: boolean;
  options: string[] | null;
  binding: string | null;
  /** Text of the value; a list as a JSON array. */
  value: string | null;
  manual: boolean;
  /** Why a bound field needs manual entry (no grant, no record...). */
  reason: string | null;
  source: Provenance | null;
}

export interface CaseMaterial {
  name: string;
  required: boolean;
  satisfiedBy: string;
  originalRequired: boolean;
  status: "BY_LICENCE" | "UPLOADED" | "OUTSTANDING";
  licenceIdentifier: string | null;
  sealVerified: boolean;
  uploadId: string | null;
  uploadSha256: string | null;
  reason: string | null;
}

export interface CaseStep {
  action: "ACCEPT" | "REVIEW" | "APPROVE";
  name: string;
  role: string;
  levels: string[];
  department: string | null;
}
