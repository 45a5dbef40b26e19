import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { canonicalJson, disclosureDigest, newSalt } from "@gongxiang/kit";
import { CompactSign, exportJWK, generateKeyPair, type CryptoKey } from "jose";
import { LicenceSeals } from "./licence-seals.js";

const HOLDER = "130926193604120317";
const IDENTIFIER = "1.2.156.3005.2.111.test.1.1.X";
const fields: Record<string, unknown> = {
  "holder.citizenId": HOLDER,
  "holder.name": "董志明",
  "data.address": "河北省沧州市肃宁县",
  "data.ethnicity": "汉族",
};
const salts = Object.fromEntries(Object.keys(fields).map((field) => [field, newSalt()]));
const content = {
  identifier: IDENTIFIER,
  type: "ID_CARD",
  validUntil: "2036-01-01",
  digests: Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [
      field,
      disclosureDigest(salts[field]!, field, value),
    ]),
  ),
};

let server: Server;
let issuer: CryptoKey;
let stranger: CryptoKey;
let seals: LicenceSeals;

beforeAll(async () => {
  ({ privateKey: issuer } = await generateKeyPair("EdDSA", { extractable: true }));
  ({ privateKey: stranger } = await generateKeyPair("EdDSA"));
  const jwk = { ...(await exportJWK(issuer)), kid: "issuer-1", alg: "EdDSA" };
  const { d: _private, ...publicJwk } = jwk;
  server = createServer((_req, res) => res.end(JSON.stringify({ keys: [publicJwk] })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  seals = new LicenceSeals(`http://127.0.0.1:${port}/jwks.json`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const seal = (payload: unknown, key: CryptoKey = issuer) =>
  new CompactSign(new TextEncoder().encode(canonicalJson(payload)))
    .setProtectedHeader({ alg: "EdDSA", kid: "issuer-1" })
    .sign(key);

/** The licence as a department granted its address, but not its ethnic group, receives it. */
const licence = async (overrides: Record<string, unknown> = {}, sealWith = issuer) => ({
  identifier: IDENTIFIER,
  type: "ID_CARD",
  status: "VALID",
  validUntil: content.validUntil,
  data: { address: "河北省沧州市肃宁县" },
  sealDisclosures: ["holder.citizenId", "data.address"].map((field) => ({
    field,
    salt: salts[field]!,
  })),
  seal: await seal(content, sealWith),
  ...overrides,
});

it("accepts a genuine seal over the fields the case was given, without the ones withheld", async () => {
  const genuine = await licence();
  expect(await seals.verify([genuine], HOLDER)).toEqual(new Map([[IDENTIFIER, true]]));
});

it("refuses a licence whose data, validity or holder differ from what was sealed", async () => {
  const changed = await licence({ data: { address: "北京市" } });
  const extended = await licence({ validUntil: null });
  expect((await seals.verify([changed], HOLDER)).get(IDENTIFIER)).toBe(false);
  expect((await seals.verify([extended], HOLDER)).get(IDENTIFIER)).toBe(false);
  const genuine = await licence();
  expect((await seals.verify([genuine], "110101199003077777")).get(IDENTIFIER)).toBe(false);
});

it("refuses a field given without its salt, or with another field's", async () => {
  const unsalted = await licence({ sealDisclosures: [] });
  expect((await seals.verify([unsalted], HOLDER)).get(IDENTIFIER)).toBe(false);
  const swapped = await licence({
    sealDisclosures: [
      { field: "holder.citizenId", salt: salts["holder.citizenId"]! },
      { field: "data.address", salt: salts["data.ethnicity"]! },
    ],
  });
  expect((await seals.verify([swapped], HOLDER)).get(IDENTIFIER)).toBe(false);
});

it("refuses a seal by a key the issuers never published, and a mangled one", async () => {
  const forged = await licence({}, stranger);
  expect((await seals.verify([forged], HOLDER)).get(IDENTIFIER)).toBe(false);
  const mangled = await licence();
  mangled.seal = `${mangled.seal.slice(0, -4)}AAAA`;
  expect((await seals.verify([mangled], HOLDER)).get(IDENTIFIER)).toBe(false);
});

it("verifies nothing while it does not know where the issuers' keys are", async () => {
  const genuine = await licence();
  expect((await new LicenceSeals(null).verify([genuine], HOLDER)).get(IDENTIFIER)).toBe(false);
});
