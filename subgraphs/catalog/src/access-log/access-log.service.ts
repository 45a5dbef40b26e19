import {
  AccessLogEntity,
  BadUserInputError,
  GENESIS_HASH,
  accessLogScope,
  citizenIdProblem,
  entryHash,
  pageRequest,
  toPage,
  type Caller,
  type EntityManager,
} from "@gongxiang/kit";
import type {
  AccessLogConnection,
  AccessLogEntry,
  AccessLogVerification,
} from "./access-log.type.js";

export interface AccessLogFilter {
  department?: string | null;
  subject?: string | null;
  item?: string | null;
  from?: string | null;
  to?: string | null;
}

const idKey = (value: unknown) =>
  typeof value === "string" && /^\d{1,18}$/.test(value) ? value : null;

function toEntry(row: AccessLogEntity): AccessLogEntry {
  const items = Object.entries(row.items)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([item, outcome]) => ({ item, outcome }));
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    requestId: row.requestId,
    callerSub: row.callerSub,
    callerDept: row.callerDept,
    callerRoles: row.callerRoles,
    callerSite: row.callerSite,
    purpose: row.purpose,
    subjectCitizenId: row.subject,
    base: row.base,
    items,
    released: items.some((entry) => ["FULL", "MASKED", "VERIFY"].includes(entry.outcome)),
  };
}

const isoTime = (value: string, argument: string) => {
  const time = new Date(value);
  if (Number.isNaN(time.getTime()) || value.length > 40) {
    throw new BadUserInputError(`${argument} must be an ISO 8601 time`, argument);
  }
  return time;
};

/**
 * Reads of the access log: auditors search their department's part of it (the data bureau's all
 * of it), citizens see the uses of their own data, auditors verify it. Who may ask at all is the
 * root field's action; what a caller may see is the core's scope, ANDed with their filter.
 */
export class AccessLogService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Caller,
  ) {}

  async search(
    filter: AccessLogFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<AccessLogConnection> {
    const scope = accessLogScope(this.caller);
    const where: Record<string, unknown> = {};
    const conditions: Record<string, unknown>[] = [];
    if (scope === null) conditions.push({ id: null });
    if (scope?.department) conditions.push({ callerDept: scope.department });
    if (scope?.sitePrefix) conditions.push({ callerSite: { $like: `${scope.sitePrefix}%` } });
    if (conditions.length) where.$and = conditions;
    if (filter.department) where.callerDept = filter.department;
    if (filter.subject) {
      if (citizenIdProblem(filter.subject))
        throw new BadUserInputError("subject must be a citizen ID number", "subject");
      where.subject = filter.subject;
    }
    if (filter.item && filter.item.length > 80) {
      throw new BadUserInputError("item is at most 80 characters", "item");
    }
    const at: Record<string, Date> = {};
    if (filter.from) at.$gte = isoTime(filter.from, "from");
    if (filter.to) at.$lt = isoTime(filter.to, "to");
    if (Object.keys(at).length) where.at = at;
    return this.page(where, filter.item ?? null, first, after);
  }

  /** A citizen's own data: who used it, when, for what (their own reads left out). */
  myDataUsage(first?: number | null, after?: string | null): Promise<AccessLogConnection> {
    return this.page(
      { subject: this.caller.sub, callerSub: { $ne: this.caller.sub } },
      null,
      first,
      after,
    );
  }

  /** Recomputes the chain from the first entry; reports the first entry that does not hold. */
  async verify(): Promise<AccessLogVerification> {
    let checked = 0;
    let expectedPrev = GENESIS_HASH;
    let after = "0";
    for (;;) {
      const rows = await this.em.find(
        AccessLogEntity,
        { id: { $gt: after } },
        { orderBy: { id: "asc" }, limit: 5_000 },
      );
      if (rows.length === 0) return { ok: true, checked, firstBrokenEntryId: null };
      for (const row of rows) {
        checked++;
        if (
          row.prevHash !== expectedPrev ||
          entryHash({ ...row, id: String(row.id) }) !== row.hash
        ) {
          return { ok: false, checked, firstBrokenEntryId: String(row.id) };
        }
        expectedPrev = row.hash;
      }
      after = String(rows.at(-1)!.id);
      this.em.clear();
    }
  }

  private async page(
    where: Record<string, unknown>,
    item: string | null,
    first?: number | null,
    after?: string | null,
  ): Promise<AccessLogConnection> {
    const request = pageRequest(first, after, idKey);
    const query = this.em.createQueryBuilder(AccessLogEntity, "e").where(where);
    if (item) query.andWhere("jsonb_exists(e.items, ?)", [item]);
    const total = await query.clone().getCount();
    if (request.after) query.andWhere({ id: { $lt: request.after } });
    const rows = await query
      .orderBy({ id: "desc" })
      .limit(request.limit + 1)
      .getResult();
    return toPage(rows.map(toEntry), request, (entry) => entry.id, total) as AccessLogConnection;
  }
}
