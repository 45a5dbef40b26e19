import { createHash } from "node:crypto";
import { compactVerify, createRemoteJWKSet } from "jose";
import { withPgClient } from "@gongxiang/kit";
import { REGISTER_LISTING, issueLicencesInBulk } from "@gongxiang/licences";
import { licencesFor, seedPopulation } from "@gongxiang/scripts";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
const WANG = "450803193001150511";
let t: TestHub;

interface LicenceView {
  identifier: string;
  type: string;
  status: string;
  data: Record<string, unknown>;
  seal: string;
  withheld: string[];
  sealDisclosures: { field: string; salt: string }[];
}

/** RFC 8785-style canonical JSON (sorted keys), written out here, not taken from the base. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
/** A disclosed field's digest, as the seal's documentation says to compute it. */
const digest = (salt: string, field: string, value: unknown) =>
  createHash("sha256")
    .update(canonical([salt, field, value]))
    .digest("base64url");

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

/** Verification as a third party would do it: plain jose and the published JWKS, none of our code. */
async function verifyOffline(seal: string, jwksUrl: string) {
  const { payload, protectedHeader } = await compactVerify(
    seal,
    createRemoteJWKSet(new URL(jwksUrl)),
  );
  return {
    content: JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>,
    kid: protectedHeader.kid,
  };
}

const MOD3736 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** ISO 7064 MOD 37,36 check written out here, independent of the base's own code. */
function checkCharacterHolds(identifier: string): boolean {
  const chars = identifier.replaceAll(".", "");
  let p = 36;
  for (const char of chars.slice(0, -1)) {
    let s = (p + MOD3736.indexOf(char)) % 36;
    if (s === 0) s = 36;
    p = (s * 2) % 37;
  }
  return MOD3736[(37 - p) % 36] === chars.at(-1);
}

describe("e-licences through the gateway", () => {
  it("returns 董志明's ID card, household register and marriage certificate with valid identifiers (acceptance 1)", async () => {
    const citizen = await t.token({ sub: DONG, roles: ["citizen"] });
    const response = await t.query<{
      personByCitizenId: { name: string; licences: LicenceView[] };
    }>(
      `{ personByCitizenId(citizenId: "${DONG}") { name licences { identifier type status data seal } } }`,
      { token: citizen },
    );
    expect(response.errors).toBeUndefined();
    const person = response.data!.personByCitizenId;
    expect(person.name).toBe("董志明");
    expect(person.licences.map((l) => l.type).sort()).toEqual([
      "HOUSEHOLD_REGISTER",
      "ID_CARD",
      "MARRIAGE_CERT",
    ]);
    for (const licence of person.licences) {
      expect(licence.status).toBe("VALID");
      expect(licence.identifier).toMatch(
        /^1\.2\.156\.3005\.2\.\d+\.[0-9A-Z]{18}\.\d+\.\d{3}\.[0-9A-Z]$/,
      );
      expect(checkCharacterHolds(licence.identifier)).toBe(true);
    }
    const marriage = person.licences.find((l) => l.type === "MARRIAGE_CERT")!;
    expect(marriage.data).toEqual({
      spouseCitizenId: "130926193912010486",
      registeredOn: "1958-10-01",
    });
  });

  it("shows an issuing department its own types only", async () => {
    const police = await t.token({ sub: "p1", dept: "public-security", roles: ["clerk"] });
    const response = await t.query<{ personByCitizenId: { licences: LicenceView[] } }>(
      `{ personByCitizenId(citizenId: "${DONG}") { licences { type } } }`,
      { token: police },
    );
    expect(response.data!.personByCitizenId.licences.map((l) => l.type).sort()).toEqual([
      "HOUSEHOLD_REGISTER",
      "ID_CARD",
    ]);
    // Another department reads no type: "every type I may read" is none, held or not...
    const hrss = await t.token({ sub: "h1", dept: "hrss", roles: ["clerk"] });
    const none = await t.query(
      `{ personByCitizenId(citizenId: "${DONG}") { citizenId licences { type } } }`,
      { token: hrss },
    );
    expect(none.data).toEqual({ personByCitizenId: { citizenId: DONG, licences: [] } });
    expect(none.errors).toBeUndefined();
    // ...and a type it names is refused, held or not.
    const denied = await t.query(
      `{ personByCitizenId(citizenId: "${DONG}") { citizenId licences(types: ["ID_CARD"]) { type } } }`,
      { token: hrss },
    );
    expect(denied.data).toEqual({ personByCitizenId: { citizenId: DONG, licences: null } });
    expect(codes(denied)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);
  });
});

describe("seals (acceptance 2 and 3)", () => {
  let idCard: LicenceView;
  let bureau: string;

  beforeAll(async () => {
    bureau = await t.token({ sub: "b1", dept: "data-bureau", roles: ["clerk", "issuer"] });
    const response = await t.query<{ personByCitizenId: { licences: LicenceView[] } }>(
      `{ personByCitizenId(citizenId: "${DONG}") { licences(types: ["ID_CARD"]) { identifier type status data seal withheld sealDisclosures { field salt } } } }`,
      { token: bureau },
    );
    idCard = response.data!.personByCitizenId.licences[0]!;
  });

  it("verifies offline with a plain JOSE library against the served JWKS, field by field", async () => {
    const { content, kid } = await verifyOffline(idCard.seal, t.hub.subgraphs.licences.jwksUrl);
    expect(kid).toMatch(/^public-security-/);
    expect(content).toMatchObject({ identifier: idCard.identifier, type: "ID_CARD" });
    // The seal holds digests, not the holder's data: a reader checks what they were given.
    expect(JSON.stringify(content)).not.toContain("董志明");
    const digests = content.digests as Record<string, string>;
    const salt = (field: string) => idCard.sealDisclosures.find((d) => d.field === field)!.salt;
    expect(digests["holder.citizenId"]).toBe(
      digest(salt("holder.citizenId"), "holder.citizenId", DONG),
    );
    for (const [key, value] of Object.entries(idCard.data)) {
      expect(digests[`data.${key}`]).toBe(digest(salt(`data.${key}`), `data.${key}`, value));
    }
    // The data bureau runs the base but holds no grant of the name and ethnic group it copies.
    expect(idCard.withheld).toEqual(
      expect.arrayContaining(["holder.name", "data.name", "data.ethnicity"]),
    );
    expect(idCard.sealDisclosures.map((d) => d.field)).not.toContain("data.ethnicity");
  });

  it("answers VALID, then TAMPERED when one character of the stored data changes", async () => {
    const verify = (identifier: string) =>
      t.query<{ verifyLicence: { status: string; reason: string } }>(
        `query($id: String) { verifyLicence(identifier: $id) { status reason } }`,
        { token: bureau, variables: { id: identifier } },
      );
    expect((await verify(idCard.identifier)).data!.verifyLicence.status).toBe("VALID");
    const byToken = await t.query<{ verifyLicence: { status: string } }>(
      `query($token: String) { verifyLicence(token: $token) { status } }`,
      { token: bureau, variables: { token: idCard.seal } },
    );
    expect(byToken.data!.verifyLicence.status).toBe("VALID");

    const knex = t.hub.subgraphs.licences.orm.orm.em.getKnex();
    await knex.raw(
      `update licence set data = jsonb_set(data, '{name}', '"董志朋"') where identifier = ?`,
      [idCard.identifier],
    );
    const tampered = await verify(idCard.identifier);
    expect(tampered.data!.verifyLicence).toEqual({
      status: "TAMPERED",
      reason: "the licence content differs from its seal",
    });
    await knex.raw(
      `update licence set data = jsonb_set(data, '{name}', '"董志明"') where identifier = ?`,
      [idCard.identifier],
    );
    expect((await verify(idCard.identifier)).data!.verifyLicence.status).toBe("VALID");

    const [head, body, signature] = idCard.seal.split(".");
    // Another holder's digest put into the sealed content, the signature left as it was.
    const sealed = JSON.parse(Buffer.from(body!, "base64url").toString("utf8")) as {
      digests: Record<string, string>;
    };
    sealed.digests["holder.citizenId"] = digest("salt", "holder.citizenId", WANG);
    const forgedBody = Buffer.from(canonical(sealed)).toString("base64url");
    const forged = await t.query<{ verifyLicence: { status: string } }>(
      `query($token: String) { verifyLicence(token: $token) { status } }`,
      { token: bureau, variables: { token: `${head}.${forgedBody}.${signature}` } },
    );
    expect(forged.data!.verifyLicence.status).toBe("TAMPERED");
  });

  it("revokes at once, keeps the revoked licence readable, and reports expiry", async () => {
    const police = await t.token({
      sub: "p2",
      dept: "public-security",
      roles: ["issuer"],
      site: "450803",
    });
    const issued = await t.query<{ issueLicence: LicenceView }>(
      `mutation($input: IssueLicenceInput!) { issueLicence(input: $input) { identifier status } }`,
      {
        token: police,
        variables: {
          input: {
            type: "HOUSEHOLD_REGISTER",
            holderCitizenId: "450803198802290242",
            holderName: "黄丽萍",
            jurisdiction: "450803001002",
            data: {
              householdNumber: "450803001002-0420",
              relationToHead: "HEAD",
              address: "南江社区8栋2单元301",
            },
          },
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    const identifier = issued.data!.issueLicence.identifier;
    const revoked = await t.query<{ revokeLicence: { status: string; revocationReason: string } }>(
      `mutation { revokeLicence(identifier: "${identifier}", reason: "moved household") { status revocationReason } }`,
      { token: police },
    );
    expect(revoked.data!.revokeLicence).toEqual({
      status: "REVOKED",
      revocationReason: "moved household",
    });
    const verified = await t.query<{ verifyLicence: { status: string; reason: string } }>(
      `{ verifyLicence(identifier: "${identifier}") { status reason } }`,
      { token: police },
    );
    expect(verified.data!.verifyLicence).toEqual({
      status: "REVOKED",
      reason: "revoked: moved household",
    });
    const again = await t.query(
      `mutation { revokeLicence(identifier: "${identifier}", reason: "x") { status } }`,
      { token: police },
    );
    expect(codes(again)).toEqual(["CONFLICT"]);

    const wang = await t.query<{ licence: { status: string; revocationReason: string } }>(
      `{ personByCitizenId(citizenId: "${WANG}") { licences { identifier status revocationReason } } }`,
      { token: bureau },
    );
    expect(wang.data).toMatchObject({
      personByCitizenId: { licences: [{ status: "REVOKED", revocationReason: "holder deceased" }] },
    });

    const expired = await t.query<{ issueLicence: { identifier: string; status: string } }>(
      `mutation($input: IssueLicenceInput!) { issueLicence(input: $input) { identifier status } }`,
      {
        token: police,
        variables: {
          input: {
            type: "ID_CARD",
            holderCitizenId: "450803198802290242",
            holderName: "黄丽萍",
            jurisdiction: "450803001002",
            data: {
              name: "黄丽萍",
              gender: "女",
              ethnicity: "汉族",
              birthDate: "1988-02-29",
              address: "南江社区",
            },
            validFrom: "2004-03-01",
            validUntil: "2024-03-01",
          },
        },
      },
    );
    expect(expired.data!.issueLicence.status).toBe("EXPIRED");
    const expiredCheck = await t.query<{ verifyLicence: { status: string } }>(
      `{ verifyLicence(identifier: "${expired.data!.issueLicence.identifier}") { status } }`,
      { token: police },
    );
    expect(expiredCheck.data!.verifyLicence.status).toBe("EXPIRED");
  });
});

describe("key rotation", () => {
  it("keeps licences sealed with a retired key verifiable, and seals new ones with the new key", async () => {
    const police = await t.token({
      sub: "p3",
      dept: "public-security",
      roles: ["issuer"],
      site: "360923",
    });
    const before = await t.query<{ personByCitizenId: { licences: LicenceView[] } }>(
      `{ personByCitizenId(citizenId: "${DONG}") { licences(types: ["ID_CARD"]) { identifier seal } } }`,
      { token: police },
    );
    const old = before.data!.personByCitizenId.licences[0]!;
    const oldKid = (await verifyOffline(old.seal, t.hub.subgraphs.licences.jwksUrl)).kid;
    const newKid = await t.hub.subgraphs.licences.deps.sealKeys.rotate("public-security");
    expect(newKid).not.toBe(oldKid);

    const issued = await t.query<{ issueLicence: LicenceView }>(
      `mutation($input: IssueLicenceInput!) { issueLicence(input: $input) { identifier seal } }`,
      {
        token: police,
        variables: {
          input: {
            type: "HOUSEHOLD_REGISTER",
            holderCitizenId: "360923195007070350",
            holderName: "吴国庆",
            jurisdiction: "360923107208",
            data: {
              householdNumber: "360923107208-0009",
              relationToHead: "HEAD",
              address: "桐山村",
            },
          },
        },
      },
    );
    expect(
      (await verifyOffline(issued.data!.issueLicence.seal, t.hub.subgraphs.licences.jwksUrl)).kid,
    ).toBe(newKid);
    expect((await verifyOffline(old.seal, t.hub.subgraphs.licences.jwksUrl)).kid).toBe(oldKid);
    const verified = await t.query<{ verifyLicence: { status: string } }>(
      `{ verifyLicence(identifier: "${old.identifier}") { status } }`,
      { token: police },
    );
    expect(verified.data!.verifyLicence.status).toBe("VALID");
  });
});

describe("refusals (acceptance 4)", () => {
  it("forbids civil-affairs to issue an ID card, and refuses malformed identifiers", async () => {
    const civil = await t.token({
      sub: "c1",
      dept: "civil-affairs",
      roles: ["issuer"],
      site: "130926",
    });
    const response = await t.query(
      `mutation { issueLicence(input: { type: "ID_CARD", holderCitizenId: "${DONG}", holderName: "董志明", jurisdiction: "130926101216", data: {} }) { identifier } }`,
      { token: civil },
    );
    expect(codes(response)).toEqual(["FORBIDDEN"]);
    const malformed = await t.query(
      `{ verifyLicence(identifier: "1.2.156.3005.2.111.X.1.001.Z") { status } }`,
      { token: civil },
    );
    expect(codes(malformed)).toEqual(["BAD_USER_INPUT"]);
    const badData = await t.query(
      `mutation { issueLicence(input: { type: "MARRIAGE_CERT", holderCitizenId: "${DONG}", holderName: "董志明", jurisdiction: "130926101216", data: { spouseCitizenId: "130926193912010487", registeredOn: "1958-10-01" } }) { identifier } }`,
      { token: civil },
    );
    expect(codes(badData)).toEqual(["BAD_USER_INPUT"]);
    expect(badData.errors![0]!.message).toMatch(/check digit/);
  });
});

describe("batching (acceptance 5)", () => {
  it("reads licences for 1, 100 and 1,000 persons with the same number of statements", async () => {
    const population = t.hub.subgraphs.population.orm;
    const licences = t.hub.subgraphs.licences.orm;
    const { sealKeys } = t.hub.subgraphs.licences.deps;
    const seededIds: string[] = [];
    await seedPopulation(population, {
      persons: 1_000,
      seed: 5,
      reservedCitizenIds: [],
      afterBatch: async (inserted, households) => {
        seededIds.push(...inserted.map((p) => p.citizenId));
        const items = inserted.flatMap((p) => licencesFor(p, households.get(p.householdId)));
        await issueLicencesInBulk(licences, sealKeys, items);
      },
    });
    const ids = seededIds;
    expect(ids).toHaveLength(1_000);
    const bureau = await t.token({ sub: "b1", dept: "data-bureau", roles: ["clerk"] });
    const counts: number[] = [];
    for (const n of [1, 100, 1_000]) {
      const before = licences.statements.count;
      const response = await t.query<{ persons: unknown[] }>(
        `query($ids: [String!]!) { persons(citizenIds: $ids) { citizenId licences { type } } }`,
        { token: bureau, variables: { ids: ids.slice(0, n) } },
      );
      expect(response.data!.persons).toHaveLength(n);
      counts.push(licences.statements.count - before);
      if (n === 1_000) {
        const held = (response.data!.persons as { licences: { type: string }[] }[]).flatMap(
          (p) => p.licences,
        );
        expect(held.filter((l) => l.type === "HOUSEHOLD_REGISTER")).toHaveLength(1_000);
        expect(held.filter((l) => l.type === "ID_CARD").length).toBeGreaterThan(500);
      }
    }
    expect(counts).toEqual([1, 1, 1]);
    const seeded: { identifier: string }[] = await licences.orm.em
      .getKnex()
      .select("identifier")
      .from("licence")
      .where("holder_citizen_id", ids[0]!);
    const verified = await t.query<{ verifyLicence: { status: string } }>(
      `{ verifyLicence(identifier: "${seeded[0]!.identifier}") { status } }`,
      { token: bureau },
    );
    expect(verified.data!.verifyLicence.status).toBe("VALID");
  });

  it("finds the register listing a person through the members index, not a scan of every licence", async () => {
    const { orm } = t.hub.subgraphs.licences;
    const plan = await withPgClient(orm, async (client) => {
      await client.query("begin");
      try {
        // The plan a prepared statement settles on is the generic one, made without the
        // parameters' values: the partial index must be usable there. With scans priced out,
        // the planner takes the index if the statement can use it at all.
        await client.query("set local enable_seqscan = off");
        await client.query("set local plan_cache_mode = force_generic_plan");
        await client.query(`prepare register_listing_plan as ${REGISTER_LISTING.text}`);
        const { rows } = await client.query(
          `explain execute register_listing_plan('2026-12-01', '${JSON.stringify([DONG])}')`,
        );
        return rows.map((row) => String(row["QUERY PLAN"])).join("\n");
      } finally {
        await client.query("rollback");
        await client.query("deallocate register_listing_plan");
      }
    });
    expect(plan).toContain("licence_register_members");
  });

  it("merges each register into the members index as it is issued, so lookups never read a pending list", async () => {
    const { orm } = t.hub.subgraphs.licences;
    const { options, pending } = await withPgClient(orm, async (client) => {
      const index = await client.query(
        `select reloptions from pg_class where relname = 'licence_register_members'`,
      );
      // After the demo's registers and the 1,000 issued in bulk above: with GIN's pending list
      // on, they would wait there unsorted (read by every lookup) until a vacuum merged them.
      const cleaned = await client.query(
        `select gin_clean_pending_list('licence_register_members'::regclass)::int as pages`,
      );
      return {
        options: index.rows[0]!.reloptions as string[] | null,
        pending: Number(cleaned.rows[0]!.pages),
      };
    });
    expect(options).toContain("fastupdate=off");
    expect(pending).toBe(0);
  });
});
