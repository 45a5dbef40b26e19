import { RateLimitedError, type RedisClient } from "@gongxiang/kit";

export interface RateLimits {
  perCallerPerMinute: number;
  perDepartmentPerMinute: number;
}

/**
 * Fixed one-minute windows per caller and per department. With Redis the counts are shared by
 * every gateway replica; while Redis is unavailable each replica counts on its own (the limit
 * then applies per replica): requests are never refused because Redis is down.
 */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly redis: RedisClient | null = null,
    private readonly prefix = "gongxiang",
  ) {}

  /** Counts one request; throws RATE_LIMITED when the caller or their department is over. */
  async take(sub: string, dept: string | null, now = Date.now()): Promise<void> {
    const window = Math.floor(now / 60_000);
    const retryAfter = Math.ceil(((window + 1) * 60_000 - now) / 1000);
    const keys = [`sub:${sub}`, ...(dept ? [`dept:${dept}`] : [])];
    const counts = (await this.shared(window, keys)) ?? this.local(window, keys);
    if (counts[0]! > this.limits.perCallerPerMinute) throw new RateLimitedError(retryAfter);
    if (dept && counts[1]! > this.limits.perDepartmentPerMinute)
      throw new RateLimitedError(retryAfter);
  }

  private async shared(window: number, keys: string[]): Promise<number[] | null> {
    if (!this.redis?.isReady) return null;
    try {
      const multi = this.redis.multi();
      for (const key of keys) {
        const redisKey = `${this.prefix}:rate:${window}:${key}`;
        multi.incr(redisKey).expire(redisKey, 120);
      }
      const replies = await multi.exec();
      return keys.map((_, i) => Number(replies[i * 2]));
    } catch {
      return null;
    }
  }

  private local(window: number, keys: string[]): number[] {
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    return keys.map((key) => {
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      return count;
    });
  }
}
