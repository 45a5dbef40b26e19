import dns from "node:dns";
import net from "node:net";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 11, finding 11: a government hub connects to nothing but what it is configured to
 * reach. Every TCP connection and name lookup this process makes while a hub starts and
 * answers a query is recorded; all of them must go to the subgraphs, PostgreSQL or Redis. The
 * gateway runs on this thread (the hub gives it a worker thread of its own otherwise), so that
 * its connections are recorded too.
 */
interface Target {
  host: string;
  port: number | null;
}
const connections: Target[] = [];
const lookups: string[] = [];

const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;

function targetOf(args: unknown[]): Target {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === "number") return { host: String(args[1] ?? "localhost"), port: first };
  if (typeof first === "string") return { host: `unix:${first}`, port: null };
  const options = (first ?? {}) as { host?: string; port?: number | string; path?: string };
  if (options.path) return { host: `unix:${options.path}`, port: null };
  return { host: options.host ?? "localhost", port: Number(options.port) };
}

let t: TestHub | undefined;
beforeAll(() => {
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    connections.push(targetOf(args));
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  dns.lookup = function (hostname: string, ...rest: unknown[]) {
    lookups.push(hostname);
    return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
  } as typeof dns.lookup;
});
afterAll(async () => {
  await t?.stop();
  net.Socket.prototype.connect = originalConnect;
  dns.lookup = originalLookup;
});

it("finding 11: a hub start and a query connect to nothing but the configured services", async () => {
  t = await startTestHub({ gatewayOnThisThread: true });
  const clerk = await t.token({ sub: "ps-net", dept: "public-security", roles: ["clerk"] });
  const answer = await t.query<{ personByCitizenId: { name: string } }>(
    `{ personByCitizenId(citizenId: "130926193604120317") { name licences { type } } }`,
    { token: clerk },
  );
  expect(answer.data!.personByCitizenId.name).toBe("董志明");
  // Background reporters start on timers: give them a moment to show themselves.
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  const allowedPorts = new Set<number>([
    Number(new URL(process.env.DATABASE_URL!).port || 5432),
    ...(process.env.REDIS_URL ? [Number(new URL(process.env.REDIS_URL).port || 6379)] : []),
    t.hub.gateway.port,
    ...Object.values(t.hub.subgraphs).map((s) => s.port),
  ]);
  const loopback = new Set(["127.0.0.1", "::1", "localhost"]);
  const elsewhere = connections.filter(
    (c) => !c.host.startsWith("unix:") && (!loopback.has(c.host) || !allowedPorts.has(c.port!)),
  );
  expect(elsewhere).toEqual([]);
  expect(lookups.filter((name) => !loopback.has(name))).toEqual([]);
  expect(connections.length).toBeGreaterThan(0); // the recorder saw the hub's own connections
});
