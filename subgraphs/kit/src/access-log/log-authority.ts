import type { Orm } from "../orm/orm.js";
import { withPgClient } from "../orm/pg-client.js";
import type { Logger } from "../util/logger.js";
import { CheckpointKeys } from "./checkpoint-keys.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import { Checkpointer } from "./checkpointer.js";
import type { LogEntry } from "./log-leaf.js";
import type { LogPartition } from "./log-partition.js";
import { consistencyProof, inclusionProofs, type InclusionProof } from "./log-proofs.js";
import { LogSecrets } from "./log-secrets.js";
import { LogStore } from "./log-store.js";
import { IncrementalVerifier } from "./log-verifier.js";
import { FullVerification } from "./verification-job.js";
import { createWitness, type Witness } from "./witness.js";

export interface LogAuthorityOptions {
  /** The access log's database. */
  orm: Orm;
  /** 32 bytes from the owner's configuration: seals the signing key, keys the MACs. */
  masterKey: Buffer;
  /** How often each partition's checkpoint is signed (ms). */
  checkpointIntervalMs: number;
  /** An absolute file path or an http(s) URL that every checkpoint is handed to; null: none. */
  witness: string | null;
  log: Logger;
}

export interface CheckpointQuery {
  partition: LogPartition | null;
  /** Only each partition's latest checkpoint. */
  latestOnly: boolean;
  limit: number;
  /** Continue below this checkpoint id (newest first). */
  beforeId: string | null;
}

/**
 * What the log's owner (the catalog) runs: the checkpoint signer, the verifications, and the
 * reads of checkpoints and proofs that anyone may check.
 */
export class LogAuthority {
  readonly keys: CheckpointKeys;
  readonly checkpointer: Checkpointer;
  readonly verifier: IncrementalVerifier;
  readonly fullVerification: FullVerification;
  readonly witness: Witness | null;

  private constructor(private readonly options: LogAuthorityOptions) {
    const { orm, log } = options;
    const secrets = new LogSecrets(options.masterKey);
    this.keys = new CheckpointKeys(() => orm.fork(), secrets);
    this.witness = createWitness(
      options.witness,
      (p, from, to) => this.consistency(p, from, to),
      log.child({ part: "witness" }),
    );
    this.checkpointer = new Checkpointer(
      orm,
      this.keys,
      secrets,
      this.witness,
      log.child({ part: "checkpoints" }),
      options.checkpointIntervalMs,
    );
    const parts = {
      orm,
      keys: this.keys,
      secrets,
      witness: this.witness,
      alarms: () => [...this.checkpointer.alarms.values()],
    };
    this.verifier = new IncrementalVerifier(parts);
    this.fullVerification = new FullVerification(parts, log.child({ part: "verification" }));
  }

  static async start(options: LogAuthorityOptions): Promise<LogAuthority> {
    const authority = new LogAuthority(options);
    await authority.keys.ready();
    authority.checkpointer.start();
    return authority;
  }

  /** Stops a running full verification and signs the last checkpoints. */
  async stop(): Promise<void> {
    await this.fullVerification.stop();
    await this.checkpointer.stop();
  }

  checkpoints(query: CheckpointQuery): Promise<SignedCheckpoint[]> {
    return withPgClient(this.options.orm, async (client) => {
      const store = new LogStore(client);
      if (query.latestOnly) {
        return (await store.latestCheckpoints())
          .filter(
            (c) =>
              !query.partition ||
              (c.base === query.partition.base && c.month === query.partition.month),
          )
          .sort((a, b) => Number(b.id) - Number(a.id))
          .filter((c) => query.beforeId === null || Number(c.id) < Number(query.beforeId))
          .slice(0, query.limit);
      }
      return store.checkpointPage(query.partition, query.beforeId, query.limit);
    });
  }

  checkpoint(id: string): Promise<SignedCheckpoint | null> {
    return withPgClient(this.options.orm, (client) => new LogStore(client).checkpointById(id));
  }

  /** The proof that a partition's tree at `to` extends the one at `from` (both signed sizes). */
  consistency(
    p: LogPartition,
    from: number,
    to: number,
  ): Promise<{ previous: SignedCheckpoint; proof: string[] } | null> {
    return withPgClient(this.options.orm, async (client) => {
      const store = new LogStore(client);
      const previous = await store.checkpointAt(p, from);
      const proof = previous ? await consistencyProof(store, p, from, to) : null;
      return previous && proof ? { previous, proof } : null;
    });
  }

  /** Each entry's proof against its partition's latest checkpoint (none yet: absent). */
  inclusionProofs(entries: LogEntry[]): Promise<Map<LogEntry, InclusionProof>> {
    return withPgClient(this.options.orm, (client) =>
      inclusionProofs(new LogStore(client), entries),
    );
  }
}
