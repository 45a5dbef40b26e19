import { createPrivateKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SignJWT, generateKeyPair } from "jose";
import { seedPopulation } from "@gongxiang/scripts";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
let t: TestHub;
let officer: string;

beforeAll(async () => {
  t = await startTestHub();
  officer = await t.token({ sub: "officer-1", dept: "public-security", roles: ["clerk"] });
});
afterAll(() => t?.stop());

describe("through the gateway", () => {
  it("answers 董志明 with his age and both household members (acceptance 1)", async () => {
    const response = await t.query(
      `{ personByCitizenId(citizenId: "${DONG}") { name age birthDate household { number members { name relationToHead } } } }`,
      { token: officer },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      personByCitizenId: {
        name: "董志明",
        age: expect.any(Number),
        birthDate: "1936-04-12",
        household: {
          number: "130926101216-0012",
          members: [
            { name: "董志明", relationToHead: "HEAD" },
            { name: "刘秀兰", relationToHead: "SPOUSE" },
          ],
        },
      },
    });
    const age = (response.data as { personByCitizenId: { age: number } }).personByCitizenId.age;
    expect(age).toBeGreaterThanOrEqual(90);
  });

  it("refuses a wrong check digit, an oversize string and an impossible date with BAD_USER_INPUT", async () => {
    const wrongCheck = await t.query(
      `{ personByCitizenId(citizenId: "130926193604120318") { name } }`,
      { token: officer },
    );
    expect(codes(wrongCheck)).toEqual(["BAD_USER_INPUT"]);
    expect(wrongCheck.errors![0]!.message).toMatch(/check digit is wrong: expected 7, got 8/);

    const huge = await t.query(
      `query($id: String!) { personByCitizenId(citizenId: $id) { name } }`,
      {
        token: officer,
        variables: { id: "1".repeat(10_000) },
      },
    );
    expect(codes(huge)).toEqual(["BAD_USER_INPUT"]);
    expect(huge.errors![0]!.message).toMatch(/18 characters/);

    const badDate = await t.query(
      `{ personByCitizenId(citizenId: "130926193613320317") { name } }`,
      { token: officer },
    );
    expect(codes(badDate)).toEqual(["BAD_USER_INPUT"]);
    expect(badDate.errors![0]!.message).toMatch(/1936-13-32 is not a real date/);

    const household = await t.query(`{ household(number: "12-x") { number } }`, { token: officer });
    expect(codes(household)).toEqual(["BAD_USER_INPUT"]);

    // still serving afterwards
    const again = await t.query(`{ personByCitizenId(citizenId: "${DONG}") { name } }`, {
      token: officer,
    });
    expect(again.data).toEqual({ personByCitizenId: { name: "董志明" } });
  });

  it("answers verifyIdentity with MATCH / NO_MATCH only, for a VERIFY grant's purpose", async () => {
    const clerk = await t.token({ sub: "mi-1", dept: "medical-insurance", roles: ["clerk"] });
    const query = `{ yes: verifyIdentity(citizenId: "${DONG}", name: "董志明") no: verifyIdentity(citizenId: "${DONG}", name: "董志") }`;
    const response = await t.query(query, {
      token: clerk,
      headers: { "x-purpose": "item:resident-medical-enrolment" },
    });
    expect(response.data).toEqual({ yes: "MATCH", no: "NO_MATCH" });
    const otherPurpose = await t.query(query, {
      token: clerk,
      headers: { "x-purpose": "item:elderly-allowance" },
    });
    expect(codes(otherPurpose)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    expect(otherPurpose.data).toBeNull();
    const hrss = await t.token({ sub: "hr-1", dept: "hrss", roles: ["clerk"] });
    expect(codes(await t.query(query, { token: hrss }))).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
  });

  it("is secure by default: another department reads no personal field, and the rest is answered", async () => {
    const clerk = await t.token({ sub: "mi-1", dept: "medical-insurance", roles: ["clerk"] });
    const response = await t.query(
      `{ personByCitizenId(citizenId: "${DONG}") { citizenId name phone } }`,
      { token: clerk },
    );
    expect(response.data).toEqual({
      personByCitizenId: { citizenId: DONG, name: null, phone: null },
    });
    expect(codes(response)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE", "UNAUTHORIZED_FIELD_OR_TYPE"]);
    expect(response.errors!.map((e) => e.path)).toEqual([
      ["personByCitizenId", "name"],
      ["personByCitizenId", "phone"],
    ]);
  });

  it("lets a citizen read their own record and household, and nobody else's", async () => {
    const citizen = await t.token({ sub: "130926193912010486", roles: ["citizen"] });
    const own = await t.query(
      `{ personByCitizenId(citizenId: "130926193912010486") { name household { members { name } } } }`,
      { token: citizen },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({
      personByCitizenId: {
        name: "刘秀兰",
        household: { members: [{ name: "董志明" }, { name: "刘秀兰" }] },
      },
    });
    const other = await t.query(`{ personByCitizenId(citizenId: "450521194108230627") { name } }`, {
      token: citizen,
    });
    expect(other.data).toEqual({ personByCitizenId: { name: null } });
    expect(codes(other)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);
  });
});

describe("authentication (acceptance 2)", () => {
  const query = `{ personByCitizenId(citizenId: "${DONG}") { name } }`;

  async function expectUnauthenticated(token: string | undefined) {
    const response = await t.query(query, { token });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.data ?? null).toBeNull();
  }

  it("refuses no token, an expired token, another key's token and alg none", async () => {
    // No token is the public caller kind: it reads what is published, and nothing personal.
    const anonymous = await t.query(query);
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    expect(anonymous.data).toEqual({ personByCitizenId: null });
    await expectUnauthenticated("not-a-jwt");

    const expired = await new SignJWT({ dept: "public-security", roles: ["clerk"] })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("gongxiang-dev")
      .setAudience("gongxiang")
      .setSubject("x")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(
        createPrivateKey({
          key: JSON.parse(
            await readFile(path.join(t.dataDir, "keys", "dev-issuer.jwk.json"), "utf8"),
          ),
          format: "jwk",
        }),
      );
    await expectUnauthenticated(expired);

    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const forged = await new SignJWT({ dept: "public-security", roles: ["clerk"] })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("gongxiang-dev")
      .setAudience("gongxiang")
      .setSubject("x")
      .setExpirationTime("1h")
      .sign(privateKey);
    await expectUnauthenticated(forged);

    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const none = `${b64({ alg: "none", typ: "JWT" })}.${b64({
      iss: "gongxiang-dev",
      aud: "gongxiang",
      sub: "x",
      dept: "public-security",
      roles: ["clerk"],
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}.`;
    await expectUnauthenticated(none);
  });

  it("refuses a request sent straight to the subgraph, or with a forged caller context", async () => {
    const direct = await t.query(query, { url: t.hub.subgraphs.population.url });
    expect(codes(direct)).toEqual(["UNAUTHENTICATED"]);
    expect(direct.data ?? null).toBeNull();

    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const forged = await new SignJWT({
      dept: "public-security",
      roles: ["clerk"],
      site: null,
      purpose: null,
    })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("gongxiang-gateway")
      .setAudience("gongxiang-subgraphs")
      .setSubject("x")
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(privateKey);
    const withForged = await t.query(query, {
      url: t.hub.subgraphs.population.url,
      headers: { "x-gongxiang-caller": forged },
    });
    expect(codes(withForged)).toEqual(["UNAUTHENTICATED"]);
    expect(withForged.data ?? null).toBeNull();
  });
});

describe("batching (acceptance 4)", () => {
  it("resolves 1, 100 and 1,000 persons with their households in the same number of statements", async () => {
    const orm = t.hub.subgraphs.population.orm;
    await seedPopulation(orm, { persons: 1_000, seed: 11, reservedCitizenIds: [] });
    const rows: { citizen_id: string }[] = await orm.orm.em
      .getKnex()
      .select("citizen_id")
      .from("person")
      .orderBy("citizen_id")
      .limit(1_000);
    expect(rows).toHaveLength(1_000);
    const ids = rows.map((row) => row.citizen_id);
    const counts: number[] = [];
    for (const n of [1, 100, 1_000]) {
      const before = orm.statements.count;
      const response = await t.query<{ persons: unknown[] }>(
        `query($ids: [String!]!) { persons(citizenIds: $ids) { name household { number members { name } } } }`,
        { token: officer, variables: { ids: ids.slice(0, n) } },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.persons).toHaveLength(n);
      counts.push(orm.statements.count - before);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});
