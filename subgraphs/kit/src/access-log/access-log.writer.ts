import { performance } from "node:perf_hooks";
import type { Caller } from "../auth/caller.js";
import { withPgClient } from "../orm/pg-client.js";
import type { Orm } from "../orm/orm.js";
import { GENESIS_HASH, entryHash, type ChainedEntry } from "./access-log.chain.js";

export interface AccessLogRecord {
  requestId: string;
  caller: Caller;
  subject: string;
  base: string;
  items: Record<string, string>;
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

// Every writer in every process chains onto one log: the chain's head is taken under this lock.
const CHAIN_LOCK = 727_001;

/**
 * Writes access-log entries durably before the data they describe is released. Requests that
 * arrive while a write is in flight are committed together in the next transaction (group
 * commit): one lock, one read of the chain head and one multi-row insert for all of them, with
 * ids that follow the head without gaps.
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
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.queue.length);
      const records = batch.flatMap((pending) => pending.records);
      const started = performance.now();
      try {
        await this.commit(records);
        this.observe({ entries: records.length, seconds: seconds(started), ok: true });
        for (const pending of batch) pending.resolve();
      } catch (error) {
        this.observe({ entries: records.length, seconds: seconds(started), ok: false });
        for (const pending of batch) pending.reject(error);
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
    await withPgClient(this.orm, async (client) => {
      try {
        // Opening and locking share a round trip; the head is read by a statement of its own,
        // whose snapshot is taken once the lock is held (inside one multi-statement query it is
        // not, and a concurrent writer's last entries would be missed).
        await client.query(`begin; select pg_advisory_xact_lock(${CHAIN_LOCK})`);
        const { rows: heads } = await client.query(
          "select id::text as head_id, hash from access_log order by id desc limit 1",
        );
        const head = heads[0] as { head_id: string; hash: string } | undefined;
        // Under the lock ids follow the head without gaps: a missing entry shows as a hole.
        let nextId = BigInt(head?.head_id ?? "0");
        let prevHash = head?.hash ?? GENESIS_HASH;
        const at = new Date();
        const rows = records.map((record) => {
          const entry: ChainedEntry = {
            id: String(++nextId),
            at,
            requestId: record.requestId,
            callerSub: record.caller.sub,
            callerDept: record.caller.dept,
            callerRoles: record.caller.roles,
            callerSite: record.caller.site,
            purpose: record.caller.purpose,
            subject: record.subject,
            base: record.base,
            items: record.items,
            prevHash,
          };
          prevHash = entryHash(entry);
          return { ...entry, hash: prevHash };
        });
        await client.query(
          `insert into access_log (id, at, request_id, caller_sub, caller_dept, caller_roles, caller_site,
             purpose, subject, base, items, prev_hash, hash)
           select * from unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[],
             $6::jsonb[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::text[], $13::text[])`,
          [
            rows.map((r) => r.id),
            rows.map((r) => r.at),
            rows.map((r) => r.requestId),
            rows.map((r) => r.callerSub),
            rows.map((r) => r.callerDept),
            rows.map((r) => JSON.stringify(r.callerRoles)),
            rows.map((r) => r.callerSite),
            rows.map((r) => r.purpose),
            rows.map((r) => r.subject),
            rows.map((r) => r.base),
            rows.map((r) => JSON.stringify(r.items)),
            rows.map((r) => r.prevHash),
            rows.map((r) => r.hash),
          ],
        );
        await client.query("commit");
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      }
    });
  }
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}
