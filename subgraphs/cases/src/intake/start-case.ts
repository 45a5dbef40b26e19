import { randomUUID } from "node:crypto";
import {
  Action,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  checkRules,
  parseCitizenId,
  ruleText,
  withinScope,
  CASE_VOUCH_MS,
  type ActingAs,
  type Caller,
  type EntityManager,
  type HandlingScope,
  type PreparedReads,
  type RequestAccess,
} from "@gongxiang/kit";
import { CaseEntity } from "../case/case.entity.js";
import { CASE_BY_KEY, CASE_IN_STATUS, INTAKE_CHECKS } from "../case/case.reads.js";
import type { CaseEligibilityCheck } from "../case/case.data.js";
import { CaseStatus, OPEN_STATUSES, Supervision } from "../case/case.enums.js";
import type { CasesDeps } from "../context.js";
import { statusNotice } from "../notification/notify.js";
import { lastStep, sealEvent } from "../workflow/record-event.js";
import { openIntake, settleIntake } from "./intake.writes.js";
import {
  applyPrefill,
  listingRegister,
  prefilledLicences,
  type PrefilledPerson,
} from "./prefill.js";
import { prefillQuery } from "./prefill-query.js";
import { ITEM_QUERY, itemSchema, type ServiceItem } from "./service-item.js";
import { gatewayFailure } from "@gongxiang/kit";
import { contactOf } from "./contact.js";

export interface StartCaseInput {
  itemCode: string;
  applicantCitizenId: string;
  idempotencyKey: string;
  /** A phone number the applicant states at the counter, for notices. */
  contactPhone?: string | null;
}

/** A crashed intake older than this is taken over by the next call with its key. */
const STALE_INTAKE_MS = 30_000;
/** The statuses of a case that a new one for the same applicant and item would duplicate. */
const DUPLICATING = OPEN_STATUSES.filter((status) => status !== CaseStatus.INTAKE);

/**
 * startCase: checks the station may accept the item, then reads exactly the item's bound data
 * through the gateway as the handling department for `case:<id>`, verifies licence seals, and
 * either opens the case pre-filled or refuses it naming the failed rule. One idempotency key,
 * one case, however many times or concurrently it is sent.
 */
export class CaseIntake {
  private readonly caller: Caller;
  /** Finishing an intake another call left (crashed): its history is read, not assumed empty. */
  private takingOver = false;

  constructor(
    private readonly em: EntityManager,
    private readonly access: RequestAccess,
    private readonly deps: CasesDeps,
    private readonly reads: PreparedReads,
  ) {
    this.caller = access.caller;
  }

  async start(input: StartCaseInput): Promise<CaseEntity> {
    // The root field's action already asked for an agent at a site.
    const site = this.caller.site!;
    if (!/^[A-Za-z0-9._:-]{1,100}$/.test(input.idempotencyKey)) {
      throw new BadUserInputError(
        "idempotencyKey must be 1 to 100 letters, digits or ._:-",
        "idempotencyKey",
      );
    }
    if (!/^[a-z][a-z0-9-]{1,63}$/.test(input.itemCode)) {
      throw new BadUserInputError("not a service item code", "itemCode");
    }
    parseCitizenId(input.applicantCitizenId, "applicantCitizenId");
    const contact = contactOf(
      input.contactPhone,
      this.caller,
      this.deps.clock.now(),
      "contactPhone",
    );

    // The item is asked for while the key is looked up; a replay does not need it (nor its errors).
    const itemRead = this.item(input.itemCode);
    itemRead.catch(() => undefined);
    const [checks] = await this.reads.all(INTAKE_CHECKS, [
      this.caller.sub,
      input.idempotencyKey,
      input.applicantCitizenId,
      input.itemCode,
      DUPLICATING,
    ]);
    if (checks?.keyed) return this.resume((await this.byId(checks.keyed))!, input);
    const item = await itemRead;
    // Asked before anything is told of an open case (the duplicate was read alongside the key).
    this.assertSiteMayAccept(item);
    if (checks?.open) throw this.duplicateOf(checks.open, input.applicantCitizenId);

    const row = await this.createIntake(item, input, site, contact);
    if (!row) return this.resume((await this.findByKey(input.idempotencyKey))!, input);
    return this.prefill(row, item);
  }

  /** The open case of this applicant and item that a new one would duplicate, as a CONFLICT. */
  private async openCase(
    input: Pick<StartCaseInput, "applicantCitizenId" | "itemCode">,
  ): Promise<ConflictError | null> {
    const [open] = await this.reads.all(CASE_IN_STATUS, [
      input.applicantCitizenId,
      input.itemCode,
      DUPLICATING,
    ]);
    return open ? this.duplicateOf(open, input.applicantCitizenId) : null;
  }

  private duplicateOf(
    open: { number: string; department: string; site: string },
    applicant: string,
  ): ConflictError {
    // Only one who may read the open case learns its number (and so where and when it began).
    const readable = this.access.allows(Action.CASE_READ, {
      department: open.department,
      site: open.site,
      applicant,
    });
    return new ConflictError(
      readable
        ? `case ${open.number} for this applicant and item is still open: continue it instead of starting another`
        : "a case for this applicant and item is still open elsewhere: it is continued where it began",
    );
  }

  private async findByKey(key: string): Promise<CaseEntity | null> {
    const [known] = await this.reads.all(CASE_BY_KEY, [this.caller.sub, key]);
    return known ? this.byId(known.id) : null;
  }

  private byId(id: string): Promise<CaseEntity | null> {
    return this.em.fork().findOne(CaseEntity, { id });
  }

  /** The same key again: the same case (or the same refusal), once its intake is over. */
  private async resume(row: CaseEntity, input: StartCaseInput): Promise<CaseEntity> {
    if (row.itemCode !== input.itemCode || row.applicantCitizenId !== input.applicantCitizenId) {
      throw new BadUserInputError(
        "this idempotencyKey was used for another application",
        "idempotencyKey",
      );
    }
    for (let waited = 0; row.status === CaseStatus.INTAKE; waited += 100) {
      if (Date.now() - row.createdAt.getTime() > STALE_INTAKE_MS) {
        this.takingOver = true;
        return this.prefill(row, await this.item(row.itemCode, row.itemVersion));
      }
      if (waited > 15_000) {
        throw new ConflictError(`case ${row.number} is still being filled: try again shortly`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = (await this.em.fork().findOne(CaseEntity, { id: row.id }))!;
    }
    return row;
  }

  private async item(code: string, version?: number): Promise<ServiceItem> {
    // The current version is kept while the catalog is unchanged, for one who may read it anyway.
    const asOf =
      version === undefined && this.access.allows(Action.CATALOG_READ)
        ? this.deps.items.asOf()
        : null;
    const kept = asOf === null ? undefined : this.deps.items.get(code, asOf);
    if (kept) return kept;
    // An intake taken over later reads the version it started on, even if it was republished.
    const response = await this.deps.gateway.request<{ serviceItem: unknown }>(
      ITEM_QUERY,
      { code, version: version ?? null },
      {
        sub: this.caller.sub,
        dept: this.caller.dept,
        roles: this.caller.roles,
        site: this.caller.site,
        purpose: null,
      },
    );
    if (!response.data) throw gatewayFailure(`service item ${code}`, response.errors);
    if (!response.data.serviceItem) throw new NotFoundError(`service item ${code}`);
    const item = itemSchema.parse(response.data.serviceItem);
    if (asOf !== null) this.deps.items.keep(code, asOf, item);
    return item;
  }

  /** The agent acts for the item's department, at a site of a level and region it is offered at. */
  private assertSiteMayAccept(item: ServiceItem): void {
    if (item.status !== "PUBLISHED") {
      throw new BadUserInputError(
        `${item.code} is ${item.status.toLowerCase()}: no new cases`,
        "itemCode",
      );
    }
    this.access.assert(Action.CASE_START, {
      department: item.department,
      levels: item.steps[0]!.levels,
      regionCode: item.regionCode,
    });
  }

  /** The case row that the purpose `case:<id>` will stand for; null when the key was taken. */
  private async createIntake(
    item: ServiceItem,
    input: StartCaseInput,
    site: string,
    contact: CaseEntity["contact"],
  ): Promise<CaseEntity | null> {
    const now = this.deps.clock.now();
    const values: Omit<CaseEntity, "number"> = {
      id: randomUUID(),
      itemCode: item.code,
      itemVersion: item.version,
      itemName: item.name,
      department: item.department,
      scope: item.scope,
      promisedWorkingDays: item.promisedWorkingDays,
      resultLicenceType: item.resultLicenceType,
      applicantCitizenId: input.applicantCitizenId,
      applicantName: null,
      site,
      applicantDivision: null,
      status: CaseStatus.INTAKE,
      resumeStatus: null,
      formFields: [],
      materials: [],
      steps: item.steps,
      stepIndex: 0,
      supplementRequest: null,
      refusalReason: null,
      refusalRule: null,
      eligibility: [],
      contact,
      acceptedOn: null,
      deadline: null,
      completedOn: null,
      supervision: Supervision.NONE,
      resultLicenceIdentifier: null,
      visits: 1,
      rating: null,
      ratingComment: null,
      ratedBy: null,
      followUpDue: null,
      followUpAnswer: null,
      idempotencyKey: input.idempotencyKey,
      createdBy: this.caller.sub,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    // The row is written by id from here on; the same key again is the same application.
    const number = await openIntake(this.em, this.reads, values, this.deps.clock.today());
    return number
      ? this.em.fork().create(CaseEntity, { ...values, number }, { persist: false })
      : null;
  }

  /** Reads the bound data as the handling department for this case, then opens or refuses it. */
  private async prefill(row: CaseEntity, item: ServiceItem): Promise<CaseEntity> {
    const dept = item.department;
    const actingAs: ActingAs = {
      sub: this.caller.sub,
      dept,
      roles: this.caller.roles,
      site: row.site,
      purpose: `case:${row.id}`,
      // The case was opened a moment ago: the bases take this base's word rather than ask back.
      casePurpose: {
        caseId: row.id,
        department: dept,
        applicant: row.applicantCitizenId,
        itemCode: row.itemCode,
        number: row.number,
        until: Date.now() + CASE_VOUCH_MS,
      },
    };
    const fetchedAt = this.deps.clock.now().toISOString();
    const answer = await this.deps.gateway.request<{ personByCitizenId: PrefilledPerson | null }>(
      prefillQuery(item),
      { citizenId: row.applicantCitizenId },
      actingAs,
    );
    const person = answer.data?.personByCitizenId ?? null;
    if (!person) {
      const whole = answer.errors.filter((error) => !error.path || error.path.length <= 1);
      if (whole.length) throw gatewayFailure("the applicant's records could not be read", whole);
      return this.refuse(row, "no person is registered with this citizen ID number", null);
    }
    const verified = await this.deps.licenceSeals.verify(
      prefilledLicences(item, person),
      row.applicantCitizenId,
    );
    const register = listingRegister(person);
    if (register) {
      verified.set(
        register.identifier,
        await this.deps.licenceSeals.lists(register, row.applicantCitizenId),
      );
    }
    const prefill = applyPrefill(
      item,
      person,
      answer.errors,
      verified,
      this.deps.clock.today(),
      fetchedAt,
    );
    Object.assign(row, {
      formFields: prefill.fields,
      materials: prefill.materials,
      applicantName: prefill.applicantName,
      applicantDivision: prefill.applicantDivision,
    });
    const home = prefill.applicantDivision ?? row.applicantCitizenId.slice(0, 6);
    if (!withinScope(item.scope as HandlingScope, row.site, home)) {
      return this.refuse(
        row,
        `outside the handling scope: the item is handled within the applicant's ${item.scope.toLowerCase()} of registration`,
        `scope ${item.scope}`,
      );
    }
    // Every rule decided on the data, or left for an official to attest: never skipped.
    const checks = checkRules(item.eligibility, prefill.facts, prefill.unreadable);
    const failing = checks.find((check) => check.outcome === "FAILS");
    if (failing) {
      return this.refuse(row, `not eligible: ${failing.reason}`, ruleText(failing.rule));
    }
    row.eligibility = checks.map((check): CaseEligibilityCheck => ({
      fact: check.rule.fact,
      operator: check.rule.operator,
      value: check.rule.value,
      description: check.rule.description,
      manualCheck: check.rule.manualCheck === true,
      outcome: check.outcome === "HOLDS" ? "HOLDS" : "UNDECIDED",
      reason: check.reason,
      attestedBy: null,
      attestedAt: null,
      attestation: null,
    }));
    return this.settle(row, CaseStatus.DRAFT, null);
  }

  /**
   * A refused case stays on the record as the answer (不予受理), naming the rule, but keeps
   * nothing of the applicant's: no values, no licences, no outcomes of the other rules.
   */
  private refuse(row: CaseEntity, reason: string, rule: string | null): Promise<CaseEntity> {
    row.refusalRule = rule;
    Object.assign(row, {
      formFields: row.formFields.map((field) => ({ ...field, value: null, source: null })),
      materials: row.materials.map((material) => ({
        ...material,
        status: "OUTSTANDING",
        licenceIdentifier: null,
        sealVerified: false,
      })),
      applicantName: null,
      applicantDivision: null,
      eligibility: [],
      contact: null,
    });
    return this.settle(row, CaseStatus.REFUSED, reason);
  }

  private async settle(
    row: CaseEntity,
    status: CaseStatus,
    reason: string | null,
  ): Promise<CaseEntity> {
    await this.deps.seals.ready(this.caller.sub);
    try {
      return await this.settleOnce(row, status, reason);
    } catch (error) {
      // Another intake for the applicant and item opened first: this one leaves nothing behind.
      if (!isUniqueViolation(error, "case_file_one_open")) throw error;
      await this.em.fork().nativeDelete(CaseEntity, { id: row.id, status: CaseStatus.INTAKE });
      throw (
        (await this.openCase(row)) ??
        new ConflictError("a case for this applicant and item opened meanwhile: continue it")
      );
    }
  }

  /**
   * Writes the intake's outcome by the row's id, status and version, with the first step of its
   * history chained and sealed and the applicant's notice, in one statement: only an intake still
   * open and unchanged settles (a call with the same key may have taken it over; nothing else
   * writes a case in intake). The row in hand is a copy no unit of work tracks.
   */
  private async settleOnce(
    row: CaseEntity,
    status: CaseStatus,
    reason: string | null,
  ): Promise<CaseEntity> {
    const intake = { id: row.id, version: row.version };
    const outcome = {
      formFields: row.formFields,
      materials: row.materials,
      applicantName: row.applicantName,
      applicantDivision: row.applicantDivision,
      eligibility: row.eligibility,
      contact: row.contact,
      status,
      refusalReason: reason,
      refusalRule: row.refusalRule,
      updatedAt: this.deps.clock.now(),
      version: row.version + 1,
    };
    Object.assign(row, outcome);
    // An intake's history starts with this step: settling writes it with the outcome, so an
    // open intake has none. One taken over is read all the same (a repaired row may have some).
    const last = this.takingOver ? await lastStep(this.em.fork(), row.id) : null;
    const event = await sealEvent(
      this.deps,
      row,
      this.caller,
      { role: "agent", action: "STARTED", fromStatus: CaseStatus.INTAKE, opinion: reason },
      last,
    );
    const notice = statusNotice(row);
    if (await settleIntake(this.em, this.reads, intake, outcome, event, notice)) return row;
    return this.em.fork().findOneOrFail(CaseEntity, { id: row.id });
  }
}

/** PostgreSQL's unique violation of this constraint (a statement sent past the ORM). */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  const { code, constraint: name } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === "23505" && name === constraint;
}
