import { NO_RATE_LIMITS } from "@gongxiang/scripts";
import { startTestHub, type TestHub } from "../support/test-hub.js";
import { backgroundLoad } from "./restart.js";

/**
 * A bounded load of mixed reads and case operations (concurrency 50 for 60 s, loopback): no
 * 5xx, and the access log holds exactly one entry per release the clients received.
 */
const DONG = "130926193604120317";
const LIU = "130926193912010486";
/**
 * The applicant of the load's cases: an applicant has one open case per item (issue 17), so the
 * load applies for 黄丽萍, whom each case reads from both bases and then refuses (a refused case
 * is a case, with its own key): as many cases as requests, none of them a duplicate.
 */
const HUANG = "450803198802290242";
let t: TestHub;
beforeAll(async () => {
  // Two test callers stand for fifty clients: per-caller limits would turn the load into 429s.
  t = await startTestHub({ env: NO_RATE_LIMITS });
});
afterAll(() => t?.stop());

const DURATION_MS = 60_000;

it("serves 50 concurrent clients for a minute with no 5xx and a log entry per release", async () => {
  const reader = await t.token({ sub: "load-reader", dept: "civil-affairs", roles: ["clerk"] });
  const agent = await t.token({
    sub: "load-agent",
    dept: "civil-affairs",
    roles: ["agent"],
    site: "130926101216",
  });
  let sequence = 0;
  const released = { reads: 0, cases: 0 };
  const statuses = new Map<number, number>();
  const one = async () => {
    const n = sequence++;
    const isCase = n % 5 === 0;
    const response = isCase
      ? await t.query<{ startCase: { id: string } }>(
          `mutation($input: StartCaseInput!) { startCase(input: $input) { id status } }`,
          {
            token: agent,
            variables: {
              input: {
                itemCode: "elderly-allowance",
                applicantCitizenId: HUANG,
                idempotencyKey: `load-${n}`,
              },
            },
          },
        )
      : await t.query<{ personByCitizenId: { name: string } }>(
          `{ personByCitizenId(citizenId: "${n % 2 ? DONG : LIU}") { name birthDate } }`,
          { token: reader, headers: { "x-purpose": "item:elderly-allowance" } },
        );
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (!response.errors) {
      if (isCase) released.cases++;
      else released.reads++;
    }
  };
  const load = backgroundLoad(50, one);
  await new Promise((resolve) => setTimeout(resolve, DURATION_MS));
  await load.stop();

  expect(Object.fromEntries(statuses)).toEqual({ 200: expect.any(Number) });
  expect(released.reads).toBeGreaterThan(100);
  expect(released.cases).toBeGreaterThan(10);
  const rows = (await t.hub.subgraphs.catalog.deps.accessLog.orm.em.getConnection().execute(
    `select caller_sub, base, count(*)::int as entries from access_log
       where caller_sub in ('load-reader', 'load-agent') group by caller_sub, base order by 1, 2`,
  )) as { caller_sub: string; base: string; entries: number }[];
  const entries = (sub: string, base: string) =>
    rows.find((r) => r.caller_sub === sub && r.base === base)?.entries ?? 0;
  // A read releases one person from the population base.
  expect(entries("load-reader", "population")).toBe(released.reads);
  // A new case reads the applicant from both bases, once each.
  expect(entries("load-agent", "population")).toBe(released.cases);
  expect(entries("load-agent", "licences")).toBe(released.cases);
  const verify = await t.query<{ verifyAccessLog: { ok: boolean } }>(
    `{ verifyAccessLog { ok checked } }`,
    {
      token: await t.token({ sub: "auditor-load", dept: "data-bureau", roles: ["auditor"] }),
    },
  );
  expect(verify.data!.verifyAccessLog.ok).toBe(true);
});
