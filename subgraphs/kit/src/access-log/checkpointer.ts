import type { Orm } from "../orm/orm.js";
import { withPgClient, type PgClient } from "../orm/pg-client.js";
import type { Logger } from "../util/logger.js";
import type { CheckpointKeys } from "./checkpoint-keys.js";
import { checkpointPayload, type SignedCheckpoint } from "./checkpoint.js";
import { entryLeafHash } from "./log-leaf.js";
import { entryId, monthOf, partitionName, periodDate, type LogPartition } from "./log-partition.js";
import type { LogSecrets } from "./log-secrets.js";
import { LogStore, type StoredNode } from "./log-store.js";
import { EMPTY_ROOT } from "./merkle.js";
import { storedFrontier } from "./tree-check.js";
import type { Witness } from "./witness.js";

/** Leaves one checkpoint covers at most: a backlog is caught up over several ticks. */
const MAX_LEAVES_PER_CHECKPOINT = 50_000;
/** Checkpointing of one partition at a time across replicas of the log's owner. */
const CHECKPOINT_LOCK = 727_002;

/** A partition the checkpointer refuses to sign, and why (tampering or a rewound history). */
export interface PartitionAlarm {
  partition: string;
  entryId: string | null;
  problem: string;
  at: Date;
}

/**
 * Signs each partition's checkpoint at a fixed interval (and at shutdown): hashes the leaves
 * appended since the last checkpoint from their content, tags each leaf hash with a MAC, adds
 * the tree's nodes and signs (size, root, time). It signs only a tree that extends the last
 * signed one: stored hashes are checked against the last signed root first, so a rewritten
 * history is never given a fresh signature.
 */
export class Checkpointer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** What this process signed last per partition: a database rewound below it is noticed. */
  private readonly signed = new Map<string, { size: number; root: string }>();
  private readonly prepared = new Set<string>();
  readonly alarms = new Map<string, PartitionAlarm>();

  constructor(
    private readonly orm: Orm,
    private readonly keys: CheckpointKeys,
    private readonly secrets: LogSecrets,
    private readonly witness: Witness | null,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    const loop = () => {
      this.timer = setTimeout(() => {
        void this.checkpointNow().finally(() => {
          if (!this.stopped) loop();
        });
      }, this.intervalMs);
      this.timer.unref();
    };
    loop();
  }

  /** Stops the interval and signs what was appended since the last tick. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => {});
    await this.checkpointNow();
  }

  /** One tick now (tests, shutdown); concurrent callers share it. */
  checkpointNow(): Promise<void> {
    this.running ??= this.tick().finally(() => (this.running = null));
    return this.running;
  }

  private async tick(): Promise<void> {
    try {
      await withPgClient(this.orm, async (client) => {
        await this.preparePartitions(client);
        const store = new LogStore(client);
        const latest = new Map(
          (await store.latestCheckpoints()).map((c) => [partitionName(c), c] as const),
        );
        for (const head of await store.heads()) {
          const last = latest.get(partitionName(head)) ?? null;
          const rewound = this.rewound(head, last);
          if (rewound) {
            this.alarm(head, null, rewound);
            continue;
          }
          // An alarmed partition is checked again even with nothing new: the alarm holds
          // exactly as long as the stored tree disagrees with what was signed.
          const alarmed = this.alarms.has(partitionName(head));
          if (head.size > (last?.treeSize ?? 0) || alarmed) {
            await this.checkpoint(client, head, head.size);
          }
        }
      });
      await this.witness?.deliver(() => this.latestSigned());
    } catch (error) {
      this.log.error({ err: error }, "access-log checkpoint failed");
    }
  }

  /** This month's and next month's partitions exist before anyone writes there. */
  private async preparePartitions(client: PgClient): Promise<void> {
    const now = new Date();
    const next = new Date(now.getTime() + 32 * 86_400_000);
    for (const month of [monthOf(now), monthOf(next)]) {
      if (this.prepared.has(month)) continue;
      await client.query("select access_log_ensure_period($1::date)", [periodDate(month)]);
      this.prepared.add(month);
    }
  }

  /** A problem when the database holds less than this process signed (history rewound). */
  private rewound(p: LogPartition, last: SignedCheckpoint | null): string | null {
    const mine = this.signed.get(partitionName(p));
    if (!mine) return null;
    if (!last || last.treeSize < mine.size) {
      return `the checkpoint of ${partitionName(p)} at size ${mine.size} that this service signed is gone (history rewound)`;
    }
    if (last.treeSize === mine.size && last.rootHash !== mine.root) {
      return `the checkpoint of ${partitionName(p)} at size ${mine.size} was replaced`;
    }
    return null;
  }

  private async checkpoint(client: PgClient, p: LogPartition, headSize: number): Promise<void> {
    const name = partitionName(p);
    await client.query("begin");
    try {
      const { rows } = await client.query(
        "select pg_try_advisory_xact_lock($1, hashtext($2)) as locked",
        [CHECKPOINT_LOCK, name],
      );
      if (rows[0]?.locked !== true) {
        await client.query("rollback");
        return;
      }
      const store = new LogStore(client);
      const last = await store.latestCheckpoint(p);
      const from = last?.treeSize ?? 0;
      let root = EMPTY_ROOT;
      if (last) {
        const check = await this.keys.verify(last.jws);
        if (
          !check.ok ||
          check.payload.log !== name ||
          check.payload.treeSize !== last.treeSize ||
          check.payload.rootHash !== last.rootHash
        ) {
          throw new Alarm(null, `the latest checkpoint of ${name} is not one this log signed`);
        }
        root = Buffer.from(last.rootHash, "hex");
      }
      const edge = await storedFrontier(store, p, from, root);
      if (!edge.ok) throw new Alarm(null, edge.problem);
      const frontier = edge.frontier;
      const to = Math.max(from, Math.min(headSize, from + MAX_LEAVES_PER_CHECKPOINT));
      if (to === from) {
        await client.query("rollback");
        this.alarms.delete(name);
        return;
      }
      const entries = await store.entries(p, from, to);
      const nodes: StoredNode[] = [];
      for (let seq = from, i = 0; seq < to; seq++, i++) {
        const entry = entries[i];
        if (!entry || entry.seq !== seq) {
          const id = entryId({ ...p, seq });
          throw new Alarm(id, `entry ${id} is missing (deleted or moved)`);
        }
        const hash = entryLeafHash(entry);
        nodes.push({ level: 0, index: seq, hash, mac: this.secrets.leafMac(name, seq, hash) });
        for (const node of frontier.append(hash)) nodes.push({ ...node, mac: null });
      }
      await store.insertNodes(p, nodes);
      const signedAt = new Date();
      const rootHash = frontier.root().toString("hex");
      const { jws, kid } = await this.keys.sign(checkpointPayload(name, to, rootHash, signedAt));
      await store.insertCheckpoint(p, { treeSize: to, rootHash, signedAt, kid, jws });
      await client.query("commit");
      this.signed.set(name, { size: to, root: rootHash });
      this.alarms.delete(name);
    } catch (error) {
      await client.query("rollback").catch(() => {});
      if (!(error instanceof Alarm)) throw error;
      this.alarm(p, error.entryId, error.message);
    }
  }

  private alarm(p: LogPartition, id: string | null, problem: string): void {
    const name = partitionName(p);
    if (this.alarms.get(name)?.problem !== problem) {
      this.log.error({ partition: name, entryId: id }, `access log not checkpointed: ${problem}`);
    }
    this.alarms.set(name, { partition: name, entryId: id, problem, at: new Date() });
  }

  private async latestSigned(): Promise<SignedCheckpoint[]> {
    return withPgClient(this.orm, (client) => new LogStore(client).latestCheckpoints());
  }
}

/** A refusal to sign: the stored log disagrees with what was signed before. */
class Alarm extends Error {
  constructor(
    readonly entryId: string | null,
    message: string,
  ) {
    super(message);
  }
}
