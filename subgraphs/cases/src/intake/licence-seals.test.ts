import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { canonicalJson } from "@gongxiang/kit";
import { CompactSign, exportJWK, generateKeyPair, type CryptoKey } from "jose";
import { LicenceSeals } from "./licence-seals.js";

const HOLDER = "130926193604120317";
const content = {
  identifier: "1.2.156.3005.2.ID_CARD.test.1.1.X",
  type: "ID_CARD",
  holder: { citizenId: HOLDER, name: "董志明", idType: "CITIZEN_ID" },
  validUntil: "2036-01-01",
  data: { address: "河北省沧州市肃宁县", nation: "汉" },
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

const licence = async (overrides: Record<string, unknown> = {}, sealWith = issuer) => ({
  identifier: content.identifier,
  type: content.type,
  status: "VALID",
  validUntil: content.validUntil,
  // Key order differs from the sealed content: the comparison is canonical.
  data: { nation: "汉", address: "河北省沧州市肃宁县" },
  seal: await seal(content, sealWith),
  ...overrides,
});

it("accepts a genuine seal over the content the case uses", async () => {
  const genuine = await licence();
  expect(await seals.verify([genuine], HOLDER)).toEqual(new Map([[content.identifier, true]]));
});

it("refuses a licence whose data, validity or holder differ from what was sealed", async () => {
  const changed = await licence({ data: { ...content.data, address: "北京市" } });
  const extended = await licence({ validUntil: null });
  expect((await seals.verify([changed], HOLDER)).get(content.identifier)).toBe(false);
  expect((await seals.verify([extended], HOLDER)).get(content.identifier)).toBe(false);
  const genuine = await licence();
  expect((await seals.verify([genuine], "110101199003077777")).get(content.identifier)).toBe(false);
});

it("refuses a seal by a key the issuers never published, and a mangled one", async () => {
  const forged = await licence({}, stranger);
  expect((await seals.verify([forged], HOLDER)).get(content.identifier)).toBe(false);
  const mangled = await licence();
  mangled.seal = `${mangled.seal.slice(0, -4)}AAAA`;
  expect((await seals.verify([mangled], HOLDER)).get(content.identifier)).toBe(false);
});

it("verifies nothing while it does not know where the issuers' keys are", async () => {
  const genuine = await licence();
  expect((await new LicenceSeals(null).verify([genuine], HOLDER)).get(content.identifier)).toBe(
    false,
  );
});
