import type { SignedCheckpoint } from "./checkpoint.js";
import { leafText, type LogEntry } from "./log-leaf.js";
import { partitionName, type LogPartition } from "./log-partition.js";
import type { LogStore } from "./log-store.js";
import {
  consistencyRanges,
  foldRange,
  inclusionRanges,
  nodeKey,
  rangeNodes,
  type NodeRef,
} from "./merkle.js";

/** An entry's leaf and the path from it to a signed checkpoint's root (RFC 6962 PATH). */
export interface InclusionProof {
  /** The exact bytes the leaf hash covers (canonical JSON, UTF-8). */
  leaf: string;
  leafIndex: number;
  treeSize: number;
  /** Sibling hashes (hex), leaf upwards: hashes of other entries only, never their content. */
  auditPath: string[];
  checkpoint: SignedCheckpoint;
}

/** Resolves proof ranges from the stored nodes (one query), or null if any is missing. */
async function rangeHashes(
  store: LogStore,
  p: LogPartition,
  ranges: [number, number][][],
): Promise<Buffer[][] | null> {
  const refs = new Map<string, NodeRef>();
  for (const list of ranges) {
    for (const [a, b] of list) for (const ref of rangeNodes(a, b)) refs.set(nodeKey(ref), ref);
  }
  const stored = await store.nodes(p, [...refs.values()]);
  const resolved: Buffer[][] = [];
  for (const list of ranges) {
    const hashes: Buffer[] = [];
    for (const [a, b] of list) {
      const parts = rangeNodes(a, b).map((ref) => stored.get(nodeKey(ref))?.hash);
      if (parts.some((part) => !part)) return null;
      hashes.push(foldRange(parts as Buffer[]));
    }
    resolved.push(hashes);
  }
  return resolved;
}

/**
 * Inclusion proofs of entries against their partition's latest checkpoint; an entry that no
 * checkpoint covers yet (or whose stored path is missing) gets none.
 */
export async function inclusionProofs(
  store: LogStore,
  entries: LogEntry[],
): Promise<Map<LogEntry, InclusionProof>> {
  const proofs = new Map<LogEntry, InclusionProof>();
  const byPartition = new Map<string, LogEntry[]>();
  for (const entry of entries) {
    const name = partitionName(entry);
    byPartition.set(name, [...(byPartition.get(name) ?? []), entry]);
  }
  for (const group of byPartition.values()) {
    const p = group[0]!;
    const checkpoint = await store.latestCheckpoint(p);
    if (!checkpoint) continue;
    const covered = group.filter((entry) => entry.seq < checkpoint.treeSize);
    const paths = await rangeHashes(
      store,
      p,
      covered.map((entry) => inclusionRanges(entry.seq, checkpoint.treeSize)),
    );
    if (!paths) continue;
    covered.forEach((entry, i) =>
      proofs.set(entry, {
        leaf: leafText(entry),
        leafIndex: entry.seq,
        treeSize: checkpoint.treeSize,
        auditPath: paths[i]!.map((hash) => hash.toString("hex")),
        checkpoint,
      }),
    );
  }
  return proofs;
}

/** RFC 6962 PROOF(first, D[second]) from the stored nodes, as hex; null if any is missing. */
export async function consistencyProof(
  store: LogStore,
  p: LogPartition,
  first: number,
  second: number,
): Promise<string[] | null> {
  const hashes = await rangeHashes(store, p, [consistencyRanges(first, second)]);
  return hashes ? hashes[0]!.map((hash) => hash.toString("hex")) : null;
}
