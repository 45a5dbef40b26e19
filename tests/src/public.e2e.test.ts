import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 15: a request with no token is the public caller kind. It reads what is published and
 * nothing else, and is limited per client address.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ env: { RATE_LIMIT_PUBLIC_PER_ADDRESS_PER_MINUTE: "40" } });
});
afterAll(() => t?.stop());

describe("the public caller (no token)", () => {
  it("reads the published catalog and licence types", async () => {
    const response = await t.query<{
      serviceItems: { totalCount: number; edges: { node: { code: string; status: string } }[] };
      licenceTypes: { code: string }[];
    }>(
      `{ serviceItems(first: 50) { totalCount edges { node { code status } } } licenceTypes { code } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.serviceItems.totalCount).toBe(7);
    expect(response.data!.serviceItems.edges.every((e) => e.node.status === "PUBLISHED")).toBe(
      true,
    );
    expect(response.data!.licenceTypes.map((l) => l.code)).toContain("ID_CARD");
  });

  it("answers UNAUTHENTICATED for anything that is not published, and reads nobody's data", async () => {
    for (const query of [
      `{ personByCitizenId(citizenId: "130926193604120317") { name } }`,
      `{ verifyIdentity(citizenId: "130926193604120317", name: "董志明") }`,
      `{ licence(identifier: "1.2.156.3005.2.111.11130926MB0000011F.1000.001.X") { type } }`,
      `{ myDataUsage { totalCount } }`,
      `{ sharingGrants { totalCount } }`,
      `{ cases { totalCount } }`,
      `{ serviceItems(status: DRAFT) { totalCount } }`,
      `mutation { startCase(input: { itemCode: "elderly-allowance", applicantCitizenId: "130926193604120317", idempotencyKey: "p" }) { id } }`,
      `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.name"], level: FULL, purposes: ["elderly-allowance"], legalBasis: "x" }) { id } }`,
    ]) {
      const response = await t.query(query);
      const refused = codes(response);
      if (query.includes("DRAFT")) {
        // Drafts are for their data officers: the public gets an empty list, not an error.
        expect(response.data).toEqual({ serviceItems: { totalCount: 0 } });
      } else {
        expect([query, refused]).toEqual([query, ["UNAUTHENTICATED"]]);
      }
      expect(JSON.stringify(response.data ?? null)).not.toMatch(/董志明|130926193604120317/);
    }
  });

  it("takes no purpose without a token", async () => {
    const response = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-purpose": "item:elderly-allowance" },
      body: JSON.stringify({ query: "{ licenceTypes { code } }" }),
    });
    expect(response.status).toBe(400);
  });

  it("limits requests per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      statuses.push((await t.query(`{ licenceTypes { code } }`)).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(40);
  });
});
