import type { CheckpointKeys } from "./checkpoint-keys.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import { partitionName, type LogPartition } from "./log-partition.js";
import type { LogSecrets } from "./log-secrets.js";
import type { LogStore } from "./log-store.js";
import { EMPTY_ROOT, type Frontier } from "./merkle.js";
import { checkLeaves, storedFrontier, type TreeProblem } from "./tree-check.js";

const BATCH = 5_000;

export interface RangeOutcome {
  problem: TreeProblem | null;
  /** Leaves whose hashes were recomputed. */
  checked: number;
  /** The last checkpoint the range reached with every root agreeing. */
  reached: SignedCheckpoint | null;
}

/** Is this stored checkpoint one the log signed, saying what its row says? */
export async function genuineCheckpoint(
  keys: CheckpointKeys,
  checkpoint: SignedCheckpoint,
): Promise<string | null> {
  const check = await keys.verify(checkpoint.jws);
  const name = partitionName(checkpoint);
  if (!check.ok) return `checkpoint ${name}@${checkpoint.treeSize}: ${check.reason}`;
  const { payload } = check;
  return payload.log === name &&
    payload.treeSize === checkpoint.treeSize &&
    payload.rootHash === checkpoint.rootHash
    ? null
    : `checkpoint ${name}@${checkpoint.treeSize} says something else than it is signed for`;
}

/**
 * Recomputes leaves [from, to) of a partition from their content, onto `frontier` (the tree at
 * `from`, already checked), comparing stored hashes, MACs and nodes, and the root at each
 * signed checkpoint on the way.
 */
export async function checkRange(
  deps: { store: LogStore; keys: CheckpointKeys; secrets: LogSecrets },
  p: LogPartition,
  frontier: Frontier,
  from: number,
  to: number,
  onBatch: (checked: number) => Promise<void> = () => Promise.resolve(),
): Promise<RangeOutcome> {
  const { store, keys, secrets } = deps;
  let checked = 0;
  let reached: SignedCheckpoint | null = null;
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(to, start + BATCH);
    const due = await store.checkpoints(p, start, end);
    for (const checkpoint of due) {
      const forged = await genuineCheckpoint(keys, checkpoint);
      if (forged) return { problem: { entryId: null, problem: forged }, checked, reached };
    }
    const bySize = new Map(due.map((c) => [c.treeSize, c] as const));
    const problem = await checkLeaves(store, secrets, p, frontier, start, end, (size, root) => {
      const checkpoint = bySize.get(size);
      if (!checkpoint) return null;
      if (root().toString("hex") !== checkpoint.rootHash) {
        return {
          entryId: null,
          problem: `the tree of ${partitionName(p)} at size ${size} disagrees with its signed checkpoint`,
        };
      }
      reached = checkpoint;
      return null;
    });
    checked += end - start;
    if (problem) return { problem, checked, reached };
    await onBatch(checked);
  }
  return { problem: null, checked, reached };
}

/**
 * The stored tree disagrees with the checkpoint at `badSize` while it agreed at `goodSize`:
 * finds, by bisecting the signed checkpoints between them, the first interval whose stored
 * tree no longer matches its signature, then names the first leaf there whose content, hash
 * (its MAC) or position is wrong. Bounded: a few lookups per halving and one interval's leaves.
 */
export async function locate(
  deps: { store: LogStore; keys: CheckpointKeys; secrets: LogSecrets },
  p: LogPartition,
  badSize: number,
): Promise<TreeProblem> {
  const { store } = deps;
  const sizes = await store.checkpointSizes(p, 0, badSize);
  let good = 0;
  let bad = badSize;
  let low = 0;
  let high = sizes.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const probe = await store.checkpointAt(p, sizes[middle]!);
    if (!probe) break;
    const forged = await genuineCheckpoint(deps.keys, probe);
    if (forged) return { entryId: null, problem: forged };
    const edge = await storedFrontier(store, p, probe.treeSize, Buffer.from(probe.rootHash, "hex"));
    if (edge.ok) {
      good = probe.treeSize;
      low = middle + 1;
    } else {
      bad = probe.treeSize;
      high = middle;
    }
  }
  const goodCheckpoint = good === 0 ? null : await store.checkpointAt(p, good);
  const start = await storedFrontier(
    store,
    p,
    good,
    goodCheckpoint ? Buffer.from(goodCheckpoint.rootHash, "hex") : EMPTY_ROOT,
  );
  if (!start.ok) return { entryId: null, problem: start.problem };
  const outcome = await checkRange(deps, p, start.frontier, good, bad);
  return (
    outcome.problem ?? {
      entryId: null,
      problem: `the stored tree of ${partitionName(p)} disagrees with its checkpoint at size ${bad}`,
    }
  );
}
