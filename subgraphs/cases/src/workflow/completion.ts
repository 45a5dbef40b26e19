import {
  Action,
  ConflictError,
  NotFoundError,
  type EntityManager,
  type Logger,
  type Orm,
  type RequestAccess,
  todayInChina,
} from "@gongxiang/kit";
import { LockMode } from "@mikro-orm/core";
import { caseResource } from "../case/case.access.js";
import { CaseEntity } from "../case/case.entity.js";
import { CaseStatus } from "../case/case.enums.js";
import type { CasesDeps } from "../context.js";
import { notifyStatus } from "../notification/notify.js";
import { supervisionOn } from "../supervision/supervision.js";
import { CaseEventEntity } from "./case-event.entity.js";
import { recordEvent } from "./record-event.js";
import { issueResultLicence, type Issuer } from "./result-licence.js";
import { WorkflowService } from "./workflow.service.js";

/** Who settles a completion that a crash left half done. */
const RECOVERY = { sub: "system:cases-recovery", dept: null, site: null } as const;

/**
 * Completion exactly once. The case is committed COMPLETING (a sealed step); then, outside any
 * row lock, the result licence is issued with the case id as idempotency key; then the case is
 * settled COMPLETED with it (a sealed step). A crash between the two leaves a COMPLETING case that
 * a retry of completeCase, or the recovery pass, finishes: the e-licence base answers the same
 * key with the same licence, so there is one licence whatever happens.
 */
export class CaseCompletion {
  constructor(
    private readonly orm: Pick<Orm, "fork">,
    private readonly deps: CasesDeps,
  ) {}

  async complete(
    em: EntityManager,
    access: RequestAccess,
    caseId: string,
    expectedVersion: number,
    opinion: string | null,
  ): Promise<CaseEntity> {
    const workflow = new WorkflowService(em, access, this.deps);
    const seen = /^[0-9a-f-]{36}$/.test(caseId)
      ? await em.fork().findOne(CaseEntity, { id: caseId })
      : null;
    if (seen?.status === CaseStatus.COMPLETING && seen.version === expectedVersion) {
      // A retry after a failure or a crash: finish what was committed.
      access.assert(Action.CASE_COMPLETE, caseResource(seen));
      return this.settle(caseId, access.caller, access.roleAmong(["approver", "clerk"]));
    }
    const committed = await workflow.change(
      caseId,
      expectedVersion,
      workflow.may(Action.CASE_COMPLETE),
      (row) => {
        if (row.status !== CaseStatus.APPROVED)
          throw new ConflictError(`case ${row.number} is ${row.status}, not APPROVED`);
        const from = row.status;
        if (row.resultLicenceType) {
          row.status = CaseStatus.COMPLETING;
        } else {
          row.status = CaseStatus.COMPLETED;
          row.completedOn = this.deps.clock.today();
        }
        const role = access.roleAmong(["approver", "clerk"]);
        return Promise.resolve({ role, action: "COMPLETE", from, opinion });
      },
    );
    if (committed.status !== CaseStatus.COMPLETING) return committed;
    return this.settle(caseId, access.caller, access.roleAmong(["approver", "clerk"]));
  }

  /** Issues (idempotently) the result licence of a COMPLETING case, then settles it. */
  async settle(
    caseId: string,
    actor: Pick<RequestAccess["caller"], "sub" | "dept" | "site">,
    role: string,
  ): Promise<CaseEntity> {
    const row = await this.orm.fork().findOne(CaseEntity, { id: caseId });
    if (!row) throw new NotFoundError(`case ${caseId}`);
    if (row.status !== CaseStatus.COMPLETING) return row;
    const { issuer, approvedOn } = await this.startedBy(row);
    const identifier = await issueResultLicence(this.deps, issuer, row, approvedOn);
    await this.deps.seals.ready(actor.sub);
    return this.orm.fork().transactional(async (tx) => {
      const locked = await tx.findOneOrFail(
        CaseEntity,
        { id: caseId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (locked.status !== CaseStatus.COMPLETING) return locked; // settled meanwhile
      locked.resultLicenceIdentifier = identifier;
      locked.status = CaseStatus.COMPLETED;
      locked.completedOn = this.deps.clock.today();
      locked.version += 1;
      locked.updatedAt = this.deps.clock.now();
      locked.supervision = supervisionOn(locked, this.deps.clock.today(), this.deps.calendar);
      await recordEvent(
        tx,
        this.deps,
        locked,
        actor,
        role,
        "ISSUE_RESULT",
        CaseStatus.COMPLETING,
        `${locked.resultLicenceType} ${identifier}`,
      );
      notifyStatus(tx, locked);
      await tx.flush();
      return locked;
    });
  }

  /** The official who committed the completion (the licence is issued for them) and the approval date. */
  private async startedBy(row: CaseEntity): Promise<{ issuer: Issuer; approvedOn: string }> {
    const events = await this.orm
      .fork()
      .find(CaseEventEntity, { caseId: row.id }, { orderBy: { seq: "desc" } });
    const started = events.find((e) => e.action === "COMPLETE");
    const approved = events.find((e) => e.action === "APPROVE");
    if (!started) throw new ConflictError(`case ${row.number} has no completion on record`);
    return {
      issuer: { sub: started.actorSub, site: started.actorSite },
      approvedOn: todayInChina((approved ?? started).at),
    };
  }

  /**
   * The recovery pass: completions a crash (or a failed call) left COMPLETING for a while are
   * finished by the system, sealed as such.
   */
  async recover(log: Logger, olderThanMs = 5_000): Promise<number> {
    const stale = await this.orm.fork().find(CaseEntity, {
      status: CaseStatus.COMPLETING,
      // The cases base's clock: the one updatedAt was written by.
      updatedAt: { $lt: new Date(this.deps.clock.now().getTime() - olderThanMs) },
    });
    let settled = 0;
    for (const row of stale) {
      try {
        const done = await this.settle(row.id, RECOVERY, "system");
        if (done.status === CaseStatus.COMPLETED) settled++;
      } catch (error) {
        log.warn({ err: error, caseId: row.id }, "completion not recovered yet");
      }
    }
    return settled;
  }
}
