import net from "node:net";
import type { AddressInfo } from "node:net";
import { createLogger } from "./logger.js";
import { closeRedis, connectRedis } from "./redis.js";

const redisUrl = process.env.REDIS_URL;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = createLogger("test", "silent");

/** Closes the client, and says how long that took. */
async function timedClose(client: ReturnType<typeof connectRedis>): Promise<number> {
  const started = Date.now();
  await closeRedis(client);
  return Date.now() - started;
}

(redisUrl ? describe : describe.skip)("closing a Redis client", () => {
  it("closes one still connecting for good (a service stopped during its startup)", async () => {
    const client = connectRedis(redisUrl!, log);
    expect(client.isReady).toBe(false);
    expect(await timedClose(client)).toBeLessThan(3_500);
    await pause(1_000);
    expect(client.isOpen).toBe(false);
    expect(client.isReady).toBe(false);
  });

  it("closes one that is ready", async () => {
    const client = connectRedis(redisUrl!, log);
    for (let i = 0; i < 100 && !client.isReady; i++) await pause(20);
    expect(client.isReady).toBe(true);
    await closeRedis(client);
    expect(client.isReady).toBe(false);
    expect(client.isOpen).toBe(false);
  });
});

describe("closing a Redis client without a working Redis", () => {
  it("closes at once one that is waiting to retry", async () => {
    const client = connectRedis("redis://127.0.0.1:1", log);
    await pause(100); // refused, now waiting to retry
    expect(await timedClose(client)).toBeLessThan(500);
    await pause(300);
    expect(client.isOpen).toBe(false);
  });

  it("cuts off an attempt that a server accepts and never answers", async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      const client = connectRedis(`redis://127.0.0.1:${port}`, log);
      await pause(100);
      expect(await timedClose(client)).toBeLessThan(4_000);
      await pause(300);
      expect(client.isOpen).toBe(false);
      expect(client.isReady).toBe(false);
    } finally {
      silent.close();
    }
  });
});
