import { RateLimitedError, type RedisClient } from "@gongxiang/kit";

export interface RateLimits {
  perCallerPerMinute: number;
  perDepartmentPerMinute: number;
}

const MINUTE = 60_000;

/**
 * Requests in the last minute, estimated from the counts of this one-minute window and the one
 * before it, weighted by how much of that one still lies within the last minute; unlike fixed
 * windows, nobody gets twice the limit by sending on both sides of a boundary.
 */
function lastMinute(previous: number, current: number, elapsed: number): number {
  return previous * (1 - elapsed) + current;
}

/** Seconds until the estimate is back within the limit, if nothing more is sent. */
function secondsUntilWithin(limit: number, previous: number, current: number, elapsed: number) {
  const fraction =
    current <= limit
      ? 1 - (limit - current) / previous - elapsed // the previous window fades out
      : 1 - elapsed + (1 - limit / current); // this window has to fade out next minute
  return Math.max(1, Math.ceil(fraction * 60));
}

/**
 * Per caller and per department, over a sliding minute. With Redis the counts are shared by
 * every gateway replica; while Redis is unavailable each replica counts on its own (the limit
 * then applies per replica): requests are never refused because Redis is down.
 */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();
  private previousCounts = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly redis: RedisClient | null = null,
    private readonly prefix = "gongxiang",
  ) {}

  /** Counts one request; throws RATE_LIMITED when the caller or their department is over. */
  async take(sub: string, dept: string | null, now = Date.now()): Promise<void> {
    const window = Math.floor(now / MINUTE);
    const elapsed = (now - window * MINUTE) / MINUTE;
    const keys = [`sub:${sub}`, ...(dept ? [`dept:${dept}`] : [])];
    const limits = [this.limits.perCallerPerMinute, this.limits.perDepartmentPerMinute];
    const counts = (await this.shared(window, keys)) ?? this.local(window, keys);
    for (const [i, [previous, current]] of counts.entries()) {
      const limit = limits[i]!;
      if (lastMinute(previous, current, elapsed) > limit) {
        throw new RateLimitedError(secondsUntilWithin(limit, previous, current, elapsed));
      }
    }
  }

  /** [previous window, this window] per key, counted in Redis; null when Redis is not there. */
  private async shared(window: number, keys: string[]): Promise<[number, number][] | null> {
    if (!this.redis?.isReady) return null;
    try {
      const multi = this.redis.multi();
      for (const key of keys) {
        const current = `${this.prefix}:rate:${window}:${key}`;
        multi
          .incr(current)
          .expire(current, 180)
          .get(`${this.prefix}:rate:${window - 1}:${key}`);
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
