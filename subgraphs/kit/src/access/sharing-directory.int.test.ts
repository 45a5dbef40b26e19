import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { closeRedis, connectRedis } from "../util/redis.js";
import { SHARING_CHANGED_CHANNEL, SharingDirectory } from "./sharing-directory.js";

let server: http.Server;
let url: string;
let fetches = 0;
const snapshot = { version: "v1", items: {}, grants: [] };

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    fetches++;
    res.writeHead(200, { "content-type": "application/json", etag: '"v1"' });
    res.end(JSON.stringify(snapshot));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/snapshot`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A logger whose warnings the test can read. */
function capturingLogger(): { log: pino.Logger; warnings: string[] } {
  const warnings: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString("utf8")) as {
        level: number;
        msg: string;
        err?: { message: string };
      };
      if (line.level >= 40) warnings.push(`${line.msg}: ${line.err?.message ?? ""}`);
      done();
    },
  });
  return { log: pino({ level: "info" }, sink), warnings };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const redisUrl = process.env.REDIS_URL;

(redisUrl ? describe : describe.skip)("the sharing directory's change notices", () => {
  it("refreshes on a notice, well before its next poll", async () => {
    const { log, warnings } = capturingLogger();
    const directory = new SharingDirectory({ url, log, redisUrl, pollMs: 60_000 });
    await directory.start();
    expect(directory.current()?.version).toBe("v1");
    const publisher = connectRedis(redisUrl!, log);
    try {
      for (let i = 0; i < 100 && !publisher.isReady; i++) await pause(20);
      // Published until a refresh follows: the subscription is made in the background.
      const before = fetches;
      for (let i = 0; i < 50 && fetches === before; i++) {
        await publisher.publish(SHARING_CHANGED_CHANNEL, "v2");
        await pause(100);
      }
      expect(fetches).toBeGreaterThan(before);
    } finally {
      await closeRedis(publisher);
      await directory.stop();
    }
    expect(warnings).toEqual([]);
  });

  it("does nothing once stopped, even when Redis becomes ready during the stop", async () => {
    const { log, warnings } = capturingLogger();
    const directory = new SharingDirectory({ url, log, redisUrl, pollMs: 60_000 });
    const before = fetches;
    await directory.start(); // one refresh; its Redis client is still connecting
    const stopping = Date.now();
    await directory.stop();
    expect(Date.now() - stopping).toBeLessThan(3_500);
    await pause(300);
    // No subscription and no refresh after the stop (a late "ready" would have made both).
    expect(fetches).toBe(before + 1);
    expect(warnings).toEqual([]);
  });
});
