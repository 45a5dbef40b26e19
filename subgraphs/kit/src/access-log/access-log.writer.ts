import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Caller } from "../auth/caller.js";
import { withPgClient, type PgClient } from "../orm/pg-client.js";
import type { Orm } from "../orm/orm.js";
import { monthOf, periodDate } from "./log-partition.js";

export interface AccessLogRecord {
  requestId: string;
  caller: Caller;
  subject: string;
  base: string;
  items: Record<string, string>;
  /** The case a `case:<id>` purpose stands for, as the cases base confirmed it. */
  caseNumber?: string | null;
  /** The service item the data was read for (`item:<code>`, or the confirmed case's item). */
  itemCode?: string | null;
}

interface Pending {
  records: AccessLogRecord[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** One group commit, as metrics see it. */
export interface AccessLogBatch {
  entries: number;
  seconds: number;
  ok: boolean;
}

/**
 * Appends to one partition (base and month) in one statement: the partition's head row hands
 * out the next leaf indexes and the entries go in with them, so a partition's leaves are
 * gapless and in commit order, and only writers of the same partition ever wait on each other.
 * Without a head row (a partition's first append) nothing is inserted: see `append`.
 */
const APPEND = `
  with head as (
    update access_log_head set size = size + $3::bigint where base = $1 and period = $2::date
    returning size - $3::bigint as start
  )
  insert into access_log (base, period, seq, at, request_id, salt, caller_sub, caller_dept,
      caller_roles, caller_site, purpose, case_number, item_code, subject, items)
    select $1, $2::date, head.start + r.n - 1, $4::timestamptz, r.request_id, r.salt, r.caller_sub,
        r.caller_dept, r.caller_roles, r.caller_site, r.purpose, r.case_number, r.item_code,
        r.subject, r.items
      from head, unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[],
          $11::text[], $12::text[], $13::text[], $14::text[], $15::jsonb[])
        with ordinality as r(request_id, salt, caller_sub, caller_dept, caller_roles, caller_site,
          purpose, case_number, item_code, subject, items, n)`;

/** PostgreSQL's answer when no partition takes the row (its month was not created yet). */
const NO_PARTITION = "23514";

/**
 * Writes access-log entries durably before the data they describe is released. Requests that
 * arrive while a write is in flight are committed together in the next statement (group
 * commit).
 */
export class AccessLogWriter {
  private queue: Pending[] = [];
  private flushing = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly orm: Orm,
    private readonly observe: (batch: AccessLogBatch) => void = () => {},
  ) {}

  /** Resolves once the records are committed; rejects if they could not be (release nothing). */
  write(records: AccessLogRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      if (this.flushing) return;
      // After the poll phase, so that the requests answered in this turn of the event loop
      // (a coalesced read answers many at once) share the first statement, not only the next.
      this.flushing = true;
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.queue.length);
      const records = batch.flatMap((pending) => pending.records);
      const started = performance.now();
      let failure: { error: unknown } | null = null;
      try {
        await this.commit(records);
      } catch (error) {
        failure = { error };
      }
      // Settled first: a throwing observer must not leave writers (or a stopping service) waiting.
      for (const pending of batch) {
        if (failure) pending.reject(failure.error);
        else pending.resolve();
      }
      const ok = failure === null;
      try {
        this.observe({ entries: records.length, seconds: seconds(started), ok });
      } catch {
        // Metrics are not the log: the entries' fate is already settled above.
      }
    }
    this.flushing = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  /** Resolves once every write handed over so far is settled (a stopping service waits here). */
  drain(): Promise<void> {
    if (!this.flushing) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private async commit(records: AccessLogRecord[]): Promise<void> {
    const at = new Date();
    const month = monthOf(at);
    const byBase = new Map<string, AccessLogRecord[]>();
    for (const record of records) {
      byBase.set(record.base, [...(byBase.get(record.base) ?? []), record]);
    }
    await withPgClient(this.orm, async (client) => {
      for (const [base, rows] of byBase) await append(client, base, month, at, rows);
    });
  }
}

/** 16 random bytes (hex) per entry, drawn in one call: one per entry cost 2% of a subgraph. */
function salts(count: number): string[] {
  const hex = randomBytes(16 * count).toString("hex");
  return Array.from({ length: count }, (_, i) => hex.slice(32 * i, 32 * (i + 1)));
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

async function append(
  client: PgClient,
  base: string,
  month: string,
  at: Date,
  rows: AccessLogRecord[],
): Promise<void> {
  const params = [
    base,
    periodDate(month),
    rows.length,
    at,
    rows.map((r) => r.requestId),
    salts(rows.length),
    rows.map((r) => r.caller.sub),
    rows.map((r) => r.caller.dept),
    rows.map((r) => JSON.stringify(r.caller.roles)),
    rows.map((r) => r.caller.site),
    rows.map((r) => r.caller.purpose),
    rows.map((r) => r.caseNumber ?? null),
    rows.map((r) => r.itemCode ?? null),
    rows.map((r) => r.subject),
    rows.map((r) => JSON.stringify(r.items)),
  ];
  // Prepared once per connection: the hot path is parsed and planned once.
  const append = { name: "access_log_append", text: APPEND, values: params };
  let inserted: number | null;
  try {
    inserted = (await client.query(append)).rowCount;
  } catch (error) {
    if ((error as { code?: unknown }).code !== NO_PARTITION) throw error;
    inserted = 0;
  }
  if (inserted === rows.length) return;
  // A partition's first append: its head row (and, for a month nobody prepared, its tables).
  await client.query("select access_log_ensure_period($1::date)", [periodDate(month)]);
  await client.query(
    `insert into access_log_head (base, period, size) values ($1, $2::date, 0)
       on conflict (base, period) do nothing`,
    [base, periodDate(month)],
  );
  if ((await client.query(append)).rowCount !== rows.length) {
    throw new Error(`the access log's partition ${base}/${month} took no entries`);
  }
}
