import {
  Action,
  BadUserInputError,
  NotFoundError,
  accessLogPartitionName,
  encodeCursor,
  pageRequest,
  parseAccessLogPartition,
  type SignedCheckpoint,
} from "@gongxiang/kit";
import type { CatalogContext } from "../context.js";
import type { AccessLogCheckpoint, AccessLogConsistencyProof } from "./access-log.type.js";

export function checkpointView(checkpoint: SignedCheckpoint): AccessLogCheckpoint {
  return {
    id: checkpoint.id,
    partition: accessLogPartitionName(checkpoint),
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    signedAt: checkpoint.signedAt.toISOString(),
    keyId: checkpoint.kid,
    jws: checkpoint.jws,
  };
}

const checkpointId = (value: unknown) =>
  typeof value === "string" && /^[1-9]\d{0,17}$/.test(value) ? value : null;

/** The log's signed checkpoints and the consistency proofs between them: public, hashes only. */
export class CheckpointService {
  constructor(private readonly ctx: CatalogContext) {}

  async list(
    partition: string | null | undefined,
    latestOnly: boolean,
    first?: number | null,
    after?: string | null,
  ) {
    this.ctx.access.assert(Action.ACCESS_LOG_CHECKPOINT_READ);
    const p = partition == null ? null : parseAccessLogPartition(partition);
    if (partition != null && !p) {
      throw new BadUserInputError("partition must be <base>/<YYYY-MM>", "partition");
    }
    const request = pageRequest(first, after, checkpointId);
    const rows = await this.ctx.deps.logAuthority.checkpoints({
      partition: p,
      latestOnly,
      limit: request.limit + 1,
      beforeId: request.after,
    });
    const edges = rows
      .slice(0, request.limit)
      .map((row) => ({ cursor: encodeCursor(row.id), node: checkpointView(row) }));
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

  async consistency(fromId: string, toId: string): Promise<AccessLogConsistencyProof> {
    this.ctx.access.assert(Action.ACCESS_LOG_CHECKPOINT_READ);
    for (const [argument, id] of [
      ["fromCheckpoint", fromId],
      ["toCheckpoint", toId],
    ] as const) {
      if (!checkpointId(id))
        throw new BadUserInputError(`${argument} is not a checkpoint id`, argument);
    }
    const authority = this.ctx.deps.logAuthority;
    const [from, to] = await Promise.all([
      authority.checkpoint(fromId),
      authority.checkpoint(toId),
    ]);
    // Never echo an argument back: it could be anything a caller typed.
    if (!from) throw new NotFoundError("fromCheckpoint");
    if (!to) throw new NotFoundError("toCheckpoint");
    if (accessLogPartitionName(from) !== accessLogPartitionName(to)) {
      throw new BadUserInputError("both checkpoints must be of one partition", "toCheckpoint");
    }
    if (from.treeSize > to.treeSize) {
      throw new BadUserInputError(
        "fromCheckpoint must not be larger than toCheckpoint",
        "fromCheckpoint",
      );
    }
    const proof = await authority.consistency(from, from.treeSize, to.treeSize);
    if (!proof)
      throw new Error(`the stored tree of ${accessLogPartitionName(from)} cannot prove it`);
    return {
      partition: accessLogPartitionName(from),
      from: checkpointView(from),
      to: checkpointView(to),
      proof: proof.proof,
    };
  }
}
