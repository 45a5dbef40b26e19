import { NO_RATE_LIMITS } from "@gongxiang/scripts";
import { startTestHub, type TestHub } from "../support/test-hub.js";
import { backgroundLoad, restartLicences } from "./restart.js";

const DONG = "130926193604120317";
let t: TestHub;
beforeAll(async () => {
  // Eight loops for several seconds would pass one caller's per-minute limit (429s): this test
  // is about a dead subgraph, rate limits have their own.
  t = await startTestHub({ env: NO_RATE_LIMITS });
});
let restarted: { stop(): Promise<void> } | undefined;
let load: ReturnType<typeof backgroundLoad<Answer>> | undefined;
afterAll(async () => {
  await load?.stop().catch(() => undefined); // the test has reported it
  await restarted?.stop();
  await t?.stop();
});

interface Answer {
  status: number;
  name: string | null;
  licences: number | null;
  codes: unknown[];
}

it("answers the other subgraphs' fields while one is down, and completely again within 5 s of its return", async () => {
  const token = await t.token({ sub: "clerk-f1", dept: "civil-affairs", roles: ["clerk"] });
  const ask = async (): Promise<Answer> => {
    const response = await t.query<{
      personByCitizenId: { name: string | null; licences: unknown[] | null } | null;
    }>(
      `{ personByCitizenId(citizenId: "${DONG}") { name licences(types: ["ID_CARD"]) { identifier } } }`,
      { token, headers: { "x-purpose": "item:elderly-allowance" } },
    );
    return {
      status: response.status,
      name: response.data?.personByCitizenId?.name ?? null,
      licences: response.data?.personByCitizenId?.licences?.length ?? null,
      codes: (response.errors ?? []).map((e) => e.extensions?.code),
    };
  };
  expect(await ask()).toMatchObject({ name: "董志明", licences: 1, codes: [] });

  load = backgroundLoad(8, ask);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const port = t.hub.subgraphs.licences.port;
  await t.hub.subgraphs.licences.stop();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const during = await ask();
  expect(during.status).toBe(200);
  expect(during.name).toBe("董志明"); // population still answers
  expect(during.licences).toBeNull(); // licences missing, with an error
  expect(during.codes.length).toBeGreaterThan(0);
  const health = await fetch(new URL("/health", t.hub.gateway.url));
  expect(health.status).toBe(200);

  restarted = await restartLicences(t.hub, t.dataDir, port);
  const back = Date.now();
  let complete = false;
  while (!complete && Date.now() - back < 5_000) {
    const answer = await ask();
    complete = answer.name === "董志明" && answer.licences === 1 && answer.codes.length === 0;
    if (!complete) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(complete).toBe(true);
  const results = await load.stop();
  expect(results.every((r) => r.status === 200)).toBe(true);
  expect(results.length).toBeGreaterThan(20);
  expect(results.every((r) => r.name === "董志明")).toBe(true);
});
