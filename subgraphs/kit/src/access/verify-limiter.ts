import { isCitizen, type Caller } from "../auth/caller.js";
import { SlidingWindowLimiter } from "../limits/sliding-window.js";
import type { RedisClient } from "../util/redis.js";

/**
 * VERIFY answers per subject and department (or citizen) over a sliding hour: a yes/no answer
 * is still an oracle when it can be asked thirty times ("is the name 李一? 李二? ...").
 */
export class VerifyLimiter {
  private readonly limiter: SlidingWindowLimiter;

  constructor(
    private readonly perSubjectPerHour: number,
    redis: RedisClient | null,
    prefix = "gongxiang",
  ) {
    this.limiter = new SlidingWindowLimiter(3_600_000, redis, `${prefix}:verify`);
  }

  /** Counts one answer about `subject`; throws RATE_LIMITED past the limit. */
  take(caller: Caller, subject: string): Promise<void> {
    const asker = isCitizen(caller) ? `citizen:${caller.sub}` : `dept:${caller.dept}`;
    return this.limiter.take([[`${asker}|${subject}`, this.perSubjectPerHour]]);
  }
}
