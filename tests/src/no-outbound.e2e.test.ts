import { recordConnections, type Connection } from "./support/connection-recorder.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 11, finding 11: a government hub connects to nothing but what it is configured to
 * reach. Every TCP connection and name lookup this process makes while a hub starts and
 * answers a query is recorded; all of them must go to the subgraphs, PostgreSQL or Redis. The
 * gateway runs on this thread here, so that its connections are recorded too; the ops test
 * `no-outbound-threads` covers the hub as `npm start` runs it, with the gateway's own thread.
 */
const connections: Connection[] = [];
const lookups: string[] = [];

let t: TestHub | undefined;
let stopRecording = () => {};
beforeAll(() => {
  stopRecording = recordConnections(
    (connection) => connections.push(connection),
    (hostname) => lookups.push(hostname),
  );
});
afterAll(async () => {
  await t?.stop();
  stopRecording();
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
