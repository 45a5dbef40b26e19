import type { CaseEventEntity } from "../workflow/case-event.entity.js";
import type { CaseEntity } from "./case.entity.js";
import type { Case, CaseEvent } from "./case.type.js";

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

/** What a reader sees of a case (the entity's supervision colour is kept current by the worker). */
export function toCase(row: CaseEntity, events: CaseEventEntity[]): Case {
  return {
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
    formFields: row.formFields.map((field) => ({
      key: field.key,
      label: field.label,
      type: field.type,
      required: field.required,
      value: field.value,
      manual: field.manual,
      reason: field.reason,
      source: field.source,
    })),
    materials: row.materials.map((material) => ({ ...material })),
    history: events.map(toCaseEvent),
    refusalReason: row.refusalReason,
    supplementItems: row.supplementRequest?.items ?? null,
    acceptedOn: row.acceptedOn,
    deadline: row.deadline,
    supervision: row.supervision,
    resultLicenceIdentifier: row.resultLicenceIdentifier,
    visits: row.visits,
    rating:
      row.rating === null
        ? null
        : {
            score: row.rating,
            comment: row.ratingComment,
            ratedBy: row.ratedBy ?? "",
            followUpDue: row.followUpDue,
            followUpAnswer: row.followUpAnswer,
          },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
