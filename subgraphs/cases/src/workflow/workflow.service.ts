import {
  Action,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import { LockMode } from "@mikro-orm/core";
import type { CaseStep } from "../case/case.data.js";
import { caseResource, type CaseAction } from "../case/case.access.js";
import { CaseEntity } from "../case/case.entity.js";
import { CaseStatus, OPEN_STATUSES } from "../case/case.enums.js";
import type { CasesDeps } from "../context.js";
import { notifyStatus } from "../notification/notify.js";
import { supervisionOn } from "../supervision/supervision.js";
import type { CaseDecision } from "./case-decision.js";
import { contactOf } from "../intake/contact.js";
import { recordEvent } from "./record-event.js";

export type Decision = `${CaseDecision}`;

const FROM_STEP: Record<Decision, CaseStep["action"]> = {
  ACCEPT: "ACCEPT",
  REVIEW: "REVIEW",
  APPROVE: "APPROVE",
  REJECT: "APPROVE",
};
const TO_STATUS: Record<Decision, CaseStatus> = {
  ACCEPT: CaseStatus.ACCEPTED,
  REVIEW: CaseStatus.REVIEWED,
  APPROVE: CaseStatus.APPROVED,
  REJECT: CaseStatus.REJECTED,
};
const DECIDABLE: readonly string[] = [CaseStatus.DRAFT, CaseStatus.ACCEPTED, CaseStatus.REVIEWED];

/**
 * The workflow from the item's steps. Who may act is the authorization core's to say (the step's
 * role, level and department over the case's site: case:decide, case:complete...), asked first
 * with the locked case in hand; every change checks the expected version (a stale one is a
 * CONFLICT) and is sealed by the acting official.
 */
export class WorkflowService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: RequestAccess,
    private readonly deps: CasesDeps,
  ) {}

  /** Performs the case's next step (accept, review, approve or reject). */
  decide(
    caseId: string,
    expectedVersion: number,
    decision: Decision,
    opinion: string | null,
  ): Promise<CaseEntity> {
    return this.change(caseId, expectedVersion, this.performsStep, async (row) => {
      const step = row.steps[row.stepIndex];
      if (!DECIDABLE.includes(row.status) || step?.action !== FROM_STEP[decision]) {
        throw new ConflictError(
          `case ${row.number} is ${row.status}: its next step is ${step?.action ?? "none"}, not ${decision}`,
        );
      }
      const role = step.role;
      if (decision === "REJECT" && !opinion)
        throw new BadUserInputError("a rejection states its reasons", "opinion");
      if (decision !== "REJECT") this.assertComplete(row);
      if (decision === "APPROVE") this.assertEligible(row);
      const from = row.status;
      row.status = TO_STATUS[decision];
      row.stepIndex += 1;
      if (decision === "ACCEPT") {
        row.acceptedOn = this.deps.clock.today();
        row.deadline = this.deps.calendar.addWorkingDays(row.acceptedOn, row.promisedWorkingDays);
      }
      return { role, action: decision, from, opinion };
    });
  }

  /** Sends the case back to the applicant's side for the named fields or materials. */
  requestSupplement(
    caseId: string,
    expectedVersion: number,
    items: string[],
    note: string,
  ): Promise<CaseEntity> {
    return this.change(caseId, expectedVersion, this.performsStep, (row) => {
      const step = row.steps[row.stepIndex];
      if (
        ![CaseStatus.DRAFT, CaseStatus.ACCEPTED, CaseStatus.REVIEWED].includes(
          row.status as CaseStatus,
        ) ||
        !step
      ) {
        throw new ConflictError(`case ${row.number} is ${row.status}: no supplement can be asked`);
      }
      const role = step.role;
      // What the applicant's side can supply: typed-in fields and materials not held as licences.
      const suppliable = new Set([
        ...row.formFields.filter((f) => f.manual).map((f) => f.key),
        ...row.materials.filter((m) => m.status !== "BY_LICENCE").map((m) => m.name),
      ]);
      const unknown = items.find((item) => !suppliable.has(item));
      if (items.length === 0 || items.length > 50 || unknown !== undefined) {
        throw new BadUserInputError(
          `name the typed-in fields or the materials (not held as licences) needed${unknown ? `: not ${unknown.slice(0, 60)}` : ""}`,
          "items",
        );
      }
      if (note.trim().length === 0 || note.length > 500)
        throw new BadUserInputError("note must be 1 to 500 characters", "note");
      const from = row.status;
      row.resumeStatus = row.status;
      row.status = CaseStatus.SUPPLEMENT_REQUIRED;
      row.supplementRequest = { items: [...new Set(items)], note: note.trim(), supplied: [] };
      return Promise.resolve({ role, action: "REQUEST_SUPPLEMENT", from, opinion: note.trim() });
    });
  }

  /** The agent hands the supplemented case back; it returns to where it was asked from. */
  resubmit(caseId: string, expectedVersion: number): Promise<CaseEntity> {
    return this.change(caseId, expectedVersion, this.may(Action.CASE_FILL), (row) => {
      if (row.status !== CaseStatus.SUPPLEMENT_REQUIRED)
        throw new ConflictError(`case ${row.number} is ${row.status}`);
      const supplied = new Set(row.supplementRequest?.supplied ?? []);
      const missing = (row.supplementRequest?.items ?? []).find((item) => !supplied.has(item));
      if (missing !== undefined) {
        throw new BadUserInputError(
          `${missing} was asked for and has not been supplied since: fill or upload it first`,
          "id",
        );
      }
      const role = "agent";
      const from = row.status;
      row.status = row.resumeStatus ?? CaseStatus.DRAFT;
      row.resumeStatus = null;
      row.supplementRequest = null;
      row.visits += 1;
      return Promise.resolve({ role, action: "RESUBMIT", from, opinion: null });
    });
  }

  /**
   * An official attests an eligibility rule the bases' data could not decide (a sealed step);
   * approval waits for every such rule, and a rule attested as not met leaves only rejection.
   */
  attest(
    caseId: string,
    expectedVersion: number,
    ruleIndex: number,
    holds: boolean,
    note: string,
  ): Promise<CaseEntity> {
    const text = note.trim();
    if (text.length === 0 || text.length > 500)
      throw new BadUserInputError("note must be 1 to 500 characters", "note");
    return this.change(caseId, expectedVersion, this.may(Action.CASE_ATTEST), (row) => {
      if (!DECIDABLE.includes(row.status)) {
        throw new ConflictError(`case ${row.number} is ${row.status}: nothing to attest now`);
      }
      const check = row.eligibility[ruleIndex];
      if (!Number.isInteger(ruleIndex) || !check)
        throw new BadUserInputError(`the case has no eligibility rule ${ruleIndex}`, "rule");
      if (check.outcome !== "UNDECIDED") {
        throw new ConflictError(
          `rule ${ruleIndex} (${check.description}) is ${check.outcome}: only an undecided rule is attested`,
        );
      }
      row.eligibility = row.eligibility.map((c, i) =>
        i === ruleIndex
          ? {
              ...c,
              outcome: holds ? "ATTESTED_HOLDS" : "ATTESTED_FAILS",
              attestedBy: this.access.caller.sub,
              attestedAt: this.deps.clock.now().toISOString(),
              attestation: text,
            }
          : c,
      );
      return Promise.resolve({
        role: this.access.roleAmong(["clerk", "approver"]),
        action: holds ? "ATTEST_HOLDS" : "ATTEST_FAILS",
        from: row.status,
        opinion: `${check.description}: ${text}`,
      });
    });
  }

  /** The contact phone the applicant states (or corrects) at the counter, while the case is open. */
  setContact(caseId: string, expectedVersion: number, phone: string): Promise<CaseEntity> {
    const contact = contactOf(phone, this.access.caller, this.deps.clock.now(), "phone");
    return this.change(caseId, expectedVersion, this.may(Action.CASE_FILL), (row) => {
      if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) {
        throw new ConflictError(`case ${row.number} is ${row.status}: it is closed`);
      }
      // Only the intake writes a case it is still filling (its outcome is written by status).
      if (row.status === CaseStatus.INTAKE) {
        throw new ConflictError(`case ${row.number} is still being filled: try again shortly`);
      }
      row.contact = contact;
      return Promise.resolve({ role: "agent", action: "CONTACT", from: row.status, opinion: null });
    });
  }

  /** Delivery of the result (or of the rejection) to the applicant. */
  deliver(caseId: string, expectedVersion: number): Promise<CaseEntity> {
    return this.change(caseId, expectedVersion, this.may(Action.CASE_DELIVER), (row) => {
      if (row.status !== CaseStatus.COMPLETED && row.status !== CaseStatus.REJECTED) {
        throw new ConflictError(`case ${row.number} is ${row.status}: nothing to deliver`);
      }
      const role = this.access.roleAmong(["agent", "clerk", "approver"]);
      const from = row.status;
      row.status = CaseStatus.DELIVERED;
      return Promise.resolve({ role, action: "DELIVER", from, opinion: null });
    });
  }

  /**
   * Loads and locks the case, asks permission, checks the version, applies the change, seals and
   * notifies. Permission comes before the version: a conflict names the case's number and version.
   */
  async change(
    caseId: string,
    expectedVersion: number,
    authorize: (row: CaseEntity) => void,
    apply: (
      row: CaseEntity,
      em: EntityManager,
    ) => Promise<{ role: string; action: string; from: string; opinion: string | null }>,
  ): Promise<CaseEntity> {
    if (!/^[0-9a-f-]{36}$/.test(caseId)) throw new BadUserInputError("not a case id", "id");
    await this.deps.seals.ready(this.access.caller.sub);
    return this.em.transactional(async (em) => {
      const row = await em.findOne(
        CaseEntity,
        { id: caseId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!row) throw new NotFoundError(`case ${caseId}`);
      authorize(row);
      if (row.version !== expectedVersion) {
        throw new ConflictError(
          `case ${row.number} is at version ${row.version}, not ${expectedVersion}: reload it`,
        );
      }
      const done = await apply(row, em);
      row.version += 1;
      row.updatedAt = this.deps.clock.now();
      row.supervision = supervisionOn(row, this.deps.clock.today(), this.deps.calendar);
      await recordEvent(
        em,
        this.deps,
        row,
        this.access.caller,
        done.role,
        done.action,
        done.from,
        done.opinion,
      );
      if (done.from !== row.status) notifyStatus(em, row, done.opinion);
      await em.flush();
      return row;
    });
  }

  /** A permission over the case as a whole, for change(). */
  may(action: CaseAction): (row: CaseEntity) => void {
    return (row) => this.access.assert(action, caseResource(row));
  }

  /**
   * The current step's own permission; with no step left (a finished case), only one who may read
   * the case learns from the refusal what state it is in.
   */
  private readonly performsStep = (row: CaseEntity): void => {
    const step = row.steps[row.stepIndex];
    if (step) this.assertPerforms(row, step);
    else this.access.assert(Action.CASE_READ, caseResource(row));
  };

  /** The step's role, level and department, acting over the case's site. */
  private assertPerforms(row: CaseEntity, step: CaseStep): void {
    this.access.assert(Action.CASE_DECIDE, {
      ...caseResource(row),
      step: { role: step.role, levels: step.levels, department: step.department },
    });
  }

  /** Approval needs every eligibility rule to hold, on the data or as attested. */
  private assertEligible(row: CaseEntity): void {
    const index = row.eligibility.findIndex(
      (c) => c.outcome !== "HOLDS" && c.outcome !== "ATTESTED_HOLDS",
    );
    const check = row.eligibility[index];
    if (!check) return;
    throw new BadUserInputError(
      check.outcome === "ATTESTED_FAILS"
        ? `rule ${index} (${check.description}) was attested as not met: the case can only be rejected`
        : `rule ${index} (${check.description}) is undecided: an official attests it before approval`,
      "id",
    );
  }

  /** A decision needs every required field and material. */
  private assertComplete(row: CaseEntity): void {
    const field = row.formFields.find((f) => f.required && (f.value === null || f.value === ""));
    if (field)
      throw new BadUserInputError(
        `the required field ${field.key} (${field.label}) is empty`,
        "id",
      );
    const material = row.materials.find((m) => m.required && m.status === "OUTSTANDING");
    if (material)
      throw new BadUserInputError(`the required material ${material.name} is missing`, "id");
  }
}
