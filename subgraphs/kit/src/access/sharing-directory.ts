import type { Logger } from "../util/logger.js";
import { closeRedis, connectRedis, type RedisClient } from "../util/redis.js";
import { sharingSnapshotSchema, type SharingSnapshot } from "./sharing-rules.js";

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
 * Each base's copy of the sharing rules: the catalog's snapshot, refreshed by conditional GETs
 * every 500 ms (and at once on a Redis notice), dropped when it cannot be refreshed for a while.
 */
export class SharingDirectory {
  private snapshot: SharingSnapshot | null = null;
  private fetchedAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly pollMs: number;
  private subscriber: RedisClient | null = null;
  private readonly staleAfterMs: number;
  /** The refresh last queued, and the one not yet begun that new calls can join. */
  private lastRefresh: Promise<void> = Promise.resolve();
  private nextRefresh: Promise<void> | null = null;

  constructor(private readonly options: SharingDirectoryOptions) {
    this.pollMs = options.pollMs ?? 500;
    this.staleAfterMs = options.staleAfterMs ?? 5_000;
  }

  async start(): Promise<void> {
    if (!this.options.url) return;
    await this.refresh();
    if (this.options.redisUrl) {
      const subscriber = connectRedis(this.options.redisUrl, this.options.log, (first) => {
        // Ready may come once stop() began closing the client: then there is nothing to do.
        if (this.subscriber !== subscriber) return;
        if (first) {
          subscriber
            .subscribe(SHARING_CHANGED_CHANNEL, () => void this.refresh())
            .catch((error: unknown) =>
              this.options.log.warn({ err: error }, "not subscribed to changes"),
            );
        }
        // Notices sent while Redis was away are lost: look for changes now.
        void this.refresh();
      });
      this.subscriber = subscriber;
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
    // Cleared first: a "ready" that comes while the client closes must find it gone.
    const subscriber = this.subscriber;
    this.subscriber = null;
    await closeRedis(subscriber);
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

  /**
   * Asks the catalog for a newer snapshot; keeps the old one (until stale) on failure. One at a
   * time, so a slow answer never puts back rules older than a later one's; calls made while one
   * runs share the next, which begins after them all.
   */
  refresh(): Promise<void> {
    if (!this.nextRefresh) {
      const run = () => {
        this.nextRefresh = null;
        return this.fetchSnapshot();
      };
      // Run after a failed one too: one rejection must not end every refresh after it.
      const next = this.lastRefresh.then(run, run);
      this.nextRefresh = next;
      this.lastRefresh = next;
    }
    return this.nextRefresh;
  }

  private async fetchSnapshot(): Promise<void> {
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
      this.snapshot = sharingSnapshotSchema.parse(await response.json());
      this.fetchedAt = Date.now();
    } catch (error) {
      this.options.log.warn({ err: error }, "sharing rules not refreshed");
    }
  }
}
