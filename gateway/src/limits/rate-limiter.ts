import { SlidingWindowLimiter, type RedisClient } from "@gongxiang/kit/contracts";

export interface RateLimits {
  perCallerPerMinute: number;
  perDepartmentPerMinute: number;
  /** Requests with no token, per client address. */
  perPublicAddressPerMinute: number;
}

/**
 * Per caller and per department (per client address for the public), over a sliding minute;
 * shared by every gateway replica through Redis when it is there (see SlidingWindowLimiter).
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
    const limit = sub.startsWith("public:")
      ? this.limits.perPublicAddressPerMinute
      : this.limits.perCallerPerMinute;
    return this.limiter.take(
      [
        [`sub:${sub}`, limit],
        ...(dept ? [[`dept:${dept}`, this.limits.perDepartmentPerMinute] as [string, number]] : []),
      ],
      now,
    );
  }
}
