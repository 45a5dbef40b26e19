import { Action, fieldView, pageRequest, toPage, type Decisions } from "@gongxiang/kit";
import { CASE_CONTENT, caseSubject } from "../case/case.access.js";
import { CaseEntity } from "../case/case.entity.js";
import type { CasesContext } from "../context.js";
import { OutboxEntity } from "./outbox.entity.js";
import type { CaseNotice, CaseNoticeConnection } from "./notice.type.js";

const seqKey = (value: unknown) =>
  typeof value === "string" && /^\d{1,19}$/.test(value) ? value : null;

const NOTICE_FIELDS = ["message", "deliveredTo"] as const;

/**
 * Notices as their readers see them: a resident their own (myNotifications), a case's keepers
 * the case's. The text and the number are personal data: decided like the rest of the case's
 * content and every read logged.
 */
export class NoticeService {
  constructor(private readonly ctx: CasesContext) {}

  /** The calling resident's notices, oldest first (each case's in the order they were sent). */
  async mine(first?: number | null, after?: string | null): Promise<CaseNoticeConnection> {
    this.ctx.access.assert(Action.NOTIFICATION_READ_OWN);
    const request = pageRequest(first, after, seqKey);
    const where = { recipient: this.ctx.caller.sub };
    const [rows, total] = await Promise.all([
      this.ctx.em.find(
        OutboxEntity,
        request.after ? { ...where, seq: { $gt: request.after } } : where,
        { orderBy: { seq: "asc" }, limit: request.limit + 1 },
      ),
      this.ctx.em.count(OutboxEntity, where),
    ]);
    const cases = await this.casesOf(rows);
    const notices = rows.map((row) => this.present(row, cases.get(row.caseId)!));
    return toPage(notices, request, (n) => n.seq, total) as CaseNoticeConnection;
  }

  /** A case's notices, in order, for a reader of the case. */
  async ofCase(caseId: string): Promise<CaseNotice[]> {
    const row = await this.ctx.em.findOne(CaseEntity, { id: caseId });
    if (!row) return [];
    const notices = await this.ctx.em.find(
      OutboxEntity,
      { caseId },
      { orderBy: { seq: "asc" }, limit: 200 },
    );
    return notices.map((notice) => this.present(notice, row));
  }

  private async casesOf(rows: OutboxEntity[]): Promise<Map<string, CaseEntity>> {
    const ids = [...new Set(rows.map((row) => row.caseId))];
    const cases = ids.length ? await this.ctx.em.find(CaseEntity, { id: { $in: ids } }) : [];
    return new Map(cases.map((c) => [c.id, c]));
  }

  private present(notice: OutboxEntity, row: CaseEntity): CaseNotice {
    const all = this.ctx.access.fields(CASE_CONTENT, caseSubject(row));
    const decisions: Decisions = Object.fromEntries(
      NOTICE_FIELDS.map((field) => [field, all[`CaseNotice.${field}`]!]),
    );
    return fieldView<CaseNotice>(
      {
        id: notice.id,
        seq: String(notice.seq),
        caseId: notice.caseId,
        caseNumber: row.number,
        itemName: row.itemName,
        kind: notice.kind,
        message: notice.message,
        state: notice.state,
        reason: notice.reason,
        deliveredTo: notice.deliveredTo,
        channel: notice.channel,
        createdAt: notice.createdAt.toISOString(),
        deliveredAt: notice.deliveredAt?.toISOString() ?? null,
      },
      decisions,
      (field, decision) =>
        this.ctx.releases.note(row.applicantCitizenId, `CaseNotice.${field}`, decision),
    );
  }
}
