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

export type CaseDetailFragment = { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null };

export type CaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseByIdQuery = { case: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, serviceItem: { code: string, promisedWorkingDays: number, steps: Array<{ order: number, action: StepAction, name: string, role: string, levels: Array<AdminLevel>, department: string | null }> }, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } | null };

export type VerifyCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type VerifyCaseQuery = { verifyCase: { ok: boolean, checked: number, firstFailedEventId: string | null, reason: string | null } };

export type StartCaseMutationVariables = Exact<{
  input: StartCaseInput;
}>;


export type StartCaseMutation = { startCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type SetCaseFieldsMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  values: Array<FieldValueInput> | FieldValueInput;
}>;


export type SetCaseFieldsMutation = { setCaseFields: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type DecideCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  decision: CaseDecision;
  opinion?: string | null | undefined;
}>;


export type DecideCaseMutation = { decideCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type RequestSupplementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  items: Array<string> | string;
  note: string;
}>;


export type RequestSupplementMutation = { requestSupplement: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type ResubmitCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ResubmitCaseMutation = { resubmitCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type CompleteCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  opinion?: string | null | undefined;
}>;


export type CompleteCaseMutation = { completeCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type DeliverCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeliverCaseMutation = { deliverCase: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

export type AnswerFollowUpMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  answer: string;
}>;


export type AnswerFollowUpMutation = { answerFollowUp: { id: string, number: string, status: CaseStatus, version: number, itemCode: string, itemName: string, department: string, site: string, agentSub: string, acceptedOn: string | null, deadline: string | null, supervision: Supervision, refusalReason: string | null, supplementItems: Array<string> | null, resultLicenceIdentifier: string | null, createdAt: string, visits: number, formFields: Array<{ key: string, label: string, type: string, required: boolean, value: string | null, manual: boolean, reason: string | null, source: { base: string, recordId: string | null, licenceIdentifier: string | null, fetchedAt: string, verified: boolean } | null }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, status: MaterialStatus, licenceIdentifier: string | null, sealVerified: boolean, uploadSha256: string | null, reason: string | null }>, history: Array<{ id: string, at: string, action: string, actorSub: string | null, actorDept: string | null, actorRole: string, actorSite: string | null, fromStatus: CaseStatus, toStatus: CaseStatus, opinion: string | null, contentHash: string }>, rating: { score: number, comment: string | null, followUpDue: string | null, followUpAnswer: string | null } | null } };

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
}>;


export type CatalogQuery = { serviceItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, department: string, level: AdminLevel, scope: HandlingScope, promisedWorkingDays: number, feeFen: number } }> } };

export type CatalogItemQueryVariables = Exact<{
  code: string;
}>;


export type CatalogItemQuery = { serviceItem: { code: string, name: string, version: number, department: string, level: AdminLevel, scope: HandlingScope, legalBasis: string, acceptanceConditions: string, promisedWorkingDays: number, statutoryWorkingDays: number, maxTrips: number, feeFen: number, resultLicenceType: string | null, formFields: Array<{ key: string, label: string, type: FormFieldType, required: boolean, source: string | null, manual: boolean }>, materials: Array<{ name: string, required: boolean, satisfiedBy: string, originalRequired: boolean }>, eligibility: Array<{ description: string }>, steps: Array<{ order: number, action: StepAction, name: string, role: string, levels: Array<AdminLevel>, department: string | null }> } | null };

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

export type MyCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCasesQuery = { cases: { edges: Array<{ node: { id: string, number: string, status: CaseStatus, version: number, itemName: string, department: string, acceptedOn: string | null, deadline: string | null, createdAt: string, resultLicenceIdentifier: string | null, history: Array<{ id: string, at: string, action: string, actorRole: string, actorDept: string | null, toStatus: CaseStatus, opinion: string | null }>, rating: { score: number, comment: string | null, followUpAnswer: string | null } | null } }> } };

export type MyDataUsageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyDataUsageQuery = { myDataUsage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, callerDept: string | null, callerRoles: Array<string>, purpose: string | null, base: string, released: boolean, items: Array<{ item: string, outcome: string }> } }> } };

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
}`, {"hash":"sha256:beca3a23d96f255524df0516939d24c30281696b4458b3c423e127a6c9bc14f6"}) as unknown as TypedDocumentString<CaseByIdQuery, CaseByIdQueryVariables>;
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
}`, {"hash":"sha256:8c35fc39a9283e8de38db272e54d630796b9c106533f645b5858aa7b4bb5f78a"}) as unknown as TypedDocumentString<StartCaseMutation, StartCaseMutationVariables>;
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
}`, {"hash":"sha256:9dc3d7dd28ed259822282a1d8ab23f61ed4d260057998dca5822c7f5bf5d3449"}) as unknown as TypedDocumentString<SetCaseFieldsMutation, SetCaseFieldsMutationVariables>;
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
}`, {"hash":"sha256:41c9f80dccf5401e4e7b660cb163d704d702ea2ee020c73d4b09705c9d881977"}) as unknown as TypedDocumentString<DecideCaseMutation, DecideCaseMutationVariables>;
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
}`, {"hash":"sha256:98e5e4c086e142eecfd1f80d12f3d4fc3288c674dcb1f24b4adf26150f375ed8"}) as unknown as TypedDocumentString<RequestSupplementMutation, RequestSupplementMutationVariables>;
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
}`, {"hash":"sha256:eadd5f0754933f556848fafde7380c29aeee4136dfed7ddd5fc0b01499bb0458"}) as unknown as TypedDocumentString<ResubmitCaseMutation, ResubmitCaseMutationVariables>;
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
}`, {"hash":"sha256:0051f2723183b647ee2794ed8752d348ae0e4fdb1739361154041f0ee1420b79"}) as unknown as TypedDocumentString<CompleteCaseMutation, CompleteCaseMutationVariables>;
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
}`, {"hash":"sha256:31215c8c17c31cb66798bfd4ea06979be1809e336a669f37fbe055583cff9cea"}) as unknown as TypedDocumentString<DeliverCaseMutation, DeliverCaseMutationVariables>;
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
}`, {"hash":"sha256:23583e1296ffe206cf592bcba4ea12286519121fd6f413706e761500710b3920"}) as unknown as TypedDocumentString<AnswerFollowUpMutation, AnswerFollowUpMutationVariables>;
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
    query Catalog($search: String, $department: String, $after: String) {
  serviceItems(search: $search, department: $department, first: 20, after: $after) {
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
    `, {"hash":"sha256:21db3435ec5dbedca837a148e1f12e05cb4be76c421e77d54455768f3946228c"}) as unknown as TypedDocumentString<CatalogQuery, CatalogQueryVariables>;
export const CatalogItemDocument = new TypedDocumentString(`
    query CatalogItem($code: String!) {
  serviceItem(code: $code) {
    code
    name
    version
    department
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
    `, {"hash":"sha256:f95117a02bcb53cbc332b80ae3d58034c1691f89bad59d97dc7881d82247f484"}) as unknown as TypedDocumentString<CatalogItemQuery, CatalogItemQueryVariables>;
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
        callerDept
        callerRoles
        purpose
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
    `, {"hash":"sha256:30693525ca973071a058368b36e0fd09fd4eeac199d963727db50639a31544d7"}) as unknown as TypedDocumentString<MyDataUsageQuery, MyDataUsageQueryVariables>;
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