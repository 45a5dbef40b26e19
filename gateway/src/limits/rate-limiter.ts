import { SlidingWindowLimiter, type RedisClient } from "@gongxiang/kit";

export interface RateLimits {
  perCallerPerMinute: number;
  perDepartmentPerMinute: number;
}

/**
 * Per caller and per department, over a sliding minute; shared by every gateway replica through
 * Redis when it is there (see SlidingWindowLimiter).
 */
export class RateLimiter {
  private readonly limiter: SlidingWindowLimiter;

  constructor(
    private readonly limits: RateLimits,
    redis: RedisClient | null = null,
    prefix = "gongxiang",
  ) {
    this.limiter = new SlidingWindowLimiter(60_000, redis, `${prefix}:rate`);
  }

  /** Counts one request; throws RATE_LIMITED when the caller or their department is over. */
  take(sub: string, dept: string | null, now = Date.now()): Promise<void> {
    return this.limiter.take(
      [
        [`sub:${sub}`, this.limits.perCallerPerMinute],
        ...(dept ? [[`dept:${dept}`, this.limits.perDepartmentPerMinute] as [string, number]] : []),
      ],
      now,
    );
  }
}
