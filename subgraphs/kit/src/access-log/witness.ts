import { open, type FileHandle } from "node:fs/promises";
import type { Logger } from "../util/logger.js";
import { publicCheckpoint, type SignedCheckpoint } from "./checkpoint.js";
import { partitionName, type LogPartition } from "./log-partition.js";

/** What a witness holds for one partition: the largest signed checkpoint it was given. */
export interface WitnessedCheckpoint {
  log: string;
  treeSize: number;
  rootHash: string;
  jws: string;
}

/** The consistency proof from an earlier checkpoint of a partition to a later one. */
export type ConsistencyFrom = (
  p: LogPartition,
  fromSize: number,
  toSize: number,
) => Promise<{ previous: SignedCheckpoint; proof: string[] } | null>;

/**
 * Somewhere outside the log's database that keeps every checkpoint it is given, so the operator
 * cannot rewind history (delete entries and their checkpoints) without it noticing.
 */
export interface Witness {
  /** Hands the checkpoints it has not had yet to the witness. */
  deliver(latest: () => Promise<SignedCheckpoint[]>): Promise<void>;
  /** The largest checkpoint per partition the witness holds, where it can be read back. */
  seen(): Promise<Map<string, WitnessedCheckpoint> | null>;
}

/** A witness config value: an absolute file path (JSON lines appended) or an http(s) URL. */
export function createWitness(
  target: string | null,
  consistency: ConsistencyFrom,
  log: Logger,
): Witness | null {
  if (!target) return null;
  return /^https?:\/\//.test(target)
    ? new HttpWitness(target, consistency, log)
    : new FileWitness(target);
}

/** Appends each checkpoint as a JSON line to a file (on storage the database's owner cannot rewrite). */
export class FileWitness implements Witness {
  private readonly delivered = new Map<string, number>();
  private readonly known = new Map<string, WitnessedCheckpoint>();
  private readOffset = 0;

  constructor(private readonly file: string) {}

  async deliver(latest: () => Promise<SignedCheckpoint[]>): Promise<void> {
    const fresh = (await latest()).filter(
      (c) => (this.delivered.get(partitionName(c)) ?? -1) < c.treeSize,
    );
    if (fresh.length === 0) return;
    const handle = await open(this.file, "a", 0o600);
    try {
      await handle.appendFile(
        fresh.map((c) => JSON.stringify(publicCheckpoint(c)) + "\n").join(""),
      );
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (const c of fresh) this.delivered.set(partitionName(c), c.treeSize);
  }

  async seen(): Promise<Map<string, WitnessedCheckpoint>> {
    let handle: FileHandle;
    try {
      handle = await open(this.file, "r");
    } catch {
      return new Map(this.known);
    }
    try {
      // Only what was appended since the last read.
      const { size } = await handle.stat();
      if (size < this.readOffset) this.readOffset = 0;
      const buffer = Buffer.alloc(size - this.readOffset);
      await handle.read(buffer, 0, buffer.length, this.readOffset);
      const text = buffer.toString("utf8");
      const complete = text.lastIndexOf("\n") + 1;
      this.readOffset += Buffer.byteLength(text.slice(0, complete));
      for (const line of text.slice(0, complete).split("\n")) {
        const entry = parseLine(line);
        if (entry && (this.known.get(entry.log)?.treeSize ?? -1) < entry.treeSize) {
          this.known.set(entry.log, entry);
        }
      }
    } finally {
      await handle.close();
    }
    return new Map(this.known);
  }
}

function parseLine(line: string): WitnessedCheckpoint | null {
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    const { log, treeSize, rootHash, jws } = value;
    if (
      typeof log === "string" &&
      typeof treeSize === "number" &&
      typeof rootHash === "string" &&
      typeof jws === "string"
    ) {
      return { log, treeSize, rootHash, jws };
    }
  } catch {
    /* not a checkpoint line */
  }
  return null;
}

/**
 * POSTs each new checkpoint to a witness service as JSON: `{ checkpoint, previous,
 * consistencyProof }`, where `previous` is the last checkpoint it accepted from us and the proof
 * shows the new tree extends it. A witness that holds a later tree answers 409 with
 * `{ treeSize }`; the proof from that size is sent once more. Anything else is retried at the
 * next checkpoint.
 */
export class HttpWitness implements Witness {
  private readonly accepted = new Map<string, number>();

  constructor(
    private readonly url: string,
    private readonly consistency: ConsistencyFrom,
    private readonly log: Logger,
  ) {}

  async deliver(latest: () => Promise<SignedCheckpoint[]>): Promise<void> {
    for (const checkpoint of await latest()) {
      const name = partitionName(checkpoint);
      const before = this.accepted.get(name);
      if (before !== undefined && before >= checkpoint.treeSize) continue;
      try {
        let answer = await this.post(checkpoint, before ?? null);
        if (answer.status === 409) {
          const held = await answer.json().then(
            (body: unknown) => (body as { treeSize?: unknown }).treeSize,
            () => undefined,
          );
          if (typeof held === "number" && Number.isSafeInteger(held)) {
            answer = await this.post(checkpoint, held);
          }
        }
        if (answer.ok) this.accepted.set(name, checkpoint.treeSize);
        else
          this.log.warn({ status: answer.status, partition: name }, "witness refused a checkpoint");
      } catch (error) {
        this.log.warn({ err: error, partition: name }, "witness unreachable");
      }
    }
  }

  seen(): Promise<null> {
    return Promise.resolve(null);
  }

  private async post(checkpoint: SignedCheckpoint, fromSize: number | null): Promise<Response> {
    const proof =
      fromSize !== null && fromSize <= checkpoint.treeSize
        ? await this.consistency(checkpoint, fromSize, checkpoint.treeSize)
        : null;
    return fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        checkpoint: publicCheckpoint(checkpoint),
        previous: proof ? publicCheckpoint(proof.previous) : null,
        consistencyProof: proof?.proof ?? [],
      }),
      signal: AbortSignal.timeout(5_000),
    });
  }
}
