import { entryLeafHash } from "./log-leaf.js";
import { entryId, partitionName, type LogPartition } from "./log-partition.js";
import type { LogSecrets } from "./log-secrets.js";
import type { LogStore } from "./log-store.js";
import { EMPTY_ROOT, Frontier, foldRange, nodeKey, rangeNodes } from "./merkle.js";

/** Where and how a partition disagrees with what was signed. */
export interface TreeProblem {
  /** The first entry whose content, hash or position disagrees; null when none can be named. */
  entryId: string | null;
  problem: string;
}

export type FrontierResult = { ok: true; frontier: Frontier } | { ok: false; problem: string };

/**
 * The stored right edge of a partition's tree at `size`, checked against the root signed for
 * that size (so stored hashes that were rewritten and recomputed are caught here).
 */
export async function storedFrontier(
  store: LogStore,
  p: LogPartition,
  size: number,
  root: Buffer,
): Promise<FrontierResult> {
  if (size === 0) {
    return root.equals(EMPTY_ROOT)
      ? { ok: true, frontier: Frontier.empty() }
      : { ok: false, problem: "an empty tree's checkpoint has a root" };
  }
  const refs = rangeNodes(0, size);
  const stored = await store.nodes(p, refs);
  const hashes = refs.map((ref) => stored.get(nodeKey(ref))?.hash);
  if (hashes.some((hash) => !hash)) {
    return { ok: false, problem: `stored tree hashes of ${partitionName(p)} are missing` };
  }
  const present = hashes as Buffer[];
  if (!foldRange(present).equals(root)) {
    return {
      ok: false,
      problem: `the stored tree of ${partitionName(p)} at size ${size} disagrees with its signed checkpoint`,
    };
  }
  return { ok: true, frontier: Frontier.of(size, present) };
}

/**
 * Checks leaves [from, to) of a partition against their stored hashes and MACs, extends
 * `frontier` with them (recomputed from content, never from what is stored) and compares every
 * interior node they complete with the stored one. Calls `at(size, root)` after each leaf so
 * the caller can compare roots with checkpoints. Returns the first problem, or null.
 */
export async function checkLeaves(
  store: LogStore,
  secrets: LogSecrets,
  p: LogPartition,
  frontier: Frontier,
  from: number,
  to: number,
  at: (size: number, root: () => Buffer) => TreeProblem | null,
): Promise<TreeProblem | null> {
  const name = partitionName(p);
  const entries = await store.entries(p, from, to);
  const nodes = await store.nodesCovering(p, from, to);
  for (let seq = from, i = 0; seq < to; seq++, i++) {
    const entry = entries[i];
    const id = entryId({ ...p, seq });
    if (!entry || entry.seq !== seq) {
      return { entryId: id, problem: `entry ${id} is missing (deleted or moved)` };
    }
    const hash = entryLeafHash(entry);
    const stored = nodes.get(nodeKey({ level: 0, index: seq }));
    if (!stored) return { entryId: id, problem: `the leaf hash of ${id} is missing` };
    if (!stored.mac || !secrets.leafMac(name, seq, stored.hash).equals(stored.mac)) {
      return { entryId: id, problem: `the leaf hash of ${id} was rewritten` };
    }
    if (!stored.hash.equals(hash)) {
      return { entryId: id, problem: `the content of ${id} was changed (or entries reordered)` };
    }
    for (const node of frontier.append(hash)) {
      const kept = nodes.get(nodeKey(node));
      if (!kept || !kept.hash.equals(node.hash)) {
        return {
          entryId: id,
          problem: `the stored tree node above ${id} (level ${node.level}) disagrees`,
        };
      }
    }
    const problem = at(frontier.size, () => frontier.root());
    if (problem) return problem;
  }
  return null;
}
