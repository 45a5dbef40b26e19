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

describe("the sharing directory's refreshes", () => {
  /** A catalog whose rules change under the test, each answer held back as long as it says. */
  let changing: http.Server;
  let changingUrl: string;
  let version = "v1";
  let holdMs = 0;
  let asked = 0;
  let failNext = false;
  let waiting: (() => void)[] = [];
  /** Resolves when the catalog has the next request in hand (its answer is fixed from then). */
  const nextArrival = () => new Promise<void>((resolve) => waiting.push(resolve));

  beforeAll(async () => {
    changing = http.createServer((_req, res) => {
      asked++;
      if (failNext) {
        failNext = false;
        res.writeHead(503).end();
        return;
      }
      const arrived = waiting;
      waiting = [];
      for (const resolve of arrived) resolve();
      const body = JSON.stringify({ ...snapshot, version });
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(body);
      }, holdMs);
    });
    await new Promise<void>((resolve) => changing.listen(0, "127.0.0.1", resolve));
    changingUrl = `http://127.0.0.1:${(changing.address() as AddressInfo).port}/snapshot`;
  });
  afterAll(async () => {
    await new Promise((resolve) => changing.close(resolve));
  });

  it("never lets a slow answer put back rules older than a later one's", async () => {
    const { log, warnings } = capturingLogger();
    const directory = new SharingDirectory({ url: changingUrl, log, pollMs: 60_000 });
    version = "v1";
    holdMs = 0;
    await directory.start();
    try {
      // A poll reads v2 and is slow to answer; a notice for v3 comes meanwhile.
      version = "v2";
      holdMs = 300;
      const arrived = nextArrival();
      const slow = directory.refresh();
      await arrived;
      version = "v3";
      holdMs = 0;
      await directory.refresh();
      await slow;
      expect(directory.current()?.version).toBe("v3");
    } finally {
      await directory.stop();
    }
    expect(warnings).toEqual([]);
  });

  it("answers the calls made during a refresh with one more, begun after them", async () => {
    const { log } = capturingLogger();
    const directory = new SharingDirectory({ url: changingUrl, log, pollMs: 60_000 });
    version = "v1";
    holdMs = 0;
    await directory.start();
    try {
      holdMs = 200;
      const before = asked;
      const arrived = nextArrival();
      const running = directory.refresh();
      await arrived;
      version = "v4";
      holdMs = 0;
      await Promise.all([directory.refresh(), directory.refresh(), directory.refresh(), running]);
      expect(asked).toBe(before + 2);
      expect(directory.current()?.version).toBe("v4");
    } finally {
      await directory.stop();
    }
  });

  it("goes on refreshing after a refresh that threw (here: its warning could not be logged)", async () => {
    let logged = false;
    const log = pino(
      {
        level: "info",
        hooks: {
          logMethod(args, method, level) {
            if (level >= 40 && !logged) {
              logged = true;
              throw new Error("the log is down");
            }
            return method.apply(this, args);
          },
        },
      },
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
    const directory = new SharingDirectory({ url: changingUrl, log, pollMs: 60_000 });
    version = "v1";
    holdMs = 0;
    await directory.start();
    try {
      failNext = true;
      await expect(directory.refresh()).rejects.toThrow("the log is down");
      version = "v5";
      await directory.refresh();
      expect(directory.current()?.version).toBe("v5");
    } finally {
      await directory.stop();
    }
  });
});
