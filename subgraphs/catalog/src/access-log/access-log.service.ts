import {
  AccessLogEntity,
  BadUserInputError,
  ForbiddenError,
  GENESIS_HASH,
  citizenIdProblem,
  entryHash,
  isCitizen,
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
    released: items.some((entry) => entry.outcome === "FULL" || entry.outcome === "MASKED"),
  };
}

const isoTime = (value: string, argument: string) => {
  const time = new Date(value);
  if (Number.isNaN(time.getTime()) || value.length > 40) {
    throw new BadUserInputError(`${argument} must be an ISO 8601 time`, argument);
  }
  return time;
};

/** Reads of the access log: auditors search it, citizens see their own, anyone may verify. */
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
    if (!this.caller.roles.includes("auditor"))
      throw new ForbiddenError("the access log is for auditors");
    const where: Record<string, unknown> = {};
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
    if (!isCitizen(this.caller)) throw new ForbiddenError("myDataUsage is for citizens");
    return this.page(
      { subject: this.caller.sub, callerSub: { $ne: this.caller.sub } },
      null,
      first,
      after,
    );
  }

  /** Recomputes the chain from the first entry; reports the first entry that does not hold. */
  async verify(): Promise<AccessLogVerification> {
    if (!this.caller.roles.includes("auditor") && this.caller.dept !== "data-bureau") {
      throw new ForbiddenError("verifying the access log is for auditors");
    }
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
