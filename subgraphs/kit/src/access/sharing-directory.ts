import type { Caller } from "../auth/caller.js";
import type { Logger } from "../util/logger.js";
import { closeRedis, connectRedis, type RedisClient } from "../util/redis.js";
import type { FieldDecision } from "./field-view.js";
import {
  decideItem,
  mayVerify,
  sharingSnapshotSchema,
  type SharingSnapshot,
} from "./sharing-rules.js";

/** Where the catalog announces that the sharing rules changed. */
export const SHARING_CHANGED_CHANNEL = "gongxiang:sharing:changed";

export interface SharingDirectoryOptions {
  /** The catalog's snapshot URL (GET, ETag); null: nothing is shared beyond owners. */
  url: string | null;
  /** The bearer token the catalog asks for (the rules say who may read what: not public). */
  token?: string | null;
  log: Logger;
  /** Redis for change notices (pub/sub): changes arrive in milliseconds, polling is the backstop. */
  redisUrl?: string | null;
  /** How often to ask for changes without a notice; a revocation is in force within this time. */
  pollMs?: number;
  /** A snapshot older than this (catalog unreachable) is dropped: sharing fails closed. */
  staleAfterMs?: number;
}

/**
 * Each base's view of the sharing rules: the catalog's snapshot, refreshed by conditional GETs
 * every 500 ms, with decisions memoised per (snapshot, department, purpose) so a request pays
 * for a map lookup, not a rule evaluation per field.
 */
export class SharingDirectory {
  private snapshot: SharingSnapshot | null = null;
  private fetchedAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private memo = new Map<string, Map<string, FieldDecision>>();
  private records = new Map<string, Readonly<Record<string, FieldDecision>>>();
  private readonly pollMs: number;
  private subscriber: RedisClient | null = null;
  private readonly staleAfterMs: number;

  constructor(private readonly options: SharingDirectoryOptions) {
    this.pollMs = options.pollMs ?? 500;
    this.staleAfterMs = options.staleAfterMs ?? 5_000;
  }

  async start(): Promise<void> {
    if (!this.options.url) return;
    await this.refresh();
    if (this.options.redisUrl) {
      this.subscriber = connectRedis(this.options.redisUrl, this.options.log, (first) => {
        if (first) {
          this.subscriber!.subscribe(SHARING_CHANGED_CHANNEL, () => void this.refresh()).catch(
            (error: unknown) => this.options.log.warn({ err: error }, "not subscribed to changes"),
          );
        }
        // Notices sent while Redis was away are lost: look for changes now.
        void this.refresh();
      });
    }
    const tick = () => {
      this.timer = setTimeout(() => {
        void this.refresh().finally(() => {
          if (this.timer) tick();
        });
      }, this.pollMs);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await closeRedis(this.subscriber);
    this.subscriber = null;
  }

  /** The rules in force, or null when they could not be refreshed lately (deny). */
  current(): SharingSnapshot | null {
    if (!this.snapshot || Date.now() - this.fetchedAt > this.staleAfterMs) return null;
    return this.snapshot;
  }

  /** When the catalog last confirmed the rules in force (ms since epoch; 0: never): metrics. */
  confirmedAt(): number {
    return this.fetchedAt;
  }

  decide(caller: Caller, item: string): FieldDecision {
    const snapshot = this.current();
    const key = `${snapshot?.version ?? "none"}|${caller.dept}|${caller.purpose}`;
    let decisions = this.memo.get(key);
    if (!decisions) {
      if (this.memo.size > 10_000) this.memo.clear();
      decisions = new Map();
      this.memo.set(key, decisions);
    }
    let decision = decisions.get(item);
    if (!decision) {
      decision = decideItem(snapshot, caller, item);
      decisions.set(item, decision);
    }
    return decision;
  }

  /** Decisions for every listed field of a type (`Type.field` items), memoised the same way. */
  decisionsFor(
    caller: Caller,
    typeName: string,
    fields: readonly string[],
  ): Readonly<Record<string, FieldDecision>> {
    const key = `${this.current()?.version ?? "none"}|${caller.dept}|${caller.purpose}|${typeName}`;
    let record = this.records.get(key);
    if (!record) {
      if (this.records.size > 10_000) this.records.clear();
      record = Object.freeze(
        Object.fromEntries(
          fields.map((field) => [field, this.decide(caller, `${typeName}.${field}`)]),
        ),
      );
      this.records.set(key, record);
    }
    return record;
  }

  /** Whether a case purpose covers this item for the applicant's household members too. */
  householdScoped(item: string): boolean {
    return this.current()?.items[item]?.householdScope === true;
  }

  mayVerify(caller: Caller, item: string): boolean {
    return mayVerify(this.current(), caller, item);
  }

  /** Asks the catalog for a newer snapshot; keeps the old one (until stale) on failure. */
  async refresh(): Promise<void> {
    if (!this.options.url) return;
    try {
      const response = await fetch(this.options.url, {
        headers: {
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
          ...(this.snapshot ? { "if-none-match": `"${this.snapshot.version}"` } : {}),
        },
        signal: AbortSignal.timeout(2_000),
      });
      if (response.status === 304) {
        this.fetchedAt = Date.now();
        return;
      }
      if (!response.ok) throw new Error(`sharing snapshot answered ${response.status}`);
      const next = sharingSnapshotSchema.parse(await response.json());
      if (next.version !== this.snapshot?.version) {
        this.memo.clear();
        this.records.clear();
      }
      this.snapshot = next;
      this.fetchedAt = Date.now();
    } catch (error) {
      this.options.log.warn({ err: error }, "sharing rules not refreshed");
    }
  }
}
