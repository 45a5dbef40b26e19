import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { RunningSubgraph } from "@gongxiang/kit";
import { freePort } from "../support/free-port.js";
import { startPopulationReplica } from "../support/replica.js";
import { startTestHub, type TestHub } from "../support/test-hub.js";

/**
 * Redis of its own, stopped and started again: decisions keep to the database's grants (never
 * open), requests keep being served, and change notices work again once Redis is back.
 */
const DONG = "130926193604120317";
const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
let redis: ChildProcess | null = null;
let port: number;
let t: TestHub;
let replica: RunningSubgraph;

async function startRedis(): Promise<void> {
  redis = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("redis-server did not start");
}

async function stopRedis(): Promise<void> {
  const child = redis;
  redis = null;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGKILL");
  });
}

(hasRedis ? describe : describe.skip)("Redis stopped and back", () => {
  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    const url = `redis://127.0.0.1:${port}`;
    t = await startTestHub({ env: { REDIS_URL: url } });
    replica = await startPopulationReplica(t, { redisUrl: url, sharingPollMs: 60_000 });
  });
  afterAll(async () => {
    await replica?.stop();
    await t?.stop();
    await stopRedis();
  });

  const grantId = async (officer: string) => {
    const pending = await t.query<{
      sharingGrants: { edges: { node: { id: string; consumer: string } }[] };
    }>(
      `{ sharingGrants(provider: "public-security", consumer: "hrss") { edges { node { id consumer } } } }`,
      { token: officer },
    );
    return pending.data!.sharingGrants.edges[0]!.node.id;
  };
  const nameFor = async (token: string) => {
    const response = await t.query<{ personByCitizenId: { name: string | null } }>(
      `{ personByCitizenId(citizenId: "${DONG}") { name } }`,
      { token, headers: { "x-purpose": "item:employment-registration" } },
    );
    expect(response.status).toBe(200);
    return response.data!.personByCitizenId.name;
  };
  const within = async (ms: number, condition: () => Promise<boolean>) => {
    const start = Date.now();
    while (!(await condition())) {
      if (Date.now() - start > ms) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return true;
  };

  it("keeps deciding from the database while Redis is down, and takes notices again when it is back", async () => {
    const hrss = await t.token({ sub: "hr-redis", dept: "hrss", roles: ["clerk"] });
    const officer = await t.token({
      sub: "ps-redis",
      dept: "public-security",
      roles: ["data-officer"],
    });
    const id = await grantId(officer);
    await stopRedis();
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Down: an approval still arrives by polling, requests (and rate limits) keep working.
    expect(await nameFor(hrss)).toBeNull();
    await t.query(`mutation { approveSharingGrant(id: "${id}") { status } }`, { token: officer });
    expect(await within(1_000, async () => (await nameFor(hrss)) === "董志明")).toBe(true);
    await t.query(
      `mutation { revokeSharingGrant(id: "${id}", reason: "redis outage drill") { status } }`,
      { token: officer },
    );
    expect(await within(1_000, async () => (await nameFor(hrss)) === null)).toBe(true);

    // Back: the replica, which polls once a minute, follows a change within a second again.
    await startRedis();
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // reconnect backoff
    const replicaSees = async () => {
      const response = await fetch(replica.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      return response.status;
    };
    expect(await replicaSees()).toBeLessThan(500);
    const before = replica.sharing.current()?.version;
    await t.query(
      `mutation { classifyDataResource(input: { item: "Person.maritalStatus", base: population, provider: "public-security",
         description: "Marital status", sensitivity: SENSITIVE, shareType: CONDITIONAL, masking: NONE, householdScope: true }) { item } }`,
      { token: officer },
    );
    expect(await within(1_000, async () => replica.sharing.current()?.version !== before)).toBe(
      true,
    );
  });
});
