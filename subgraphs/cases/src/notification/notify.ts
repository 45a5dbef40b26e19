import { randomUUID } from "node:crypto";
import type { EntityManager } from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";
import { OutboxEntity } from "./outbox.entity.js";

/** Queues a notification in the caller's transaction: it is sent if, and only if, that commits. */
export function queueNotification(
  em: EntityManager,
  row: CaseEntity,
  recipient: string,
  kind: string,
  message: string,
): void {
  const now = new Date();
  em.persist(
    em.create(OutboxEntity, {
      id: randomUUID(),
      caseId: row.id,
      recipient,
      kind,
      message: message.slice(0, 300),
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      claimedUntil: null,
      deliveredAt: null,
      lastError: null,
    }),
  );
}

const STATUS_TEXT: Record<string, string> = {
  DRAFT: "已受理登记，待补充材料",
  REFUSED: "不予受理",
  ACCEPTED: "已受理",
  SUPPLEMENT_REQUIRED: "需补正材料",
  REVIEWED: "已审核",
  APPROVED: "已批准",
  REJECTED: "不予批准",
  COMPLETED: "已办结",
  DELIVERED: "已送达",
};

/** Every status change tells the applicant (an SMS-style line). */
export function notifyStatus(em: EntityManager, row: CaseEntity): void {
  queueNotification(
    em,
    row,
    row.applicantCitizenId,
    `STATUS_${row.status}`,
    `【共享政务】您的${row.itemName}（${row.number}）${STATUS_TEXT[row.status] ?? row.status}。`,
  );
}
