/** The subgraph kit's main entry: its contracts (also an entry of their own) and everything else. */
import "reflect-metadata";

export * from "./contracts.js";

export { buildFederatedSchema, type ReferenceResolvers } from "./schema/federated-schema.js";
export {
  createOrm,
  migrate,
  StatementCounter,
  type Orm,
  type OrmSettings,
  type EntityManager,
} from "./orm/orm.js";
export type { SubgraphContext } from "./server/context.js";
export { Loaders } from "./server/loaders.js";
export {
  startSubgraph,
  type SubgraphOptions,
  type RunningSubgraph,
} from "./server/start-subgraph.js";
export { ageOn, isRealDate, todayInChina } from "./identity/dates.js";
export { fieldView, assertReadable, FULL, type FieldDecision } from "./access/field-view.js";
export { stableUuid } from "./util/stable-uuid.js";
export { withPgClient, type PgClient } from "./orm/pg-client.js";
export {
  keyedRead,
  preparedRead,
  preparedWrite,
  PreparedReads,
  type KeyedRead,
  type PreparedRead,
} from "./orm/prepared-read.js";
export {
  Connection,
  PageInfo,
  encodeCursor,
  pageRequest,
  toPage,
  type Page,
  type PageRequest,
} from "./pagination/connection.js";
export { maskValue, maskingRules, type MaskingRule } from "./access/masking.js";
export {
  adminLevels,
  divisionLevel,
  handlingScopes,
  withinScope,
  type AdminLevel,
  type HandlingScope,
} from "./identity/division.js";
export {
  eligibilityOperators,
  evaluateEligibility,
  type EligibilityOperator,
  type EligibilityOutcome,
  type EligibilityRule,
} from "./rules/eligibility.js";
export { parseInput } from "./util/parse-input.js";
export { WorkingCalendar } from "./calendar/working-days.js";
export {
  sharingSnapshotSchema,
  type EffectiveGrant,
  type GrantLevel,
  type ItemRule,
  type SharingSnapshot,
} from "./access/sharing-rules.js";
export { authorize, authorizeCaller, refusalError, type Verdict } from "./access/authorize.js";
export {
  decideItem,
  mayVerify,
  releasesValue,
  NO_RELATIONS,
  type ConfirmedCasePurpose,
  type FieldSpec,
  type Relations,
} from "./access/item-decision.js";
export {
  decideFields,
  disclosesExistence,
  type Decisions,
  type FieldSet,
  type FieldSpecs,
} from "./access/decide-fields.js";
export {
  AllowAllPolicy,
  EnforcingPolicy,
  type AccessPolicy,
  type RulesSource,
} from "./access/policy.js";
export { RequestAccess, accessFor, type SubjectFacts } from "./access/request-access.js";
export {
  accessLogScope,
  caseListScope,
  grantListScope,
  messageInboxScope,
  type ListScope,
} from "./access/scopes.js";
export { Requires, declaredAction, enforceActions } from "./schema/required-actions.js";
export { VerifyLimiter } from "./access/verify-limiter.js";
export { SharingDirectory, type SharingDirectoryOptions } from "./access/sharing-directory.js";
export { createAccessLogOrm } from "./access-log/access-log.orm.js";
export { AccessLogWriter, type AccessLogRecord } from "./access-log/access-log.writer.js";
export { ReleaseRecorder } from "./access-log/release-recorder.js";
export type { FieldReadNote } from "./access/field-view.js";
export { SHARING_CHANGED_CHANNEL } from "./access/sharing-directory.js";
export type { ApolloServerPlugin } from "@apollo/server";
export { KeyVault } from "./seal/key-vault.js";
export { SigningKeys, type SealCheck, type SigningKeyRow } from "./seal/signing-keys.js";
export { CasePurposes, type CasePurpose } from "./access/case-purposes.js";
export {
  enforcementConfig,
  enforcementEnv,
  type EnforcementConfig,
} from "./access/enforcement-env.js";
export { listEnum } from "./schema/list-enum.js";
export { canonicalJson } from "./util/canonical-json.js";
export {
  HubClient,
  gatewayFailure,
  serviceJwksRoute,
  type ActingAs,
  type GatewayError,
  type GatewayResponse,
} from "./hub-client/hub-client.js";
export { disclosureDigest, newSalt } from "./seal/disclosure.js";
export { BearerSecret, readJsonBody } from "./util/bearer-secret.js";

// Telemetry (issue 13); its metrics, request scope and start-up errors are contracts.
export { inSpan } from "./telemetry/spans.js";
export { checkRules, ruleText, type RuleCheck, type RuleOutcome } from "./rules/eligibility.js";
// The access log as signed Merkle trees (issue 12): partitions, checkpoints, proofs, verification.
export {
  entryId as accessLogEntryId,
  monthOf,
  parseEntryId as parseAccessLogEntryId,
  parsePartition as parseAccessLogPartition,
  partitionName as accessLogPartitionName,
  periodDate as accessLogPeriodDate,
  type EntryRef as AccessLogEntryRef,
  type LogPartition as AccessLogPartition,
} from "./access-log/log-partition.js";
export { leafText as accessLogLeafText, type LogEntry } from "./access-log/log-leaf.js";
export { toEntry as accessLogEntryFromRow } from "./access-log/log-store.js";
export {
  EMPTY_ROOT,
  Frontier,
  leafHash,
  nodeHash,
  verifyConsistency,
  verifyInclusion,
} from "./access-log/merkle.js";
export { publicCheckpoint, type SignedCheckpoint } from "./access-log/checkpoint.js";
export type { InclusionProof } from "./access-log/log-proofs.js";
export type { PartitionStatus, VerificationOutcome } from "./access-log/log-verifier.js";
export type { JobStatus, VerificationJob } from "./access-log/verification-job.js";
export {
  LogAuthority,
  type CheckpointQuery,
  type LogAuthorityOptions,
} from "./access-log/log-authority.js";
