import { createLogger } from "./logger.js";
import { closeRedis, connectRedis } from "./redis.js";

const redisUrl = process.env.REDIS_URL;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = createLogger("test", "silent");

(redisUrl ? describe : describe.skip)("closing a Redis client", () => {
  it("closes one still connecting for good (a service stopped during its startup)", async () => {
    const client = connectRedis(redisUrl!, log);
    expect(client.isReady).toBe(false);
    await closeRedis(client);
    await pause(300);
    expect(client.isOpen).toBe(false);
    expect(client.isReady).toBe(false);
  });

  it("closes one that is ready", async () => {
    const client = connectRedis(redisUrl!, log);
    for (let i = 0; i < 50 && !client.isReady; i++) await pause(20);
    expect(client.isReady).toBe(true);
    await closeRedis(client);
    expect(client.isReady).toBe(false);
  });

  it("closes one that cannot reach its server", async () => {
    const client = connectRedis("redis://127.0.0.1:1", log);
    await pause(100);
    await closeRedis(client);
    await pause(300);
    expect(client.isOpen).toBe(false);
  });
});
