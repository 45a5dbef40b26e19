import { randomBytes } from "node:crypto";
import {
  closeRedis,
  connectRedis,
  createLogger,
  HubError,
  type RedisClient,
} from "@gongxiang/kit/contracts";
import { RateLimiter } from "./rate-limiter.js";

const MINUTE = 60_000;
const start = 1_000 * MINUTE; // the beginning of a one-minute window

/** How many of `n` requests at `at` the limiter lets through, and the last refusal's hint. */
async function send(limiter: RateLimiter, n: number, at: number, sub = "clerk-1") {
  let passed = 0;
  let retryAfter: unknown = null;
  for (let i = 0; i < n; i++) {
    try {
      await limiter.take(sub, "civil-affairs", at);
      passed++;
    } catch (error) {
      if (!(error instanceof HubError) || error.code !== "RATE_LIMITED") throw error;
      retryAfter = error.extensions.retryAfterSeconds;
    }
  }
  return { passed, retryAfter };
}

function behavesAsASlidingMinute(make: () => RateLimiter) {
  it("does not let a caller through twice the limit across a window boundary", async () => {
    const limiter = make();
    expect((await send(limiter, 10, start + (59 * MINUTE) / 60)).passed).toBe(10);
    // A fixed window would start from zero here; the last minute still holds those ten.
    const refused = await send(limiter, 5, start + MINUTE + 1_000);
    expect(refused.passed).toBe(0);
    expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
  });

  it("lets requests through again as the previous minute fades out", async () => {
    const limiter = make();
    expect((await send(limiter, 10, start)).passed).toBe(10);
    // Half-way through the next window, half of the ten still count: five more fit.
    expect((await send(limiter, 8, start + MINUTE + 30_000)).passed).toBe(5);
    // Another caller of the department is not held by the first one's limit.
    expect((await send(limiter, 3, start + MINUTE + 30_000, "clerk-2")).passed).toBe(3);
  });

  it("limits a department as a whole", async () => {
    const limiter = make();
    let passed = 0;
    for (let i = 0; i < 30; i++) passed += (await send(limiter, 1, start, `clerk-${i}`)).passed;
    expect(passed).toBe(20);
  });
}

const limits = { perCallerPerMinute: 10, perDepartmentPerMinute: 20, perPublicAddressPerMinute: 3 };

describe("without Redis (each replica counts for itself)", () => {
  behavesAsASlidingMinute(() => new RateLimiter(limits));
});

const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)("with Redis (shared by every replica)", () => {
  let redis: RedisClient;
  beforeAll(async () => {
    redis = connectRedis(redisUrl!, createLogger("test", "silent"));
    for (let i = 0; i < 50 && !redis.isReady; i++) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(() => closeRedis(redis));
  behavesAsASlidingMinute(
    () => new RateLimiter(limits, redis, `gx_rate_${randomBytes(4).toString("hex")}`),
  );

  it("shares the counts between replicas", async () => {
    const prefix = `gx_rate_${randomBytes(4).toString("hex")}`;
    const [a, b] = [new RateLimiter(limits, redis, prefix), new RateLimiter(limits, redis, prefix)];
    expect((await send(a!, 6, start)).passed).toBe(6);
    expect((await send(b!, 6, start)).passed).toBe(4);
  });
});

it("limits a request with no token per client address, more tightly", async () => {
  const limiter = new RateLimiter(limits);
  expect((await send(limiter, 5, start, "public:address-1")).passed).toBe(3);
  expect((await send(limiter, 5, start, "public:address-2")).passed).toBe(3);
});
