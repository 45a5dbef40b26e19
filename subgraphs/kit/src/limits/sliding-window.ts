import { RateLimitedError } from "../errors/errors.js";
import type { RedisClient } from "../util/redis.js";

/**
 * Counts in the last window, estimated from this window's count and the one before it, weighted
 * by how much of that one still lies within the last window: unlike fixed windows, nobody gets
 * twice the limit by sending on both sides of a boundary.
 */
function inLastWindow(previous: number, current: number, elapsed: number): number {
  return previous * (1 - elapsed) + current;
}

/** Seconds until the estimate is back within the limit, if nothing more is sent. */
function secondsUntilWithin(
  limit: number,
  previous: number,
  current: number,
  elapsed: number,
  windowSeconds: number,
): number {
  const fraction =
    current <= limit
      ? 1 - (limit - current) / previous - elapsed // the previous window fades out
      : 1 - elapsed + (1 - limit / current); // this window has to fade out in the next one
  return Math.max(1, Math.ceil(fraction * windowSeconds));
}

/**
 * Limits over a sliding window, per key. With Redis the counts are shared by every replica;
 * while Redis is unavailable each replica counts on its own (the limit then applies per
 * replica): nothing is refused because Redis is down.
 */
export class SlidingWindowLimiter {
  private window = 0;
  private counts = new Map<string, number>();
  private previousCounts = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly redis: RedisClient | null = null,
    private readonly prefix = "gongxiang",
  ) {}

  /** Counts one event for every key; throws RATE_LIMITED when any key is over its limit. */
  async take(limits: [key: string, limit: number][], now = Date.now()): Promise<void> {
    const window = Math.floor(now / this.windowMs);
    const elapsed = (now - window * this.windowMs) / this.windowMs;
    const keys = limits.map(([key]) => key);
    const counts = (await this.shared(window, keys)) ?? this.local(window, keys);
    for (const [i, [previous, current]] of counts.entries()) {
      const limit = limits[i]![1];
      if (inLastWindow(previous, current, elapsed) > limit) {
        const seconds = this.windowMs / 1000;
        throw new RateLimitedError(secondsUntilWithin(limit, previous, current, elapsed, seconds));
      }
    }
  }

  /** [previous window, this window] per key, counted in Redis; null when Redis is not there. */
  private async shared(window: number, keys: string[]): Promise<[number, number][] | null> {
    if (!this.redis?.isReady) return null;
    try {
      const multi = this.redis.multi();
      const ttl = Math.ceil((this.windowMs * 3) / 1000);
      for (const key of keys) {
        const current = `${this.prefix}:${window}:${key}`;
        multi
          .incr(current)
          .expire(current, ttl)
          .get(`${this.prefix}:${window - 1}:${key}`);
      }
      const replies = await multi.exec();
      return keys.map((_, i) => [Number(replies[i * 3 + 2] ?? 0), Number(replies[i * 3])]);
    } catch {
      return null;
    }
  }

  private local(window: number, keys: string[]): [number, number][] {
    if (window !== this.window) {
      this.previousCounts = window === this.window + 1 ? this.counts : new Map();
      this.counts = new Map();
      this.window = window;
    }
    return keys.map((key) => {
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      return [this.previousCounts.get(key) ?? 0, count];
    });
  }
}
