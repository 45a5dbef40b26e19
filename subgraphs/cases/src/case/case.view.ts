import { fieldView, type Decisions, type FieldDecision } from "@gongxiang/kit";
import type { CaseEventEntity } from "../workflow/case-event.entity.js";
import type { CaseEntity } from "./case.entity.js";
import { onDemand } from "./on-demand.js";
import type {
  Case,
  CaseContact,
  CaseEligibilityCheck,
  CaseEvent,
  CaseFormField,
  CaseMaterial,
  CaseRating,
} from "./case.type.js";

export function toCaseEvent(row: CaseEventEntity): CaseEvent {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    action: row.action,
    actorSub: row.actorSub,
    actorDept: row.actorDept,
    actorRole: row.actorRole,
    actorSite: row.actorSite,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    opinion: row.opinion,
    contentHash: row.contentHash,
    seal: row.seal,
  };
}

/** Told about every read of a decided item of the case (for the access log). */
export type CaseReadNote = (item: string, decision: FieldDecision) => void;

/** The decisions for one kind of object in a case, by its field names. */
function part(decisions: Decisions, type: string, fields: string[]): Decisions {
  return Object.freeze(
    Object.fromEntries(fields.map((field) => [field, decisions[`${type}.${field}`]!])),
  );
}
const parts = new WeakMap<Decisions, Record<string, Decisions>>();
function partsOf(decisions: Decisions): Record<string, Decisions> {
  let all = parts.get(decisions);
  if (!all) {
    all = {
      Case: part(decisions, "Case", ["applicantCitizenId", "applicant", "resultLicenceIdentifier"]),
      CaseFormField: part(decisions, "CaseFormField", ["value", "source"]),
      CaseMaterial: part(decisions, "CaseMaterial", ["licenceIdentifier", "uploadSha256"]),
      CaseEvent: part(decisions, "CaseEvent", ["actorSub", "opinion"]),
      CaseRating: part(decisions, "CaseRating", ["comment", "ratedBy", "followUpAnswer"]),
      CaseEligibilityCheck: part(decisions, "CaseEligibilityCheck", [
        "outcome",
        "attestedBy",
        "attestation",
      ]),
      CaseContact: part(decisions, "CaseContact", ["phone"]),
      CaseNotice: part(decisions, "CaseNotice", ["message", "deliveredTo"]),
    };
    parts.set(decisions, all);
  }
  return all;
}

/**
 * What a reader sees of a case: the record, with each personal item full or replaced by its
 * refusal as decided (CASE_CONTENT), and each read of one noted. The entity's supervision colour
 * is kept current by the worker.
 */
export function toCase(
  row: CaseEntity,
  events: () => Promise<CaseEventEntity[]>,
  decisions: Decisions,
  note: CaseReadNote,
): Case {
  const d = partsOf(decisions);
  const view = <T extends object>(type: string, record: T): T =>
    fieldView(record, d[type]!, (field, decision) => note(`${type}.${field}`, decision));
  const formFields = row.formFields.map((field) =>
    view<CaseFormField>("CaseFormField", {
      key: field.key,
      label: field.label,
      type: field.type,
      required: field.required,
      value: field.value,
      manual: field.manual,
      reason: field.reason,
      source: field.source,
    }),
  );
  const materials = row.materials.map((material) =>
    view<CaseMaterial>("CaseMaterial", {
      name: material.name,
      required: material.required,
      satisfiedBy: material.satisfiedBy,
      status: material.status,
      licenceIdentifier: material.licenceIdentifier,
      sealVerified: material.sealVerified,
      uploadSha256: material.uploadSha256,
      reason: material.reason,
    }),
  );
  const rating: CaseRating | null =
    row.rating === null
      ? null
      : view<CaseRating>("CaseRating", {
          score: row.rating,
          comment: row.ratingComment,
          ratedBy: row.ratedBy,
          followUpDue: row.followUpDue,
          followUpAnswer: row.followUpAnswer,
        });
  const eligibility = (row.eligibility ?? []).map((check) =>
    view<CaseEligibilityCheck>("CaseEligibilityCheck", { ...check }),
  );
  const contact: CaseContact | null = row.contact
    ? view<CaseContact>("CaseContact", {
        phone: row.contact.phone,
        provenance: row.contact.provenance,
        statedAt: row.contact.statedAt,
      })
    : null;
  return view<Case>("Case", {
    id: row.id,
    number: row.number,
    status: row.status,
    itemCode: row.itemCode,
    itemVersion: row.itemVersion,
    itemName: row.itemName,
    serviceItem: { code: row.itemCode, version: row.itemVersion },
    department: row.department,
    applicantCitizenId: row.applicantCitizenId,
    applicant: { citizenId: row.applicantCitizenId },
    site: row.site,
    agentSub: row.createdBy,
    formFields,
    materials,
    history: onDemand(async () =>
      (await events()).map((event) => view<CaseEvent>("CaseEvent", toCaseEvent(event))),
    ),
    refusalReason: row.refusalReason,
    refusalRule: row.refusalRule,
    eligibility,
    contact,
    supplementItems: row.supplementRequest?.items ?? null,
    acceptedOn: row.acceptedOn,
    deadline: row.deadline,
    supervision: row.supervision,
    resultLicenceIdentifier: row.resultLicenceIdentifier,
    visits: row.visits,
    rating,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  });
}
