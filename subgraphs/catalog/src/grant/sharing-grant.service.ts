import { randomUUID } from "node:crypto";
import {
  Action,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  WorkingCalendar,
  departments,
  isRealDate,
  pageRequest,
  parseInput,
  grantListScope,
  todayInChina,
  toPage,
  z,
  type EntityManager,
  type RequestAccess,
} from "@gongxiang/kit";
import { LockMode } from "@mikro-orm/core";
import { recordChange } from "../change/catalog-change.service.js";
import { Classification } from "../data-resource/data-resource.service.js";
import type { GrantImpacts } from "../service-item/grant-impact.js";
import { ServiceItemEntity } from "../service-item/service-item.entity.js";
import { SharingGrantEntity, type GrantStatus } from "./sharing-grant.entity.js";
import type { SharingGrant, SharingGrantConnection } from "./sharing-grant.type.js";

/** How long a provider has to answer a request (national sharing rules). */
export const REPLY_WORKING_DAYS = 5;

const requestDefinition = z.object({
  provider: z.enum(departments),
  items: z.array(z.string().max(80)).min(1).max(100),
  level: z.enum(["FULL", "MASKED", "VERIFY"]),
  purposes: z.array(z.string().regex(/^[a-z][a-z0-9-]{1,63}$/)).max(50),
  legalBasis: z.string().trim().min(1).max(1000),
  validUntil: z.string().refine(isRealDate, "must be a date YYYY-MM-DD").nullable().default(null),
});

const reasonText = (reason: string) => {
  const text = reason.trim();
  if (text.length === 0 || text.length > 200) {
    throw new BadUserInputError("reason must be 1 to 200 characters", "reason");
  }
  return text;
};

export function toGrant(row: SharingGrantEntity, today = todayInChina()): SharingGrant {
  return {
    ...row,
    inForce:
      row.status === "APPROVED" &&
      row.validFrom <= today &&
      (row.validUntil === null || row.validUntil >= today),
    overdue: row.status === "REQUESTED" && row.dueOn < today,
    requestedAt: row.requestedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

const grantKey = (value: unknown) =>
  Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")
    ? (value as [string, string])
    : null;

/** The grant lifecycle: request, approve or reject, revoke; every step recorded. */
export class SharingGrantService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: RequestAccess,
    private readonly calendar: WorkingCalendar,
  ) {}

  async get(id: string): Promise<SharingGrant | null> {
    if (!z.uuid().safeParse(id).success) throw new BadUserInputError("not a grant id", "id");
    const row = await this.em.findOne(SharingGrantEntity, { $and: [{ id }, this.visible()] });
    return row ? toGrant(row) : null;
  }

  /** The grants the caller may see: all for the data bureau and auditors, else their own. */
  private visible(): Record<string, unknown> {
    const scope = grantListScope(this.access.caller);
    if (scope === null) return { id: null };
    return scope.department
      ? { $or: [{ consumer: scope.department }, { provider: scope.department }] }
      : {};
  }

  async list(
    filter: { consumer?: string | null; provider?: string | null; status?: GrantStatus | null },
    first?: number | null,
    after?: string | null,
  ): Promise<SharingGrantConnection> {
    const request = pageRequest(first, after, grantKey);
    const where: Record<string, unknown> = { $and: [this.visible()] };
    if (filter.consumer) where.consumer = filter.consumer;
    if (filter.provider) where.provider = filter.provider;
    if (filter.status) where.status = filter.status;
    const page = request.after
      ? {
          $and: [
            where,
            {
              $or: [
                { dueOn: { $gt: request.after[0] } },
                { dueOn: request.after[0], id: { $gt: request.after[1] } },
              ],
            },
          ],
        }
      : where;
    const [rows, total] = await Promise.all([
      this.em.find(SharingGrantEntity, page, {
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        limit: request.limit + 1,
      }),
      this.em.count(SharingGrantEntity, where),
    ]);
    return toPage(
      rows.map((row) => toGrant(row)),
      request,
      (g) => [g.dueOn, g.id],
      total,
    ) as SharingGrantConnection;
  }

  /**
   * A consumer's data officer asks for items of one provider. UNCONDITIONAL items are granted at
   * once; CONDITIONAL ones wait for the provider; NOT_SHARED or unclassified ones are refused.
   */
  async request(input: unknown): Promise<SharingGrant> {
    const wanted = parseInput(requestDefinition, input, "input");
    this.access.assert(Action.GRANT_REQUEST, { provider: wanted.provider });
    const { caller } = this.access;
    const consumer = caller.dept!;
    const today = todayInChina();
    if (wanted.validUntil !== null && wanted.validUntil < today) {
      throw new BadUserInputError("validUntil is in the past", "input.validUntil");
    }
    return this.em.transactional(async (em) => {
      const classification = await Classification.load(em);
      let conditional = false;
      for (const item of wanted.items) {
        const entry = classification.get(item);
        if (!entry)
          throw new BadUserInputError(`${item} is not in the data-resource catalog`, "input.items");
        if (entry.provider !== wanted.provider) {
          throw new BadUserInputError(
            `${item} is provided by ${entry.provider}, not ${wanted.provider}`,
            "input.items",
          );
        }
        if (entry.shareType === "NOT_SHARED")
          throw new BadUserInputError(`${item} is not shared`, "input.items");
        if (entry.shareType === "CONDITIONAL") conditional = true;
      }
      if (conditional && wanted.purposes.length === 0) {
        throw new BadUserInputError(
          "conditional items are granted for purposes: name the service items",
          "input.purposes",
        );
      }
      const known = await em.count(ServiceItemEntity, { code: { $in: wanted.purposes } });
      const distinct = new Set(wanted.purposes).size;
      if (known < distinct) {
        const found = await em.find(
          ServiceItemEntity,
          { code: { $in: wanted.purposes } },
          { fields: ["code"] },
        );
        const missing = wanted.purposes.filter((code) => !found.some((row) => row.code === code));
        throw new BadUserInputError(`no service item ${missing[0]}`, "input.purposes");
      }
      const now = new Date();
      const row = em.create(SharingGrantEntity, {
        ...wanted,
        id: randomUUID(),
        consumer,
        validFrom: today,
        status: conditional ? "REQUESTED" : "APPROVED",
        requestedAt: now,
        requestedBy: caller.sub,
        dueOn: this.calendar.addWorkingDays(today, REPLY_WORKING_DAYS),
        decidedAt: conditional ? null : now,
        decidedBy: conditional ? null : "system:unconditional",
        decisionReason: conditional ? null : "unconditional items are granted on request",
        revokedAt: null,
        revokedBy: null,
        revocationReason: null,
      });
      em.persist(row);
      recordChange(em, caller, "REQUESTED", `grant:${row.id}`, {
        items: wanted.items,
        level: wanted.level,
      });
      if (!conditional)
        recordChange(em, caller, "APPROVED", `grant:${row.id}`, { automatic: true });
      await em.flush();
      return toGrant(row);
    });
  }

  approve(id: string): Promise<SharingGrant> {
    return this.transition(id, "APPROVED", null);
  }

  reject(id: string, reason: string): Promise<SharingGrant> {
    return this.transition(id, "REJECTED", reasonText(reason));
  }

  /** Either side's data officer, or the data bureau, may revoke; it ends within a second. */
  /**
   * Revokes a grant; every published item it breaks (fields it no longer fills, eligibility rules
   * it can no longer decide) is flagged with a FLAGGED change naming what it loses.
   */
  async revoke(id: string, reason: string, impacts?: GrantImpacts): Promise<SharingGrant> {
    const text = reasonText(reason);
    return this.em.transactional(async (em) => {
      const row = await this.lock(em, id);
      this.access.assert(Action.GRANT_REVOKE, { consumer: row.consumer, provider: row.provider });
      if (row.status === "REVOKED" || row.status === "REJECTED") {
        throw new ConflictError(`the grant is ${row.status.toLowerCase()}`);
      }
      // As the rules stand before this revocation commits.
      const broken = impacts ? (await impacts.of(em, id)).items : [];
      for (const item of broken) {
        recordChange(em, this.access.caller, "FLAGGED", `item:${item.code}@${item.version}`, {
          grant: id,
          lostFields: item.lostFields,
          brokenRules: item.brokenRules,
        });
      }
      Object.assign(row, {
        status: "REVOKED",
        revokedAt: new Date(),
        revokedBy: this.access.caller.sub,
        revocationReason: text,
      });
      recordChange(em, this.access.caller, "REVOKED", `grant:${id}`, { reason: text });
      await em.flush();
      return toGrant(row);
    });
  }

  /**
   * The provider's data officer (or the data bureau's) answers a REQUESTED grant; never the
   * department that asked (separation of duties).
   */
  private async transition(
    id: string,
    status: "APPROVED" | "REJECTED",
    reason: string | null,
  ): Promise<SharingGrant> {
    return this.em.transactional(async (em) => {
      const row = await this.lock(em, id);
      this.access.assert(Action.GRANT_DECIDE, { consumer: row.consumer, provider: row.provider });
      if (row.status !== "REQUESTED")
        throw new ConflictError(`the grant is already ${row.status.toLowerCase()}`);
      Object.assign(row, {
        status,
        decidedAt: new Date(),
        decidedBy: this.access.caller.sub,
        decisionReason: reason,
      });
      recordChange(em, this.access.caller, status, `grant:${id}`, reason ? { reason } : {});
      await em.flush();
      return toGrant(row);
    });
  }

  private async lock(em: EntityManager, id: string): Promise<SharingGrantEntity> {
    if (!z.uuid().safeParse(id).success) throw new BadUserInputError("not a grant id", "id");
    const row = await em.findOne(
      SharingGrantEntity,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!row) throw new NotFoundError("that grant");
    return row;
  }
}
