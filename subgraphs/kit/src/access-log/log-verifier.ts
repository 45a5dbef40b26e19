import type { Orm } from "../orm/orm.js";
import { withPgClient, type PgClient } from "../orm/pg-client.js";
import type { PartitionAlarm } from "./checkpointer.js";
import type { CheckpointKeys } from "./checkpoint-keys.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import {
  entryId,
  parsePartition,
  partitionName,
  periodDate,
  type LogPartition,
} from "./log-partition.js";
import type { LogSecrets } from "./log-secrets.js";
import { LogStore } from "./log-store.js";
import { EMPTY_ROOT } from "./merkle.js";
import { checkRange, genuineCheckpoint, locate } from "./range-check.js";
import { storedFrontier, type TreeProblem } from "./tree-check.js";
import type { Witness } from "./witness.js";

/** Where one partition stands after a verification. */
export interface PartitionStatus {
  partition: string;
  /** Leaves verified against signed checkpoints so far. */
  verifiedSize: number;
  /** The size of the partition's latest signed checkpoint. */
  checkpointSize: number;
  /** Entries appended after the latest checkpoint (signed at the next one). */
  pending: number;
}

export interface VerificationOutcome {
  ok: boolean;
  /** Entries whose hashes this run recomputed. */
  checked: number;
  firstBrokenEntryId: string | null;
  problem: string | null;
  /** False when the run stopped at its budget and more signed entries remain to check. */
  complete: boolean;
  partitions: PartitionStatus[];
}

export interface VerifierParts {
  orm: Orm;
  keys: CheckpointKeys;
  secrets: LogSecrets;
  witness: Witness | null;
  /** Problems the checkpointer met (it refuses to sign a partition that disagrees). */
  alarms: () => PartitionAlarm[];
}

const VERIFY_LOCK = 727_003;

/** The verified state is kept MAC'd: whoever can write the database cannot move it on. */
interface VerifiedState {
  size: number;
  root: string;
}

/**
 * verifyAccessLog: checks each partition from its last verified checkpoint to its latest one
 * (the entries of about one checkpoint interval), plus what costs a few lookups however large
 * the log is: every latest checkpoint's signature, the stored tree against the last verified
 * root (a rewritten and recomputed history), the last signed entry still being there
 * (truncation), and the witness's largest checkpoints still being in the database (rewind).
 * Concurrent calls share one run; a run recomputes at most `budget` entries.
 */
export class IncrementalVerifier {
  private inflight: Promise<VerificationOutcome> | null = null;

  constructor(
    private readonly parts: VerifierParts,
    private readonly budget = 50_000,
  ) {}

  verify(): Promise<VerificationOutcome> {
    this.inflight ??= this.run().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private run(): Promise<VerificationOutcome> {
    return withPgClient(this.parts.orm, async (client) => {
      await client.query("begin");
      try {
        // One run at a time across replicas; a second finds the first's work done.
        await client.query("set local lock_timeout = '30s'");
        await client.query("select pg_advisory_xact_lock($1)", [VERIFY_LOCK]);
        const outcome = await this.check(client);
        await client.query("commit");
        return outcome;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      }
    });
  }

  private async check(client: PgClient): Promise<VerificationOutcome> {
    const store = new LogStore(client);
    const deps = { store, keys: this.parts.keys, secrets: this.parts.secrets };
    const latest = new Map(
      (await store.latestCheckpoints()).map((c) => [partitionName(c), c] as const),
    );
    const heads = new Map((await store.heads()).map((h) => [partitionName(h), h] as const));
    const states = await this.states(client);
    const witnessed = (await this.parts.witness?.seen()) ?? new Map();
    const names = [...new Set([...latest.keys(), ...heads.keys(), ...states.keys()])].sort(
      byMonthThenBase,
    );
    const partitions: PartitionStatus[] = [];
    let checked = 0;
    let complete = true;
    let broken: TreeProblem | null = null;
    const fail = (problem: TreeProblem) => (broken ??= problem);

    for (const alarm of this.parts.alarms()) {
      fail({ entryId: alarm.entryId, problem: alarm.problem });
    }
    for (const [name, seen] of witnessed) {
      const problem = await this.witnessProblem(store, name, seen, latest.get(name));
      if (problem) fail({ entryId: null, problem });
    }
    for (const name of names) {
      const p = parsePartition(name)!;
      const last = latest.get(name) ?? null;
      const state = states.get(name) ?? { size: 0, root: EMPTY_ROOT.toString("hex") };
      const status: PartitionStatus = {
        partition: name,
        verifiedSize: state.size,
        checkpointSize: last?.treeSize ?? 0,
        pending: Math.max(0, (heads.get(name)?.size ?? 0) - (last?.treeSize ?? 0)),
      };
      partitions.push(status);
      if (broken) continue;
      const problem = await this.checkPartition(
        p,
        last,
        state,
        status,
        deps,
        this.budget - checked,
      );
      checked += problem.checked;
      if (problem.incomplete) complete = false;
      if (problem.broken) fail(problem.broken);
    }
    const found = broken as TreeProblem | null;
    return {
      ok: found === null,
      checked,
      firstBrokenEntryId: found?.entryId ?? null,
      problem: found?.problem ?? null,
      complete: complete && found === null,
      partitions,
    };
  }

  private async checkPartition(
    p: LogPartition,
    last: SignedCheckpoint | null,
    state: VerifiedState,
    status: PartitionStatus,
    deps: Parameters<typeof checkRange>[0],
    budget: number,
  ): Promise<{ checked: number; incomplete: boolean; broken: TreeProblem | null }> {
    const { store } = deps;
    const name = partitionName(p);
    const none = { checked: 0, incomplete: false };
    if (!last) {
      return state.size > 0
        ? { ...none, broken: { entryId: null, problem: `the checkpoints of ${name} are gone` } }
        : { ...none, broken: null };
    }
    const forged = await genuineCheckpoint(deps.keys, last);
    if (forged) return { ...none, broken: { entryId: null, problem: forged } };
    if (state.size > last.treeSize) {
      const problem = `${name} was verified up to size ${state.size}; its latest checkpoint is ${last.treeSize} (checkpoints removed)`;
      return { ...none, broken: { entryId: null, problem } };
    }
    if (state.size > 0) {
      const verified = await store.checkpointAt(p, state.size);
      if (!verified || verified.rootHash !== state.root) {
        const problem = `the verified checkpoint of ${name} at size ${state.size} is gone or changed`;
        return { ...none, broken: { entryId: null, problem } };
      }
    }
    // Truncation: the last signed entry must still be there.
    const lastSeq = await store.lastSeq(p);
    if (lastSeq < last.treeSize - 1) {
      const id = entryId({ ...p, seq: lastSeq + 1 });
      return {
        ...none,
        broken: {
          entryId: id,
          problem: `entries of ${name} from ${id} on are missing (truncated)`,
        },
      };
    }
    const edge = await storedFrontier(store, p, state.size, Buffer.from(state.root, "hex"));
    if (!edge.ok) return { ...none, broken: await locate(deps, p, state.size) };
    const target = Math.min(last.treeSize, state.size + Math.max(0, budget));
    if (target <= state.size)
      return { ...none, incomplete: last.treeSize > state.size, broken: null };
    const outcome = await checkRange(deps, p, edge.frontier, state.size, target);
    if (outcome.problem) {
      return { checked: outcome.checked, incomplete: false, broken: outcome.problem };
    }
    const reached = outcome.reached as SignedCheckpoint | null;
    if (reached) {
      await this.saveState(store, p, reached);
      status.verifiedSize = reached.treeSize;
    }
    return { checked: outcome.checked, incomplete: target < last.treeSize, broken: null };
  }

  private async witnessProblem(
    store: LogStore,
    name: string,
    seen: { treeSize: number; rootHash: string; jws: string },
    last: SignedCheckpoint | undefined,
  ): Promise<string | null> {
    const check = await this.parts.keys.verify(seen.jws);
    // A line the log did not sign, or that says something else, accuses nobody.
    if (!check.ok || check.payload.treeSize !== seen.treeSize || check.payload.log !== name) {
      return null;
    }
    if (!last || last.treeSize < seen.treeSize) {
      return `the witness holds a checkpoint of ${name} at size ${seen.treeSize}; the database's latest is ${last?.treeSize ?? 0} (history rewound)`;
    }
    const p = parsePartition(name);
    const same = p ? await store.checkpointAt(p, seen.treeSize) : null;
    return same?.rootHash === check.payload.rootHash
      ? null
      : `the checkpoint of ${name} at size ${seen.treeSize} differs from the witness's`;
  }

  private async states(client: PgClient): Promise<Map<string, VerifiedState>> {
    const { rows } = await client.query(
      `select base, to_char(period, 'YYYY-MM') as month, tree_size::text as size, root_hash, mac
         from access_log_verified`,
    );
    const states = new Map<string, VerifiedState>();
    for (const row of rows) {
      const name = `${String(row.base)}/${String(row.month)}`;
      const state = { size: Number(row.size), root: String(row.root_hash) };
      // A state without a valid tag is not ours: that partition is verified from the start.
      if (this.stateMac(name, state) === String(row.mac)) states.set(name, state);
    }
    return states;
  }

  private async saveState(store: LogStore, p: LogPartition, reached: SignedCheckpoint) {
    await saveVerifiedState(store, this.parts.secrets, p, reached);
  }

  private stateMac(name: string, state: VerifiedState): string {
    return verifiedMac(this.parts.secrets, name, state.size, state.root);
  }
}

/** Partitions in time order, bases alphabetically within a month. */
export function byMonthThenBase(a: string, b: string): number {
  const [pa, pb] = [parsePartition(a)!, parsePartition(b)!];
  return pa.month.localeCompare(pb.month) || pa.base.localeCompare(pb.base);
}

function verifiedMac(secrets: LogSecrets, name: string, size: number, root: string): string {
  return secrets.mac("verified", name, String(size), root).toString("hex");
}

/** Records that a partition is verified up to a checkpoint (MAC'd). */
export async function saveVerifiedState(
  store: LogStore,
  secrets: LogSecrets,
  p: LogPartition,
  reached: SignedCheckpoint,
): Promise<void> {
  await store.client.query(
    `insert into access_log_verified (base, period, tree_size, root_hash, verified_at, mac)
       values ($1, $2::date, $3, $4, now(), $5)
     on conflict (base, period) do update set tree_size = excluded.tree_size,
       root_hash = excluded.root_hash, verified_at = excluded.verified_at, mac = excluded.mac`,
    [
      p.base,
      periodDate(p.month),
      reached.treeSize,
      reached.rootHash,
      verifiedMac(secrets, partitionName(p), reached.treeSize, reached.rootHash),
    ],
  );
}
