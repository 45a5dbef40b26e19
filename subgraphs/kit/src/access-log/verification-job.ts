import { randomUUID } from "node:crypto";
import { ConflictError } from "../errors/errors.js";
import { withPgClient, type PgClient } from "../orm/pg-client.js";
import type { Logger } from "../util/logger.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import { partitionName } from "./log-partition.js";
import { LogStore, isoText } from "./log-store.js";
import { byMonthThenBase, saveVerifiedState, type VerifierParts } from "./log-verifier.js";
import { Frontier } from "./merkle.js";
import { checkRange, genuineCheckpoint } from "./range-check.js";
import type { TreeProblem } from "./tree-check.js";

export type JobStatus = "RUNNING" | "DONE" | "ABANDONED";

/** A full verification of the whole log: progress while it runs, the result once done. */
export interface VerificationJob {
  id: string;
  status: JobStatus;
  requestedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  /** Signed entries to check (the latest checkpoints' sizes when it started). */
  total: number;
  checked: number;
  ok: boolean | null;
  firstBrokenEntryId: string | null;
  problem: string | null;
}

/** Held by the one replica that runs a full verification, for as long as it runs. */
const JOB_LOCK = 727_004;

const COLUMNS = `id::text as id, status, requested_by, ${isoText("started_at", "MS")} as started_at,
  ${isoText("finished_at", "MS")} as finished_at, total::text as total,
  checked::text as checked, ok, first_broken_entry_id, problem`;

function toJob(row: Record<string, unknown>): VerificationJob {
  return {
    id: String(row.id),
    status: String(row.status) as JobStatus,
    requestedBy: String(row.requested_by),
    startedAt: new Date(String(row.started_at)),
    finishedAt: row.finished_at === null ? null : new Date(String(row.finished_at)),
    total: Number(row.total),
    checked: Number(row.checked),
    ok: (row.ok as boolean | null) ?? null,
    firstBrokenEntryId: (row.first_broken_entry_id as string | null) ?? null,
    problem: (row.problem as string | null) ?? null,
  };
}

/**
 * Recomputes every partition from its first leaf, in the background, at most one at a time
 * hub-wide: asking while one runs (here or on another replica) returns the running one.
 */
export class FullVerification {
  private running: { id: string; finished: Promise<void> } | null = null;
  private starting: Promise<VerificationJob> | null = null;
  private stopping = false;

  constructor(
    private readonly parts: VerifierParts,
    private readonly log: Logger,
  ) {}

  /** Starts a full verification, or returns the one already running. */
  async start(requestedBy: string): Promise<VerificationJob> {
    if (this.running) {
      const job = await this.find(this.running.id);
      if (job) return job;
    }
    this.starting ??= this.begin(requestedBy).finally(() => (this.starting = null));
    return this.starting;
  }

  find(id: string): Promise<VerificationJob | null> {
    return withPgClient(this.parts.orm, async (client) => {
      const { rows } = await client.query(
        `select ${COLUMNS} from access_log_verification_job where id = $1::uuid`,
        [id],
      );
      return rows[0] ? toJob(rows[0]) : null;
    });
  }

  /** Jobs newest first, keyset-paginated by (started_at, id). */
  list(limit: number, before: { startedAt: string; id: string } | null) {
    return withPgClient(this.parts.orm, async (client) => {
      const { rows } = await client.query(
        `select ${COLUMNS} from access_log_verification_job
          where $1::timestamptz is null or (started_at, id) < ($1::timestamptz, $2::uuid)
          order by access_log_verification_job.started_at desc, access_log_verification_job.id desc
          limit $3`,
        [before?.startedAt ?? null, before?.id ?? null, limit],
      );
      return rows.map(toJob);
    });
  }

  /** Abandons a running verification (shutdown); another can be started later. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => {});
    await this.running?.finished;
  }

  private begin(requestedBy: string): Promise<VerificationJob> {
    let settle!: { resolve: (job: VerificationJob) => void; reject: (error: unknown) => void };
    const answered = new Promise<VerificationJob>((resolve, reject) => {
      settle = { resolve, reject };
    });
    let isAnswered = false;
    const answer = (job: VerificationJob) => {
      isAnswered = true;
      settle.resolve(job);
    };
    // The job keeps one connection, and the lock on it, for its whole run.
    const finished: Promise<void> = withPgClient(this.parts.orm, async (client) => {
      const { rows } = await client.query("select pg_try_advisory_lock($1) as locked", [JOB_LOCK]);
      if (rows[0]?.locked !== true) {
        const { rows: others } = await client.query(
          `select ${COLUMNS} from access_log_verification_job where status = 'RUNNING'
            order by access_log_verification_job.started_at desc limit 1`,
        );
        if (others[0]) answer(toJob(others[0]));
        else settle.reject(new ConflictError("a full verification is starting on another replica"));
        return;
      }
      try {
        await this.run(client, requestedBy, (job) => {
          this.running = { id: job.id, finished };
          answer(job);
        });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [JOB_LOCK]).catch(() => {});
      }
    })
      .catch((error: unknown) => {
        this.log.error({ err: error }, "full access-log verification failed");
        if (!isAnswered) settle.reject(error);
      })
      .finally(() => {
        this.running = null;
      });
    return answered;
  }

  private async run(
    client: PgClient,
    requestedBy: string,
    answer: (job: VerificationJob) => void,
  ): Promise<void> {
    const store = new LogStore(client);
    // Holding the lock, any job still marked running was left by a replica that died.
    await client.query(
      `update access_log_verification_job set status = 'ABANDONED', finished_at = now(),
         problem = 'its replica stopped before it finished' where status = 'RUNNING'`,
    );
    const latest = (await store.latestCheckpoints()).sort((a, b) =>
      byMonthThenBase(partitionName(a), partitionName(b)),
    );
    const total = latest.reduce((sum, c) => sum + c.treeSize, 0);
    const id = randomUUID();
    const { rows } = await client.query(
      `insert into access_log_verification_job (id, status, requested_by, started_at, heartbeat_at,
         total, checked) values ($1, 'RUNNING', $2, $4, $4, $3, 0) returning ${COLUMNS}`,
      // Milliseconds, as the list's cursors carry them.
      [id, requestedBy, total, new Date()],
    );
    answer(toJob(rows[0]!));
    try {
      await this.check(client, store, id, latest);
    } catch (error) {
      await client.query(
        `update access_log_verification_job set status = 'ABANDONED', finished_at = now(),
           problem = 'the verification failed before it finished' where id = $1`,
        [id],
      );
      throw error;
    }
  }

  private async check(
    client: PgClient,
    store: LogStore,
    id: string,
    latest: SignedCheckpoint[],
  ): Promise<void> {
    const deps = { store, keys: this.parts.keys, secrets: this.parts.secrets };
    let done = 0;
    let broken: TreeProblem | null = null;
    for (const alarm of this.parts.alarms()) broken ??= alarm;
    for (const checkpoint of latest) {
      if (broken || this.stopping) break;
      const forged = await genuineCheckpoint(this.parts.keys, checkpoint);
      if (forged) {
        broken = { entryId: null, problem: forged };
        break;
      }
      const outcome = await checkRange(
        deps,
        checkpoint,
        Frontier.empty(),
        0,
        checkpoint.treeSize,
        async (checked) => {
          if (this.stopping) throw new Stopped();
          await client.query(
            `update access_log_verification_job set checked = $2, heartbeat_at = now() where id = $1`,
            [id, done + checked],
          );
        },
      ).catch((error: unknown) => {
        if (error instanceof Stopped) return null;
        throw error;
      });
      if (!outcome) break;
      done += outcome.checked;
      if (outcome.problem) broken = outcome.problem;
      else await saveVerifiedState(store, this.parts.secrets, checkpoint, checkpoint);
    }
    if (!broken && !this.stopping) {
      for (const [name, seen] of (await this.parts.witness?.seen()) ?? new Map()) {
        const mine = latest.find((c) => partitionName(c) === name);
        if (!mine || mine.treeSize < seen.treeSize) {
          broken = { entryId: null, problem: `the witness holds ${name} at size ${seen.treeSize}` };
        }
      }
    }
    const stoppedEarly = this.stopping && !broken;
    await client.query(
      `update access_log_verification_job set status = $2, finished_at = now(), heartbeat_at = now(),
         checked = $3, ok = $4, first_broken_entry_id = $5, problem = $6 where id = $1`,
      [
        id,
        stoppedEarly ? "ABANDONED" : "DONE",
        done,
        stoppedEarly ? null : broken === null,
        broken?.entryId ?? null,
        stoppedEarly ? "stopped before it finished (shutdown)" : (broken?.problem ?? null),
      ],
    );
  }
}

/** The hub is shutting down: the job stops between batches. */
class Stopped extends Error {}
