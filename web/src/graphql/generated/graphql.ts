/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Administrative level: village/community, town/street, county, city. */
export type AdminLevel =
  | 'CITY'
  | 'COUNTY'
  | 'TOWN'
  | 'VILLAGE';

/** A workflow step's decision: accept at the station, review, approve or reject. */
export type CaseDecision =
  | 'ACCEPT'
  | 'APPROVE'
  | 'REJECT'
  | 'REVIEW';

/** Where a case stands. */
export type CaseStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'COMPLETING'
  | 'DELIVERED'
  | 'DRAFT'
  | 'INTAKE'
  | 'REFUSED'
  | 'REJECTED'
  | 'REVIEWED'
  | 'SUPPLEMENT_REQUIRED';

/** The classification of one data item. */
export type ClassifyDataResourceInput = {
  /** The base that holds it. */
  base: DataBase;
  /** For a licence type: its data keys. */
  dataKeys?: Array<string> | null | undefined;
  /** What the item is. */
  description: string;
  /** Whether case purposes cover household members. */
  householdScope: boolean;
  /** Person.birthDate, Household.members, Licence:ID_CARD... */
  item: string;
  /** Masking rule for MASKED grants. */
  masking: MaskingRule;
  /** Providing department code. */
  provider: string;
  /** Sensitivity. */
  sensitivity: Sensitivity;
  /** Share type. */
  shareType: ShareType;
};

/** The base that holds a data item. */
export type DataBase =
  | 'cases'
  | 'catalog'
  | 'licences'
  | 'population';

/** How a rule stands: HOLDS or FAILS on the bases' data; UNDECIDED when its fact could not be read (an official attests it before approval); ATTESTED_HOLDS or ATTESTED_FAILS once attested. */
export type EligibilityOutcome =
  | 'ATTESTED_FAILS'
  | 'ATTESTED_HOLDS'
  | 'FAILS'
  | 'HOLDS'
  | 'UNDECIDED';

/** A value typed in for a manual field. */
export type FieldValueInput = {
  /** The field's key. */
  key: string;
  /** The value as text (a list as a JSON array). */
  value: string;
};

/** The kind of value a form field holds; manual entries are validated by it. */
export type FormFieldType =
  | 'BANK_ACCOUNT'
  | 'CITIZEN_ID'
  | 'DATE'
  | 'ENUM'
  | 'INTEGER'
  | 'LIST'
  | 'MONEY'
  | 'PHONE'
  | 'TEXT';

/** Gender as registered (GB/T 2261.1). */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** FULL: the value; MASKED: the value masked by its rule; VERIFY: yes/no answers only. */
export type GrantLevel =
  | 'FULL'
  | 'MASKED'
  | 'VERIFY';

/** Where a grant stands; an APPROVED grant past validUntil is expired (inForce false). */
export type GrantStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED';

/** Where a case may be handled relative to the applicant's registration: the own SITE only, anywhere in the TOWN, COUNTY or CITY (通办范围). */
export type HandlingScope =
  | 'CITY'
  | 'COUNTY'
  | 'SITE'
  | 'TOWN';

/** Type of a service item after the national catalog: 行政许可, 行政给付, 行政确认, 行政征收, 行政奖励, 行政裁决, 其他行政权力, 公共服务. */
export type ItemType =
  | 'ADMINISTRATIVE_CONFIRMATION'
  | 'ADMINISTRATIVE_LEVY'
  | 'ADMINISTRATIVE_LICENSING'
  | 'ADMINISTRATIVE_PAYMENT'
  | 'ADMINISTRATIVE_REWARD'
  | 'ADMINISTRATIVE_RULING'
  | 'OTHER_ADMINISTRATIVE_POWER'
  | 'PUBLIC_SERVICE';

/** Language of a catalog answer: ZH (the default), or EN where the catalog has English (Chinese otherwise). */
export type Language =
  | 'EN'
  | 'ZH';

/** How a MASKED grant shows the value (e.g. PHONE: 138****1234, NAME: 李*华). */
export type MaskingRule =
  | 'ADDRESS'
  | 'CITIZEN_ID'
  | 'DATE'
  | 'NAME'
  | 'NONE'
  | 'PHONE';

/** BY_LICENCE: a verified e-licence reference; UPLOADED: a scan; OUTSTANDING: still needed. */
export type MaterialStatus =
  | 'BY_LICENCE'
  | 'OUTSTANDING'
  | 'UPLOADED';

/** What a message is about: a service item, a service site, or a case of your own. */
export type MessageAbout =
  | 'CASE'
  | 'ITEM'
  | 'SITE';

/** An outcome figure computed from stored cases, never typed in. */
export type OutcomeFigure =
  /** Share of form fields filled from the bases. */
  | 'AUTO_FILL_SHARE'
  /** Average rating (好差评), 1 to 5. */
  | 'AVERAGE_RATING'
  /** Share of poor ratings the department answered. */
  | 'FOLLOW_UP_ANSWER_RATE'
  /** Median and p90 working days, acceptance to completion. */
  | 'HANDLING_WORKING_DAYS'
  /** Share of materials satisfied by e-licence. */
  | 'LICENCE_MATERIAL_SHARE'
  /** Share of cases handled at a village site in one visit. */
  | 'SAME_VILLAGE_SHARE'
  /** Scans uploaded per case. */
  | 'UPLOADS_PER_CASE';

/** Registration status of a person in the population base. */
export type PersonStatus =
  /** Living and registered here. */
  | 'ALIVE'
  /** Deceased; see deathDate. */
  | 'DECEASED'
  /** Registration moved to another jurisdiction. */
  | 'MIGRATED_OUT';

/** A consumer department's request. */
export type RequestSharingGrantInput = {
  /** Data items wanted. */
  items: Array<string>;
  /** Legal basis of the use. */
  legalBasis: string;
  /** Level wanted. */
  level: GrantLevel;
  /** Providing department (all items must be its). */
  provider: string;
  /** Service item codes the data will be used for. */
  purposes: Array<string>;
  /** Last day in force (YYYY-MM-DD); omit: until revoked. */
  validUntil?: string | null | undefined;
};

/** How sensitive a data item is. */
export type Sensitivity =
  | 'INTERNAL'
  | 'PUBLIC'
  | 'SECRET'
  | 'SENSITIVE';

/** National sharing rules: UNCONDITIONAL items are granted on request, CONDITIONAL ones need the provider's approval for purposes, NOT_SHARED ones are never released. */
export type ShareType =
  | 'CONDITIONAL'
  | 'NOT_SHARED'
  | 'UNCONDITIONAL';

/** What an agent sends to open a case. */
export type StartCaseInput = {
  /** The applicant's citizen ID number. */
  applicantCitizenId: string;
  /** A mobile number the applicant states at the counter for notices; kept as stated by the applicant, apart from the bases' data. */
  contactPhone?: string | null | undefined;
  /** The same key returns the same case (retries, double clicks). */
  idempotencyKey: string;
  /** The service item's code. */
  itemCode: string;
};

/** What a workflow step does: accept at a site, review, approve (or reject). */
export type StepAction =
  | 'ACCEPT'
  | 'APPROVE'
  | 'REVIEW';

/** A message to the department responsible. */
export type SubmitMessageInput = {
  /** What it is about. */
  about: MessageAbout;
  /** Your case (about CASE; with your token). */
  caseId?: string | number | null | undefined;
  /** A mobile number to be answered on: stored encrypted, never published. */
  contactPhone?: string | null | undefined;
  /** The service item's code (about ITEM). */
  itemCode?: string | null | undefined;
  /** Whether the question and answer may be published (without personal data). */
  publishable: boolean;
  /** The service site's code (about SITE). */
  siteCode?: string | null | undefined;
  /** The message, 5 to 1,000 characters. */
  text: string;
};

/** Deadline supervision: GREEN in time, YELLOW on the last working day or under 20% left, RED overdue; NONE before acceptance or once closed. */
export type Supervision =
  | 'GREEN'
  | 'NONE'
  | 'RED'
  | 'YELLOW';

export type AccessLogQueryVariables = Exact<{
  department?: string | null | undefined;
  subjectCitizenId?: string | null | undefined;
  item?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessLogQuery = { accessLog: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, requestId: string, callerSub: string, callerDept: string | null, callerRoles: Array<string>, callerSite: string | null, purpose: string | null, subjectCitizenId: string, base: string, released: boolean, items: Array<{ item: string, outcome: string }> } }> } };

export type VerifyAccessLogQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAccessLogQuery = { verifyAccessLog: { ok: boolean, checked: number, firstBrokenEntryId: string | null } };

export type CaseDetailFragment = { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null };

export type CaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseByIdQuery = { case: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, serviceItem: { code: string, promisedWorkingDays: number, steps: Array<{ order: number, action: StepAction, name: string, role: string, levels: Array<AdminLevel>, department: string | null }> }, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } | null };

export type VerifyCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type VerifyCaseQuery = { verifyCase: { ok: boolean, checked: number, firstFailedEventId: string | null, reason: string | null } };

export type StartCaseMutationVariables = Exact<{
  input: StartCaseInput;
}>;


export type StartCaseMutation = { startCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type SetCaseFieldsMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  values: Array<FieldValueInput> | FieldValueInput;
}>;


export type SetCaseFieldsMutation = { setCaseFields: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type DecideCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  decision: CaseDecision;
  opinion?: string | null | undefined;
}>;


export type DecideCaseMutation = { decideCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type RequestSupplementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  items: Array<string> | string;
  note: string;
}>;


export type RequestSupplementMutation = { requestSupplement: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type AttestEligibilityMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  rule: number;
  holds: boolean;
  note: string;
}>;


export type AttestEligibilityMutation = { attestEligibility: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type ResubmitCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ResubmitCaseMutation = { resubmitCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type CompleteCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  opinion?: string | null | undefined;
}>;


export type CompleteCaseMutation = { completeCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type DeliverCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeliverCaseMutation = { deliverCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type AnswerFollowUpMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  answer: string;
}>;


export type AnswerFollowUpMutation = { answerFollowUp: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, refusalRule: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, eligibility: Array<{ fact: string, operator: string, value: string, description: string, manualCheck: boolean, outcome: EligibilityOutcome | null, reason: string | null, attestedBy: string | null, attestedAt: string | null, attestation: string | null }>, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type CaseListQueryVariables = Exact<{
  status?: CaseStatus | null | undefined;
  supervision?: Supervision | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, status: CaseStatus, itemName: string, department: string, site: string, supervision: Supervision, acceptedOn: string | null, deadline: string | null, createdAt: string } }> } };

export type CatalogQueryVariables = Exact<{
  search?: string | null | undefined;
  department?: string | null | undefined;
  after?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type CatalogQuery = { serviceItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, department: string, level: AdminLevel, scope: HandlingScope, promisedWorkingDays: number, feeFen: number } }> } };

export type CatalogItemQueryVariables = Exact<{
  code: string;
  language?: Language | null | undefined;
}>;


export type CatalogItemQuery = { serviceItem: { code: string, name: string, version: number, itemType: ItemType | null, department: string, implementingBody: string | null, level: AdminLevel, scope: HandlingScope, legalBasis: string, acceptanceConditions: string, promisedWorkingDays: number, statutoryWorkingDays: number, maxTrips: number, feeFen: number, resultLicenceType: string | null, formFields: Array<{ key: string, label: string, type: FormFieldType, required: boolean, source: string | null, manual: boolean }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, originalRequired: boolean }>, eligibility: Array<{ description: string }>, steps: Array<{ order: number, action: StepAction, name: string, role: string, levels: Array<AdminLevel>, department: string | null }> } | null };

export type StationItemsQueryVariables = Exact<{
  site: string;
  department: string;
}>;


export type StationItemsQuery = { serviceItems: { edges: Array<{ node: { code: string, name: string, promisedWorkingDays: number, feeFen: number, materials: Array<{ name: string, satisfiedBy: string }> } }> } };

export type StationSiteQueryVariables = Exact<{
  code: string;
}>;


export type StationSiteQuery = { serviceSite: { code: string, name: string, level: AdminLevel } | null };

export type GrantRowFragment = { id: string, consumer: string, provider: string, items: Array<string>, level: GrantLevel, purposes: Array<string>, legalBasis: string, validFrom: string, validUntil: string | null, status: GrantStatus, inForce: boolean, requestedAt: string, requestedBy: string, dueOn: string, overdue: boolean, decidedAt: string | null, decidedBy: string | null, decisionReason: string | null, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null };

export type SharingGrantsQueryVariables = Exact<{
  provider?: string | null | undefined;
  consumer?: string | null | undefined;
  status?: GrantStatus | null | undefined;
}>;


export type SharingGrantsQuery = { sharingGrants: { totalCount: number, edges: Array<{ node: { id: string, consumer: string, provider: string, items: Array<string>, level: GrantLevel, purposes: Array<string>, legalBasis: string, validFrom: string, validUntil: string | null, status: GrantStatus, inForce: boolean, requestedAt: string, requestedBy: string, dueOn: string, overdue: boolean, decidedAt: string | null, decidedBy: string | null, decisionReason: string | null, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null } }> } };

export type ApproveGrantMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveGrantMutation = { approveSharingGrant: { id: string, consumer: string, provider: string, items: Array<string>, level: GrantLevel, purposes: Array<string>, legalBasis: string, validFrom: string, validUntil: string | null, status: GrantStatus, inForce: boolean, requestedAt: string, requestedBy: string, dueOn: string, overdue: boolean, decidedAt: string | null, decidedBy: string | null, decisionReason: string | null, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null } };

export type RejectGrantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectGrantMutation = { rejectSharingGrant: { id: string, consumer: string, provider: string, items: Array<string>, level: GrantLevel, purposes: Array<string>, legalBasis: string, validFrom: string, validUntil: string | null, status: GrantStatus, inForce: boolean, requestedAt: string, requestedBy: string, dueOn: string, overdue: boolean, decidedAt: string | null, decidedBy: string | null, decisionReason: string | null, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null } };

export type RevokeGrantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeGrantMutation = { revokeSharingGrant: { id: string, consumer: string, provider: string, items: Array<string>, level: GrantLevel, purposes: Array<string>, legalBasis: string, validFrom: string, validUntil: string | null, status: GrantStatus, inForce: boolean, requestedAt: string, requestedBy: string, dueOn: string, overdue: boolean, decidedAt: string | null, decidedBy: string | null, decisionReason: string | null, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null } };

export type RequestGrantMutationVariables = Exact<{
  input: RequestSharingGrantInput;
}>;


export type RequestGrantMutation = { requestSharingGrant: { id: string, consumer: string, provider: string, items: Array<string>, level: GrantLevel, purposes: Array<string>, legalBasis: string, validFrom: string, validUntil: string | null, status: GrantStatus, inForce: boolean, requestedAt: string, requestedBy: string, dueOn: string, overdue: boolean, decidedAt: string | null, decidedBy: string | null, decisionReason: string | null, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null } };

export type DataResourceRowFragment = { item: string, base: DataBase, provider: string, description: string, sensitivity: Sensitivity, shareType: ShareType, masking: MaskingRule, householdScope: boolean, dataKeys: Array<string> | null, classifiedAt: string, classifiedBy: string };

export type DataResourcesQueryVariables = Exact<{
  provider?: string | null | undefined;
}>;


export type DataResourcesQuery = { unclassifiedDataItems: Array<string>, dataResources: { totalCount: number, edges: Array<{ node: { item: string, base: DataBase, provider: string, description: string, sensitivity: Sensitivity, shareType: ShareType, masking: MaskingRule, householdScope: boolean, dataKeys: Array<string> | null, classifiedAt: string, classifiedBy: string } }> } };

export type ClassifyDataResourceMutationVariables = Exact<{
  input: ClassifyDataResourceInput;
}>;


export type ClassifyDataResourceMutation = { classifyDataResource: { item: string, base: DataBase, provider: string, description: string, sensitivity: Sensitivity, shareType: ShareType, masking: MaskingRule, householdScope: boolean, dataKeys: Array<string> | null, classifiedAt: string, classifiedBy: string } };

export type PublishedMessagesQueryVariables = Exact<{
  itemCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublishedMessagesQuery = { publishedMessages: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { number: string, about: MessageAbout, itemCode: string | null, siteCode: string | null, department: string, question: string, answer: string, askedOn: string, answeredOn: string, answeredOnTime: boolean, rating: number | null } }> } };

export type MessageStatisticsQueryVariables = Exact<{
  department: string;
}>;


export type MessageStatisticsQuery = { messageStatistics: { department: string, received: number, answered: number, answeredOnTime: number, overdue: number, rated: number, averageRating: number | null } };

export type SubmitMessageMutationVariables = Exact<{
  input: SubmitMessageInput;
}>;


export type SubmitMessageMutation = { submitMessage: { number: string, department: string, dueOn: string, receipt: string | null } };

export type MessageByReceiptQueryVariables = Exact<{
  receipt: string;
}>;


export type MessageByReceiptQuery = { messageByReceipt: { id: string, number: string, about: MessageAbout, itemCode: string | null, department: string, question: string, dueOn: string, supervision: Supervision, answer: string | null, answeredAt: string | null, published: boolean, rating: number | null } };

export type MyMessagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyMessagesQuery = { myMessages: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, about: MessageAbout, itemCode: string | null, siteCode: string | null, caseId: string | null, department: string, question: string, dueOn: string, supervision: Supervision, answer: string | null, answeredAt: string | null, published: boolean, rating: number | null } }> } };

export type RateMessageAnswerMutationVariables = Exact<{
  id?: string | number | null | undefined;
  receipt?: string | null | undefined;
  score: number;
}>;


export type RateMessageAnswerMutation = { rateMessageAnswer: { id: string, rating: number | null } };

export type MessageInboxQueryVariables = Exact<{
  answered?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type MessageInboxQuery = { messageInbox: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, about: MessageAbout, itemCode: string | null, siteCode: string | null, caseId: string | null, department: string, question: string, contactPhone: string | null, publishable: boolean, createdAt: string, dueOn: string, supervision: Supervision, answer: string | null, answeredAt: string | null, published: boolean, rating: number | null } }> } };

export type AnswerMessageMutationVariables = Exact<{
  id: string | number;
  answer: string;
  publish: boolean;
}>;


export type AnswerMessageMutation = { answerMessage: { id: string, answer: string | null, answeredAt: string | null, published: boolean, supervision: Supervision } };

export type MyNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, caseNumber: string, itemName: string, kind: string, message: string | null, state: string, deliveredTo: string | null, createdAt: string, deliveredAt: string | null } }> } };

export type DepartmentStatisticsQueryVariables = Exact<{
  department: string;
}>;


export type DepartmentStatisticsQuery = { caseStatistics: { cases: number, completed: number, onTimeRate: number | null, averageHandlingWorkingDays: number | null, autoFillShare: number | null, materialsByLicence: number, materialsByUpload: number, tripsPerCase: number | null, satisfaction: number | null, yellow: number, red: number } };

export type DepartmentItemsQueryVariables = Exact<{
  department: string;
}>;


export type DepartmentItemsQuery = { serviceItems: { edges: Array<{ node: { code: string, name: string } }> } };

export type PersonCheckQueryVariables = Exact<{
  citizenId: string;
}>;


export type PersonCheckQuery = { personByCitizenId: { citizenId: string | null, name: string | null, gender: Gender | null, birthDate: string | null, age: number | null, address: string | null, phone: string | null, status: PersonStatus | null, household: { number: string } | null } | null };

export type CaseInboxQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CaseInboxQuery = { caseInbox: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { number: string, actions: Array<string>, supervision: Supervision, deadline: string | null, case: { id: string, itemName: string, status: CaseStatus } } }> } };

export type OneTimeNoticeQueryVariables = Exact<{
  code: string;
  language?: Language | null | undefined;
}>;


export type OneTimeNoticeQuery = { oneTimeNotice: { itemCode: string, text: string, html: string } | null, serviceItem: { code: string, name: string } | null };

export type ItemDisclosureQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  month?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type ItemDisclosureQuery = { serviceItem: { code: string, name: string, department: string, disclosure: { results: boolean, outcomes: Array<OutcomeFigure> } } | null, disclosedResults: { itemCode: string, minimumCount: number, months: Array<{ month: string, received: number | null, approved: number | null, refused: number | null, completed: number | null, completedOnTime: number | null, refusedByRule: Array<{ rule: string, count: number }> }> } | null, outcomeFigures: { itemCode: string, minimumCount: number, autoFillShare: number | null, licenceMaterialShare: number | null, uploadsPerCase: number | null, medianWorkingDays: number | null, p90WorkingDays: number | null, sameVillageShare: number | null, averageRating: number | null, followUpAnswerRate: number | null } };

export type CheckpointsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CheckpointsQuery = { accessLogCheckpoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, partition: string, treeSize: number, rootHash: string, signedAt: string, keyId: string, jws: string } }> } };

export type MessageTargetsQueryVariables = Exact<{
  language?: Language | null | undefined;
}>;


export type MessageTargetsQuery = { serviceItems: { edges: Array<{ node: { code: string, name: string, department: string } }> }, serviceSites: { edges: Array<{ node: { code: string, name: string } }> } };

export type MyCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCasesQuery = { cases: { edges: Array<{ node: { id: string, number: string, status: CaseStatus, version: number, itemName: string, department: string, acceptedOn: string | null, deadline: string | null, createdAt: string, resultLicenceIdentifier: string | null, history: Array<{ id: string, at: string, action: string, actorRole: string, actorDept: string | null, toStatus: CaseStatus, opinion: string | null }>, rating: { score: number, comment: string | null, followUpAnswer: string | null } | null } }> } };

export type MyDataUsageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyDataUsageQuery = { myDataUsage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, summary: string, callerDept: string | null, departmentName: string | null, siteName: string | null, readerText: string, purposeText: string, caseNumber: string | null, base: string, released: boolean, items: Array<{ item: string, label: string, outcome: string, outcomeText: string }>, proof: { leafIndex: number } | null } }> } };

export type MyDataUsageExportQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyDataUsageExportQuery = { myDataUsage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, summary: string, departmentName: string | null, siteName: string | null, purposeText: string, caseNumber: string | null, serviceItemName: string | null, requestId: string, callerSub: string, callerDept: string | null, callerRoles: Array<string>, callerSite: string | null, purpose: string | null, serviceItemCode: string | null, subjectCitizenId: string, base: string, items: Array<{ item: string, label: string, outcome: string, outcomeText: string }>, proof: { leaf: string, leafIndex: number, treeSize: number, auditPath: Array<string>, checkpoint: { id: string, partition: string, treeSize: number, rootHash: string, signedAt: string, keyId: string, jws: string } } | null } }> } };

export type RateCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  score: number;
  comment?: string | null | undefined;
}>;


export type RateCaseMutation = { rateCase: { id: string, version: number, rating: { score: number, comment: string | null, followUpDue: string | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CaseDetailFragmentDoc = new TypedDocumentString(`
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}
    `, {"fragmentName":"CaseDetail"}) as unknown as TypedDocumentString<CaseDetailFragment, unknown>;
export const GrantRowFragmentDoc = new TypedDocumentString(`
    fragment GrantRow on SharingGrant {
  id
  consumer
  provider
  items
  level
  purposes
  legalBasis
  validFrom
  validUntil
  status
  inForce
  requestedAt
  requestedBy
  dueOn
  overdue
  decidedAt
  decidedBy
  decisionReason
  revokedAt
  revokedBy
  revocationReason
}
    `, {"fragmentName":"GrantRow"}) as unknown as TypedDocumentString<GrantRowFragment, unknown>;
export const DataResourceRowFragmentDoc = new TypedDocumentString(`
    fragment DataResourceRow on DataResource {
  item
  base
  provider
  description
  sensitivity
  shareType
  masking
  householdScope
  dataKeys
  classifiedAt
  classifiedBy
}
    `, {"fragmentName":"DataResourceRow"}) as unknown as TypedDocumentString<DataResourceRowFragment, unknown>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($department: String, $subjectCitizenId: String, $item: String, $from: String, $to: String, $after: String) {
  accessLog(
    department: $department
    subjectCitizenId: $subjectCitizenId
    item: $item
    from: $from
    to: $to
    after: $after
    first: 50
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        requestId
        callerSub
        callerDept
        callerRoles
        callerSite
        purpose
        subjectCitizenId
        base
        released
        items {
          item
          outcome
        }
      }
    }
  }
}
    `, {"hash":"sha256:e25286a964ac39e276a36273adc274b24f12299fc12a6011298bedadf8272050"}) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const VerifyAccessLogDocument = new TypedDocumentString(`
    query VerifyAccessLog {
  verifyAccessLog {
    ok
    checked
    firstBrokenEntryId
  }
}
    `, {"hash":"sha256:53d41b4af5680082c1a5d7c3b6aadebabdc19439e33f77b15a44825eee0beb90"}) as unknown as TypedDocumentString<VerifyAccessLogQuery, VerifyAccessLogQueryVariables>;
export const CaseByIdDocument = new TypedDocumentString(`
    query CaseById($id: ID!) {
  case(id: $id) {
    ...CaseDetail
    serviceItem {
      code
      promisedWorkingDays
      steps {
        order
        action
        name
        role
        levels
        department
      }
    }
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:229f3212f1a95da476772413abca906247402704ffc28020093e013165a2bade"}) as unknown as TypedDocumentString<CaseByIdQuery, CaseByIdQueryVariables>;
export const VerifyCaseDocument = new TypedDocumentString(`
    query VerifyCase($id: ID!) {
  verifyCase(id: $id) {
    ok
    checked
    firstFailedEventId
    reason
  }
}
    `, {"hash":"sha256:4c5af98d43a157933c3af835a5a967eaf7c45668e8228d961700ea9b20fd08d0"}) as unknown as TypedDocumentString<VerifyCaseQuery, VerifyCaseQueryVariables>;
export const StartCaseDocument = new TypedDocumentString(`
    mutation StartCase($input: StartCaseInput!) {
  startCase(input: $input) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:6be9a7c364278feecbc4b06a39c006acaaddcc2c4c7e197b1292f5684a1791ba"}) as unknown as TypedDocumentString<StartCaseMutation, StartCaseMutationVariables>;
export const SetCaseFieldsDocument = new TypedDocumentString(`
    mutation SetCaseFields($id: ID!, $expectedVersion: Int!, $values: [FieldValueInput!]!) {
  setCaseFields(id: $id, expectedVersion: $expectedVersion, values: $values) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:a9dff5a51e4c73a1f9ead2545634a1ad972c04aaf22ec0be45bcff296b5e5ea7"}) as unknown as TypedDocumentString<SetCaseFieldsMutation, SetCaseFieldsMutationVariables>;
export const DecideCaseDocument = new TypedDocumentString(`
    mutation DecideCase($id: ID!, $expectedVersion: Int!, $decision: CaseDecision!, $opinion: String) {
  decideCase(
    id: $id
    expectedVersion: $expectedVersion
    decision: $decision
    opinion: $opinion
  ) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:bcb1ed5a307f937caeb5204b3d5882c70c987936bb4b8e0460c99133c9471af0"}) as unknown as TypedDocumentString<DecideCaseMutation, DecideCaseMutationVariables>;
export const RequestSupplementDocument = new TypedDocumentString(`
    mutation RequestSupplement($id: ID!, $expectedVersion: Int!, $items: [String!]!, $note: String!) {
  requestSupplement(
    id: $id
    expectedVersion: $expectedVersion
    items: $items
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:6dc390c7897807e9261b27133b5b6bc8cc23237bbc7e2d6cbca938021a2fb5a7"}) as unknown as TypedDocumentString<RequestSupplementMutation, RequestSupplementMutationVariables>;
export const AttestEligibilityDocument = new TypedDocumentString(`
    mutation AttestEligibility($id: ID!, $expectedVersion: Int!, $rule: Int!, $holds: Boolean!, $note: String!) {
  attestEligibility(
    id: $id
    expectedVersion: $expectedVersion
    rule: $rule
    holds: $holds
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:865167c9b0eb26829c9d955b68e2b3b95f874b4fe61f6e88b23aceb02e27ba66"}) as unknown as TypedDocumentString<AttestEligibilityMutation, AttestEligibilityMutationVariables>;
export const ResubmitCaseDocument = new TypedDocumentString(`
    mutation ResubmitCase($id: ID!, $expectedVersion: Int!) {
  resubmitCase(id: $id, expectedVersion: $expectedVersion) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:939740ee384737077fe1b6cf7b09667fd662cd61cf0392b87b6c0f4a6c78397f"}) as unknown as TypedDocumentString<ResubmitCaseMutation, ResubmitCaseMutationVariables>;
export const CompleteCaseDocument = new TypedDocumentString(`
    mutation CompleteCase($id: ID!, $expectedVersion: Int!, $opinion: String) {
  completeCase(id: $id, expectedVersion: $expectedVersion, opinion: $opinion) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:579f60d7fbb0afd44af2226cbae6e44c8dd79dde580a3df48c8aab4a1bfeec3b"}) as unknown as TypedDocumentString<CompleteCaseMutation, CompleteCaseMutationVariables>;
export const DeliverCaseDocument = new TypedDocumentString(`
    mutation DeliverCase($id: ID!, $expectedVersion: Int!) {
  deliverCase(id: $id, expectedVersion: $expectedVersion) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:3df5eade716774968e7f64b483628c3c11fa74f65439e0718af13a339907547e"}) as unknown as TypedDocumentString<DeliverCaseMutation, DeliverCaseMutationVariables>;
export const AnswerFollowUpDocument = new TypedDocumentString(`
    mutation AnswerFollowUp($id: ID!, $expectedVersion: Int!, $answer: String!) {
  answerFollowUp(id: $id, expectedVersion: $expectedVersion, answer: $answer) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  number
  status
  version
  itemCode
  itemName
  department
  site
  agentSub
  acceptedOn
  deadline
  supervision
  refusalReason
  refusalRule
  eligibility {
    fact
    operator
    value
    description
    manualCheck
    outcome
    reason
    attestedBy
    attestedAt
    attestation
  }
  supplementItems
  resultLicenceIdentifier
  createdAt
  visits
  formFields {
    key
    label
    type
    required
    value
    manual
    reason
    source {
      base
      recordId
      licenceIdentifier
      fetchedAt
      verified
    }
  }
  materials {
    name
    required
    satisfiedBy
    status
    licenceIdentifier
    sealVerified
    uploadSha256
    reason
  }
  history {
    id
    at
    action
    actorSub
    actorDept
    actorRole
    actorSite
    fromStatus
    toStatus
    opinion
    contentHash
  }
  rating {
    score
    comment
    followUpDue
    followUpAnswer
  }
}`, {"hash":"sha256:eda6e230e42b6fbf05f44906d0cc6969bb73d7de8a7f4faa4c92041c74e63fc6"}) as unknown as TypedDocumentString<AnswerFollowUpMutation, AnswerFollowUpMutationVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($status: CaseStatus, $supervision: Supervision, $after: String) {
  cases(first: 30, status: $status, supervision: $supervision, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        status
        itemName
        department
        site
        supervision
        acceptedOn
        deadline
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:483a77d71e0b155e045b0efca6d5857c6621968fd9213c30978a3ddd641359e8"}) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CatalogDocument = new TypedDocumentString(`
    query Catalog($search: String, $department: String, $after: String, $language: Language) {
  serviceItems(
    search: $search
    department: $department
    first: 20
    after: $after
    language: $language
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        department
        level
        scope
        promisedWorkingDays
        feeFen
      }
    }
  }
}
    `, {"hash":"sha256:08d53a8b6041cd1c6847cc37daa08541695e21ecc01e517e62be9ad4fc00032d"}) as unknown as TypedDocumentString<CatalogQuery, CatalogQueryVariables>;
export const CatalogItemDocument = new TypedDocumentString(`
    query CatalogItem($code: String!, $language: Language) {
  serviceItem(code: $code, language: $language) {
    code
    name
    version
    itemType
    department
    implementingBody
    level
    scope
    legalBasis
    acceptanceConditions
    promisedWorkingDays
    statutoryWorkingDays
    maxTrips
    feeFen
    resultLicenceType
    formFields {
      key
      label
      type
      required
      source
      manual
    }
    materials {
      name
      required
      satisfiedBy
      originalRequired
    }
    eligibility {
      description
    }
    steps {
      order
      action
      name
      role
      levels
      department
    }
  }
}
    `, {"hash":"sha256:aab430a04d28a2fedb1dc2031dbb0ccefe26cefe6b80fb6989143af59d871e4a"}) as unknown as TypedDocumentString<CatalogItemQuery, CatalogItemQueryVariables>;
export const StationItemsDocument = new TypedDocumentString(`
    query StationItems($site: String!, $department: String!) {
  serviceItems(site: $site, department: $department, first: 50) {
    edges {
      node {
        code
        name
        promisedWorkingDays
        feeFen
        materials {
          name
          satisfiedBy
        }
      }
    }
  }
}
    `, {"hash":"sha256:59da0c47f08385899355024fd203de9d3e1db13b5e5ed0c4a229fb56f0ecb695"}) as unknown as TypedDocumentString<StationItemsQuery, StationItemsQueryVariables>;
export const StationSiteDocument = new TypedDocumentString(`
    query StationSite($code: String!) {
  serviceSite(code: $code) {
    code
    name
    level
  }
}
    `, {"hash":"sha256:8a8c330c761f2f4e4c53513c45e893acaf80d0a6ba75af0e16e5bcb91361394b"}) as unknown as TypedDocumentString<StationSiteQuery, StationSiteQueryVariables>;
export const SharingGrantsDocument = new TypedDocumentString(`
    query SharingGrants($provider: String, $consumer: String, $status: GrantStatus) {
  sharingGrants(
    provider: $provider
    consumer: $consumer
    status: $status
    first: 100
  ) {
    totalCount
    edges {
      node {
        ...GrantRow
      }
    }
  }
}
    fragment GrantRow on SharingGrant {
  id
  consumer
  provider
  items
  level
  purposes
  legalBasis
  validFrom
  validUntil
  status
  inForce
  requestedAt
  requestedBy
  dueOn
  overdue
  decidedAt
  decidedBy
  decisionReason
  revokedAt
  revokedBy
  revocationReason
}`, {"hash":"sha256:09046edc4a4dcd4714b7e9f1d6ebec69f1fa31c5e1f6a520059306185ca6ff09"}) as unknown as TypedDocumentString<SharingGrantsQuery, SharingGrantsQueryVariables>;
export const ApproveGrantDocument = new TypedDocumentString(`
    mutation ApproveGrant($id: ID!) {
  approveSharingGrant(id: $id) {
    ...GrantRow
  }
}
    fragment GrantRow on SharingGrant {
  id
  consumer
  provider
  items
  level
  purposes
  legalBasis
  validFrom
  validUntil
  status
  inForce
  requestedAt
  requestedBy
  dueOn
  overdue
  decidedAt
  decidedBy
  decisionReason
  revokedAt
  revokedBy
  revocationReason
}`, {"hash":"sha256:400eefa6ec3cdc89c1c720ad788df46803593bc6f9708f4e483fc79840e4af6f"}) as unknown as TypedDocumentString<ApproveGrantMutation, ApproveGrantMutationVariables>;
export const RejectGrantDocument = new TypedDocumentString(`
    mutation RejectGrant($id: ID!, $reason: String!) {
  rejectSharingGrant(id: $id, reason: $reason) {
    ...GrantRow
  }
}
    fragment GrantRow on SharingGrant {
  id
  consumer
  provider
  items
  level
  purposes
  legalBasis
  validFrom
  validUntil
  status
  inForce
  requestedAt
  requestedBy
  dueOn
  overdue
  decidedAt
  decidedBy
  decisionReason
  revokedAt
  revokedBy
  revocationReason
}`, {"hash":"sha256:db694aedf9f849c5b475cfd18f9b7077341ed41b2a6ace84dd524e1604918fd3"}) as unknown as TypedDocumentString<RejectGrantMutation, RejectGrantMutationVariables>;
export const RevokeGrantDocument = new TypedDocumentString(`
    mutation RevokeGrant($id: ID!, $reason: String!) {
  revokeSharingGrant(id: $id, reason: $reason) {
    ...GrantRow
  }
}
    fragment GrantRow on SharingGrant {
  id
  consumer
  provider
  items
  level
  purposes
  legalBasis
  validFrom
  validUntil
  status
  inForce
  requestedAt
  requestedBy
  dueOn
  overdue
  decidedAt
  decidedBy
  decisionReason
  revokedAt
  revokedBy
  revocationReason
}`, {"hash":"sha256:cde0de65b11113ccd91730a14ff9299cb00e0a8387a5d9362f5e6f95a295f1ee"}) as unknown as TypedDocumentString<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const RequestGrantDocument = new TypedDocumentString(`
    mutation RequestGrant($input: RequestSharingGrantInput!) {
  requestSharingGrant(input: $input) {
    ...GrantRow
  }
}
    fragment GrantRow on SharingGrant {
  id
  consumer
  provider
  items
  level
  purposes
  legalBasis
  validFrom
  validUntil
  status
  inForce
  requestedAt
  requestedBy
  dueOn
  overdue
  decidedAt
  decidedBy
  decisionReason
  revokedAt
  revokedBy
  revocationReason
}`, {"hash":"sha256:3161af08d48ac574fcb61d378934a686f04413dd2060ae89c6402470d3825210"}) as unknown as TypedDocumentString<RequestGrantMutation, RequestGrantMutationVariables>;
export const DataResourcesDocument = new TypedDocumentString(`
    query DataResources($provider: String) {
  dataResources(provider: $provider, first: 100) {
    totalCount
    edges {
      node {
        ...DataResourceRow
      }
    }
  }
  unclassifiedDataItems
}
    fragment DataResourceRow on DataResource {
  item
  base
  provider
  description
  sensitivity
  shareType
  masking
  householdScope
  dataKeys
  classifiedAt
  classifiedBy
}`, {"hash":"sha256:7c888c6ef7b728656c792cc1f49b162373d94a2a953d18671ad5ade4904a7f6f"}) as unknown as TypedDocumentString<DataResourcesQuery, DataResourcesQueryVariables>;
export const ClassifyDataResourceDocument = new TypedDocumentString(`
    mutation ClassifyDataResource($input: ClassifyDataResourceInput!) {
  classifyDataResource(input: $input) {
    ...DataResourceRow
  }
}
    fragment DataResourceRow on DataResource {
  item
  base
  provider
  description
  sensitivity
  shareType
  masking
  householdScope
  dataKeys
  classifiedAt
  classifiedBy
}`, {"hash":"sha256:d2e07dc6b764bc0d9106fb16af1b89e9e274626d956511c6db824abd08b3ff78"}) as unknown as TypedDocumentString<ClassifyDataResourceMutation, ClassifyDataResourceMutationVariables>;
export const PublishedMessagesDocument = new TypedDocumentString(`
    query PublishedMessages($itemCode: String, $after: String) {
  publishedMessages(itemCode: $itemCode, first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        number
        about
        itemCode
        siteCode
        department
        question
        answer
        askedOn
        answeredOn
        answeredOnTime
        rating
      }
    }
  }
}
    `, {"hash":"sha256:1fb32cd5dfa7ad3632a08495a75978554b0b4baa68618b432a19c69888e4d40b"}) as unknown as TypedDocumentString<PublishedMessagesQuery, PublishedMessagesQueryVariables>;
export const MessageStatisticsDocument = new TypedDocumentString(`
    query MessageStatistics($department: String!) {
  messageStatistics(department: $department) {
    department
    received
    answered
    answeredOnTime
    overdue
    rated
    averageRating
  }
}
    `, {"hash":"sha256:0419d9ecd5f0438542f44ade1e3d1df27586a43e0650d68effc844d6bc0ec434"}) as unknown as TypedDocumentString<MessageStatisticsQuery, MessageStatisticsQueryVariables>;
export const SubmitMessageDocument = new TypedDocumentString(`
    mutation SubmitMessage($input: SubmitMessageInput!) {
  submitMessage(input: $input) {
    number
    department
    dueOn
    receipt
  }
}
    `, {"hash":"sha256:e946ced7102ec6e41fa5d2e7ec28bec0c50dcc2be3606e3ff5711dd079601cc8"}) as unknown as TypedDocumentString<SubmitMessageMutation, SubmitMessageMutationVariables>;
export const MessageByReceiptDocument = new TypedDocumentString(`
    query MessageByReceipt($receipt: String!) {
  messageByReceipt(receipt: $receipt) {
    id
    number
    about
    itemCode
    department
    question
    dueOn
    supervision
    answer
    answeredAt
    published
    rating
  }
}
    `, {"hash":"sha256:be093c9bf848725217cc01bed60ccea8e0b29c306c8394373da5e2cc62d5d387"}) as unknown as TypedDocumentString<MessageByReceiptQuery, MessageByReceiptQueryVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
    query MyMessages($after: String) {
  myMessages(first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        about
        itemCode
        siteCode
        caseId
        department
        question
        dueOn
        supervision
        answer
        answeredAt
        published
        rating
      }
    }
  }
}
    `, {"hash":"sha256:357b80a668bc8e52f0f87ef2f9894e79c88a7e9999860e5198a2e5ffd40d31f8"}) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const RateMessageAnswerDocument = new TypedDocumentString(`
    mutation RateMessageAnswer($id: ID, $receipt: String, $score: Int!) {
  rateMessageAnswer(id: $id, receipt: $receipt, score: $score) {
    id
    rating
  }
}
    `, {"hash":"sha256:3671d9f2a78d6b941b34f78906281726371b487c1a0225ec3af21f45f8d12d34"}) as unknown as TypedDocumentString<RateMessageAnswerMutation, RateMessageAnswerMutationVariables>;
export const MessageInboxDocument = new TypedDocumentString(`
    query MessageInbox($answered: Boolean, $after: String) {
  messageInbox(answered: $answered, first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        about
        itemCode
        siteCode
        caseId
        department
        question
        contactPhone
        publishable
        createdAt
        dueOn
        supervision
        answer
        answeredAt
        published
        rating
      }
    }
  }
}
    `, {"hash":"sha256:83c6fd93eb353b3f290646a97a44fd676dabcaa3e11d081a8ab9f3296e1ed20c"}) as unknown as TypedDocumentString<MessageInboxQuery, MessageInboxQueryVariables>;
export const AnswerMessageDocument = new TypedDocumentString(`
    mutation AnswerMessage($id: ID!, $answer: String!, $publish: Boolean!) {
  answerMessage(id: $id, answer: $answer, publish: $publish) {
    id
    answer
    answeredAt
    published
    supervision
  }
}
    `, {"hash":"sha256:02aec6bf717a7e532a417f2005a79f2448eedbb2045d5a7a3fe2005f18e5f306"}) as unknown as TypedDocumentString<AnswerMessageMutation, AnswerMessageMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($after: String) {
  myNotifications(first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        caseNumber
        itemName
        kind
        message
        state
        deliveredTo
        createdAt
        deliveredAt
      }
    }
  }
}
    `, {"hash":"sha256:56663311d7b0013b2681275bf0a8b504aa97307ce32a7d8dc35281ab508062b4"}) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const DepartmentStatisticsDocument = new TypedDocumentString(`
    query DepartmentStatistics($department: String!) {
  caseStatistics(department: $department) {
    cases
    completed
    onTimeRate
    averageHandlingWorkingDays
    autoFillShare
    materialsByLicence
    materialsByUpload
    tripsPerCase
    satisfaction
    yellow
    red
  }
}
    `, {"hash":"sha256:3fd09f8a35d404dd7909f2865158d296a2410071475f8f308a724679705a28ce"}) as unknown as TypedDocumentString<DepartmentStatisticsQuery, DepartmentStatisticsQueryVariables>;
export const DepartmentItemsDocument = new TypedDocumentString(`
    query DepartmentItems($department: String!) {
  serviceItems(department: $department, first: 50) {
    edges {
      node {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:a66add112c734792cf51782772a083aa5ebbd374947daecc423a9db339c47951"}) as unknown as TypedDocumentString<DepartmentItemsQuery, DepartmentItemsQueryVariables>;
export const PersonCheckDocument = new TypedDocumentString(`
    query PersonCheck($citizenId: String!) {
  personByCitizenId(citizenId: $citizenId) {
    citizenId
    name
    gender
    birthDate
    age
    address
    phone
    status
    household {
      number
    }
  }
}
    `, {"hash":"sha256:1284963ba9eb7b1d8a523f425e16b9242fcebcd4ee8c0b1dd2cfe6237c9600c9"}) as unknown as TypedDocumentString<PersonCheckQuery, PersonCheckQueryVariables>;
export const CaseInboxDocument = new TypedDocumentString(`
    query CaseInbox($after: String) {
  caseInbox(first: 30, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        number
        actions
        supervision
        deadline
        case {
          id
          itemName
          status
        }
      }
    }
  }
}
    `, {"hash":"sha256:3eba07a13923b7760970603f66ebe250d60e4f83e618edd0e03a0c57eeb3b8f7"}) as unknown as TypedDocumentString<CaseInboxQuery, CaseInboxQueryVariables>;
export const OneTimeNoticeDocument = new TypedDocumentString(`
    query OneTimeNotice($code: String!, $language: Language) {
  oneTimeNotice(code: $code, language: $language) {
    itemCode
    text
    html
  }
  serviceItem(code: $code, language: $language) {
    code
    name
  }
}
    `, {"hash":"sha256:f7a26b6a257ffbf96e4225c4717c57e047c918940bc9f0ec2e03da0db31f909d"}) as unknown as TypedDocumentString<OneTimeNoticeQuery, OneTimeNoticeQueryVariables>;
export const ItemDisclosureDocument = new TypedDocumentString(`
    query ItemDisclosure($code: String!, $from: String, $to: String, $month: String, $language: Language) {
  serviceItem(code: $code, language: $language) {
    code
    name
    department
    disclosure {
      results
      outcomes
    }
  }
  disclosedResults(itemCode: $code, from: $from, to: $to) {
    itemCode
    minimumCount
    months {
      month
      received
      approved
      refused
      refusedByRule {
        rule
        count
      }
      completed
      completedOnTime
    }
  }
  outcomeFigures(itemCode: $code, month: $month) {
    itemCode
    minimumCount
    autoFillShare
    licenceMaterialShare
    uploadsPerCase
    medianWorkingDays
    p90WorkingDays
    sameVillageShare
    averageRating
    followUpAnswerRate
  }
}
    `, {"hash":"sha256:e5c091d66b7446707c3b19e4face4d5e2c3497a8c092528f442a1e814c0d2a5c"}) as unknown as TypedDocumentString<ItemDisclosureQuery, ItemDisclosureQueryVariables>;
export const CheckpointsDocument = new TypedDocumentString(`
    query Checkpoints($after: String) {
  accessLogCheckpoints(latestOnly: true, first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        partition
        treeSize
        rootHash
        signedAt
        keyId
        jws
      }
    }
  }
}
    `, {"hash":"sha256:f970606949537b4db33608127f2121efa68abb95f274483680eff960e488b7eb"}) as unknown as TypedDocumentString<CheckpointsQuery, CheckpointsQueryVariables>;
export const MessageTargetsDocument = new TypedDocumentString(`
    query MessageTargets($language: Language) {
  serviceItems(first: 50, language: $language) {
    edges {
      node {
        code
        name
        department
      }
    }
  }
  serviceSites(first: 100) {
    edges {
      node {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:dba0edeba148219b355f053e9d73b5fef98f189babdcc63edd39ed47e6e25bd9"}) as unknown as TypedDocumentString<MessageTargetsQuery, MessageTargetsQueryVariables>;
export const MyCasesDocument = new TypedDocumentString(`
    query MyCases {
  cases(first: 50) {
    edges {
      node {
        id
        number
        status
        version
        itemName
        department
        acceptedOn
        deadline
        createdAt
        resultLicenceIdentifier
        history {
          id
          at
          action
          actorRole
          actorDept
          toStatus
          opinion
        }
        rating {
          score
          comment
          followUpAnswer
        }
      }
    }
  }
}
    `, {"hash":"sha256:e76f97aa8def9a1abf5e4dd9d80e4d5165d37d03d6cdfe2539415a4e14e23dc0"}) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const MyDataUsageDocument = new TypedDocumentString(`
    query MyDataUsage($after: String) {
  myDataUsage(first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        summary
        callerDept
        departmentName
        siteName
        readerText
        purposeText
        caseNumber
        base
        released
        items {
          item
          label
          outcome
          outcomeText
        }
        proof {
          leafIndex
        }
      }
    }
  }
}
    `, {"hash":"sha256:388e11952d1c4e347cafa1e9be803a3d3b5d6c42c763b2d6219d4deefe66a626"}) as unknown as TypedDocumentString<MyDataUsageQuery, MyDataUsageQueryVariables>;
export const MyDataUsageExportDocument = new TypedDocumentString(`
    query MyDataUsageExport($after: String) {
  myDataUsage(first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        summary
        departmentName
        siteName
        purposeText
        caseNumber
        serviceItemName
        requestId
        callerSub
        callerDept
        callerRoles
        callerSite
        purpose
        serviceItemCode
        subjectCitizenId
        base
        items {
          item
          label
          outcome
          outcomeText
        }
        proof {
          leaf
          leafIndex
          treeSize
          auditPath
          checkpoint {
            id
            partition
            treeSize
            rootHash
            signedAt
            keyId
            jws
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:e6efc99dcb95655bb17a7c391094af648edb7358e23758b3273b4f43972e5f54"}) as unknown as TypedDocumentString<MyDataUsageExportQuery, MyDataUsageExportQueryVariables>;
export const RateCaseDocument = new TypedDocumentString(`
    mutation RateCase($id: ID!, $expectedVersion: Int!, $score: Int!, $comment: String) {
  rateCase(
    id: $id
    expectedVersion: $expectedVersion
    score: $score
    comment: $comment
  ) {
    id
    version
    rating {
      score
      comment
      followUpDue
    }
  }
}
    `, {"hash":"sha256:7c6fdf4e814e2d717616fd87218c433c9d207def8a8d6f247983283716969f9e"}) as unknown as TypedDocumentString<RateCaseMutation, RateCaseMutationVariables>;