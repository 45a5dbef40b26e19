import { randomUUID } from "node:crypto";
import type { EntityManager } from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";
import { CaseStatus } from "../case/case.enums.js";
import { statusText } from "./notice-texts.js";
import { OutboxEntity } from "./outbox.entity.js";

/**
 * Queues a notice to the applicant in the caller's transaction: it is sent if, and only if, that
 * commits, after the case's earlier notices (the worker keeps their order). Where it goes is
 * decided when it is sent: a number the sharing rules release, or the one the applicant stated.
 */
export function queueNotification(
  em: EntityManager,
  row: CaseEntity,
  kind: string,
  message: string,
): void {
  em.persist(em.create(OutboxEntity, queuedNotice(row, kind, message)));
}

/** A notice to the applicant as it is queued: every column but its order of queuing. */
export function queuedNotice(
  row: Pick<CaseEntity, "id" | "applicantCitizenId">,
  kind: string,
  message: string,
): Omit<OutboxEntity, "seq"> {
  const now = new Date();
  return {
    id: randomUUID(),
    caseId: row.id,
    recipient: row.applicantCitizenId,
    kind,
    message: message.slice(0, 300),
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    claimedUntil: null,
    deliveredAt: null,
    lastError: null,
    state: "QUEUED",
    reason: null,
    deliveredTo: null,
    channel: null,
  };
}

/**
 * Every status change tells the applicant, in words a resident reads; COMPLETING is a moment
 * inside completion (the licence being issued): the applicant hears of its end.
 */
export function notifyStatus(
  em: EntityManager,
  row: CaseEntity,
  opinion: string | null = null,
): void {
  const notice = statusNotice(row, opinion);
  if (notice) em.persist(em.create(OutboxEntity, notice));
}

/** The notice a case's new status gives the applicant, or null for a moment they are not told. */
export function statusNotice(
  row: CaseEntity,
  opinion: string | null = null,
): Omit<OutboxEntity, "seq"> | null {
  if (row.status === CaseStatus.COMPLETING || row.status === CaseStatus.INTAKE) return null;
  return queuedNotice(row, `STATUS_${row.status}`, statusText(row, opinion));
}
