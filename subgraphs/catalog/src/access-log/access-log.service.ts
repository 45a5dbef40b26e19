import {
  Action,
  BadUserInputError,
  accessLogEntryFromRow,
  accessLogScope,
  citizenIdProblem,
  encodeCursor,
  monthOf,
  accessLogPeriodDate,
  pageRequest,
  withPgClient,
  type LogEntry,
} from "@gongxiang/kit";
import type { CatalogContext } from "../context.js";
import { entryViews, type EntryView } from "./access-log.view.js";

export interface AccessLogFilter {
  department?: string | null;
  subject?: string | null;
  item?: string | null;
  serviceItem?: string | null;
  site?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface EntryPage {
  edges: { cursor: string; node: EntryView }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** A page position: the last entry's (time, base, position), newest first. */
type EntryKey = [at: string, base: string, seq: number];

const parseKey = (value: unknown): EntryKey | null =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === "string" &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(value[0]) &&
  typeof value[1] === "string" &&
  /^[a-z][a-z0-9-]{0,19}$/.test(value[1]) &&
  Number.isSafeInteger(value[2]) &&
  (value[2] as number) >= 0
    ? (value as EntryKey)
    : null;

const isoTime = (value: string, argument: string) => {
  const time = new Date(value);
  if (Number.isNaN(time.getTime()) || value.length > 40) {
    throw new BadUserInputError(`${argument} must be an ISO 8601 time`, argument);
  }
  return time;
};

/** How long one page of a search may take before the caller is asked to narrow it. */
const SEARCH_TIMEOUT_MS = 5_000;
const QUERY_CANCELED = "57014";

const ENTRY_SELECT = `select base, to_char(period, 'YYYY-MM') as month, seq::text as seq,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, request_id, salt,
  caller_sub, caller_dept, caller_roles, caller_site, purpose, case_number, item_code, subject, items
  from access_log`;

/**
 * Reads of the access log: auditors search their department's part of it (the data bureau's all
 * of it), citizens see the uses of their own data. Who may ask at all is the root field's action;
 * what a caller may see is the core's scope, ANDed with their filter. Pages are keyset pages over
 * (time, base, position), newest first, and never counted.
 */
export class AccessLogService {
  constructor(private readonly ctx: CatalogContext) {}

  search(filter: AccessLogFilter, first?: number | null, after?: string | null) {
    this.ctx.access.assert(Action.ACCESS_LOG_READ);
    const scope = accessLogScope(this.ctx.caller);
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    if (scope === null) where.push("false");
    if (scope?.department) where.push(`caller_dept = ${bind(scope.department)}`);
    if (scope?.sitePrefix) where.push(`caller_site like ${bind(`${scope.sitePrefix}%`)}`);
    if (filter.department) {
      if (!/^[a-z-]{1,40}$/.test(filter.department)) {
        throw new BadUserInputError("department must be a department code", "department");
      }
      where.push(`caller_dept = ${bind(filter.department)}`);
    }
    if (filter.subject) {
      if (citizenIdProblem(filter.subject)) {
        throw new BadUserInputError("subject must be a citizen ID number", "subjectCitizenId");
      }
      where.push(`subject = ${bind(filter.subject)}`);
    }
    if (filter.item) {
      if (filter.item.length > 80) {
        throw new BadUserInputError("item is at most 80 characters", "item");
      }
      where.push(`items ? ${bind(filter.item)}`);
    }
    if (filter.serviceItem) {
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(filter.serviceItem)) {
        throw new BadUserInputError("serviceItem must be a service item code", "serviceItem");
      }
      where.push(`item_code = ${bind(filter.serviceItem)}`);
    }
    if (filter.site) {
      if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(filter.site)) {
        throw new BadUserInputError("site must be a 6, 9 or 12-digit division code", "site");
      }
      where.push(`caller_site like ${bind(`${filter.site}%`)}`);
    }
    // A period narrows the months (partitions) read as well as the times.
    if (filter.from) {
      const from = isoTime(filter.from, "from");
      where.push(
        `at >= ${bind(from)}`,
        `period >= ${bind(accessLogPeriodDate(monthOf(from)))}::date`,
      );
    }
    if (filter.to) {
      const to = isoTime(filter.to, "to");
      where.push(`at < ${bind(to)}`, `period <= ${bind(accessLogPeriodDate(monthOf(to)))}::date`);
    }
    return this.page(where, params, first, after);
  }

  /** A citizen's own data: who used it, when, for what (their own reads left out). */
  myDataUsage(first?: number | null, after?: string | null) {
    this.ctx.access.assert(Action.ACCESS_LOG_READ_OWN);
    const { sub } = this.ctx.caller;
    return this.page(["subject = $1", "caller_sub <> $1"], [sub], first, after);
  }

  private async page(
    where: string[],
    params: unknown[],
    first?: number | null,
    after?: string | null,
  ): Promise<EntryPage> {
    const request = pageRequest(first, after, parseKey);
    const conditions = [...where];
    const bound = [...params];
    const bind = (value: unknown) => `$${bound.push(value)}`;
    if (request.after) {
      const [at, base, seq] = request.after;
      conditions.push(`(at, base, seq) < (${bind(at)}::timestamptz, ${bind(base)}, ${bind(seq)})`);
    }
    const sql = `${ENTRY_SELECT} ${conditions.length ? `where ${conditions.join(" and ")}` : ""}
      order by access_log.at desc, access_log.base desc, access_log.seq desc
      limit ${bind(request.limit + 1)}`;
    const rows = await withPgClient(this.ctx.deps.accessLog, async (client) => {
      // A filter no index serves (a rare data item over years of log) must not keep a
      // connection busy for minutes: past the limit the caller is asked to narrow it.
      await client.query(`begin; set local statement_timeout = ${SEARCH_TIMEOUT_MS}`);
      try {
        return await client.query(sql, bound);
      } catch (error) {
        if ((error as { code?: unknown }).code === QUERY_CANCELED) {
          throw new BadUserInputError(
            "the search is too broad: narrow it by period, department or subject",
          );
        }
        throw error;
      } finally {
        await client.query("rollback").catch(() => {});
      }
    });
    const keys = new Map<LogEntry, EntryKey>();
    const entries = rows.rows.map((row) => {
      const entry = accessLogEntryFromRow(row);
      keys.set(entry, [entry.at, entry.base, entry.seq]);
      return entry;
    });
    const authority = this.ctx.deps.logAuthority;
    const views = await entryViews(this.ctx.em, entries.slice(0, request.limit), (page) =>
      authority.inclusionProofs(page),
    );
    const edges = views.map((node) => ({ cursor: encodeCursor(keys.get(node.entry)), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: entries.length > request.limit,
        hasPreviousPage: request.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
