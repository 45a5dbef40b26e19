import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ env: { RATE_LIMIT_PER_DEPARTMENT_PER_MINUTE: "40" } });
});
afterAll(() => t?.stop());

describe("operation limits at the gateway (issue 5, acceptance 5)", () => {
  it("refuses a query 50 levels deep", async () => {
    const token = await t.token({ sub: "ps-deep", dept: "public-security", roles: ["clerk"] });
    let query = "name";
    for (let i = 0; i < 24; i++) query = `household { head { ${query} } }`;
    const response = await t.query(`{ personByCitizenId(citizenId: "${DONG}") { ${query} } }`, {
      token,
    });
    expect(codes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors![0]!.message).toMatch(/levels deep; the limit is 15/);
  });

  it("refuses 1,000 aliases", async () => {
    const token = await t.token({ sub: "ps-alias", dept: "public-security", roles: ["clerk"] });
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ");
    const response = await t.query(`{ ${aliases} }`, { token });
    expect(codes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors![0]!.message).toMatch(/1000 aliases; the limit is 30/);
  });

  it("refuses batched requests", async () => {
    const token = await t.token({ sub: "ps-batch", dept: "public-security", roles: ["clerk"] });
    const response = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it("tells a department over its rate RATE_LIMITED", async () => {
    // The last minute is estimated from two one-minute windows, the older one fading out as time
    // passes: within a single window the count is exact, so start early in one.
    const leftInWindow = 60_000 - (Date.now() % 60_000);
    if (leftInWindow < 15_000) await new Promise((resolve) => setTimeout(resolve, leftInWindow));
    const statuses: unknown[] = [];
    for (let i = 0; i < 45; i++) {
      const token = await t.token({ sub: `hr-${i}`, dept: "hrss", roles: ["clerk"] });
      const response = await t.query(`{ __typename }`, { token });
      statuses.push(codes(response)[0] ?? "OK");
    }
    expect(statuses.slice(0, 40).every((status) => status === "OK")).toBe(true);
    expect(statuses.slice(40)).toEqual(Array(5).fill("RATE_LIMITED"));
    const other = await t.token({ sub: "ca-1", dept: "civil-affairs", roles: ["clerk"] });
    expect(codes(await t.query(`{ __typename }`, { token: other }))).toEqual([]);
  });
});
