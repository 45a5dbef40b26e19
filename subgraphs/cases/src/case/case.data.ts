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

/** How an eligibility rule stands on the case: decided on the bases' data, or attested. */
export type EligibilityOutcome =
  "HOLDS" | "FAILS" | "UNDECIDED" | "ATTESTED_HOLDS" | "ATTESTED_FAILS";

export interface CaseEligibilityCheck {
  fact: string;
  operator: string;
  value: string;
  description: string;
  /** The item makes the rule a manual check where the department cannot read the fact. */
  manualCheck: boolean;
  outcome: EligibilityOutcome;
  /** Why the rule could not be decided on the data (the fact's refusal or absence). */
  reason: string | null;
  /** The official who attested it, when, and their note. */
  attestedBy: string | null;
  attestedAt: string | null;
  attestation: string | null;
}

/** A phone number the applicant stated at the counter: never mixed with the bases' data. */
export interface CaseContact {
  phone: string;
  provenance: "STATED_BY_APPLICANT";
  statedAt: string;
  recordedBy: string;
}

/** What a supplement request asks for, and which of it has been supplied since. */
export interface SupplementRequest {
  items: string[];
  note: string;
  supplied?: string[];
}

export interface CaseStep {
  action: "ACCEPT" | "REVIEW" | "APPROVE";
  name: string;
  role: string;
  levels: string[];
  department: string | null;
}
