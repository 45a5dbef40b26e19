import {
  Action,
  NotFoundError,
  encodeCursor,
  pageRequest,
  type VerificationJob,
} from "@gongxiang/kit";
import type { CatalogContext } from "../context.js";
import type { AccessLogVerification, AccessLogVerificationJob } from "./verification.type.js";
import { VerificationJobStatus } from "./verification.type.js";

function jobView(job: VerificationJob): AccessLogVerificationJob {
  return {
    id: job.id,
    status: VerificationJobStatus[job.status],
    requestedBy: job.requestedBy,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    total: job.total,
    checked: job.checked,
    progress:
      job.total === 0 ? (job.status === "RUNNING" ? 0 : 1) : Math.min(1, job.checked / job.total),
    ok: job.ok,
    firstBrokenEntryId: job.firstBrokenEntryId,
    problem: job.problem,
  };
}

type JobKey = { startedAt: string; id: string };
const jobKey = (value: unknown): JobKey | null => {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [startedAt, id] = value as unknown[];
  return typeof startedAt === "string" &&
    !Number.isNaN(Date.parse(startedAt)) &&
    startedAt.length <= 40 &&
    typeof id === "string" &&
    /^[0-9a-f-]{36}$/.test(id)
    ? { startedAt, id }
    : null;
};

/** The full verification each request started (a request starts at most one). */
const startedBy = new WeakMap<CatalogContext, Promise<VerificationJob>>();

/** Verifying the access log: incrementally on every ask, in full as a background job. */
export class VerificationService {
  constructor(private readonly ctx: CatalogContext) {}

  async verify(): Promise<AccessLogVerification> {
    this.ctx.access.assert(Action.ACCESS_LOG_VERIFY);
    const outcome = await this.ctx.deps.logAuthority.verifier.verify();
    return {
      ok: outcome.ok,
      checked: outcome.checked,
      firstBrokenEntryId: outcome.firstBrokenEntryId,
      problem: outcome.problem,
      complete: outcome.complete,
      partitions: outcome.partitions.length,
      pendingEntries: outcome.partitions.reduce((sum, p) => sum + p.pending, 0),
    };
  }

  /**
   * The running full verification, or a new one. Mutation fields run one after another, so a
   * request of many aliased starts could outlast a short verification and start another: one
   * request gets one verification, whatever it asks.
   */
  async start(): Promise<AccessLogVerificationJob> {
    this.ctx.access.assert(Action.ACCESS_LOG_VERIFY);
    let started = startedBy.get(this.ctx);
    if (!started) {
      started = this.ctx.deps.logAuthority.fullVerification.start(this.ctx.caller.sub);
      startedBy.set(this.ctx, started);
    }
    const job = await started;
    return jobView((await this.ctx.deps.logAuthority.fullVerification.find(job.id)) ?? job);
  }

  async job(id: string): Promise<AccessLogVerificationJob> {
    this.ctx.access.assert(Action.ACCESS_LOG_VERIFY);
    const job = /^[0-9a-f-]{36}$/.test(id)
      ? await this.ctx.deps.logAuthority.fullVerification.find(id)
      : null;
    if (!job) throw new NotFoundError("the verification");
    return jobView(job);
  }

  async jobs(first?: number | null, after?: string | null) {
    this.ctx.access.assert(Action.ACCESS_LOG_VERIFY);
    const request = pageRequest(first, after, jobKey);
    const rows = await this.ctx.deps.logAuthority.fullVerification.list(
      request.limit + 1,
      request.after,
    );
    const edges = rows.slice(0, request.limit).map((job) => ({
      cursor: encodeCursor([job.startedAt.toISOString(), job.id]),
      node: jobView(job),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > request.limit,
        hasPreviousPage: request.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
