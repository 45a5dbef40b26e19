import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  citizenIdCheckChar,
  createAccessLogOrm,
  migrate,
  type Caller,
  type RunningSubgraph,
} from "@gongxiang/kit";
import { loadPopulationConfig } from "./config.js";
import { createPopulationOrm } from "./orm.js";
import { insertPopulationBatch, type PersonRow } from "./seed/bulk-insert.js";
import { startPopulation } from "./server.js";

/** The population subgraph alone against the real PostgreSQL, called as the gateway would. */
const serverUrl = process.env.DATABASE_URL!;
const database = `gx_pop_${randomBytes(5).toString("hex")}`;
let service: RunningSubgraph;
let signer: CallerContextSigner;
let rules: Server;
const RULES_TOKEN = randomBytes(32).toString("base64url");

/**
 * The sharing rules as the catalog serves them, for this base alone: which department provides
 * the person's items (the owner, who reads them in full). No grants.
 */
function serveRules(): Promise<string> {
  const snapshot = JSON.stringify({
    version: "test-1",
    items: Object.fromEntries(
      ["name", "citizenId", "household"].map((field) => [
        `Person.${field}`,
        {
          shareType: "CONDITIONAL",
          masking: "NONE",
          provider: "public-security",
          householdScope: true,
        },
      ]),
    ),
    grants: [],
  });
  rules = createServer((req, res) => {
    const ok = req.headers.authorization === `Bearer ${RULES_TOKEN}`;
    res.writeHead(ok ? 200 : 401, { "content-type": "application/json", etag: '"test-1"' });
    res.end(ok ? snapshot : "");
  });
  return new Promise((resolve) =>
    rules.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(rules.address() as AddressInfo).port}/sharing/snapshot`),
    ),
  );
}

async function admin(sql: string): Promise<void> {
  // A connection to the server's maintenance database; no migration runs on it.
  const orm = await createPopulationOrm(serverUrl);
  try {
    await orm.orm.em.getConnection().execute(sql);
  } finally {
    await orm.close();
  }
}

/** Row i: born 1950-01-01 plus i / 500 days, sequence 100 + i % 500: unique and valid. */
function personRow(index: number, householdId: string): PersonRow {
  const day = String(1 + Math.floor(index / 500)).padStart(2, "0");
  const first17 = `130926195001${day}${100 + (index % 500)}`;
  const citizenId = first17 + citizenIdCheckChar(first17);
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    citizenId,
    name: `测试${index}`,
    gender: Number(first17[16]) % 2 ? "MALE" : "FEMALE",
    birthDate: `1950-01-${day}`,
    ethnicity: "汉族",
    address: "测试地址",
    divisionCode: "130926101216",
    phone: null,
    maritalStatus: "SINGLE",
    status: "ALIVE",
    householdId,
    relationToHead: index === 0 ? "HEAD" : "CHILD",
  };
}

async function entities(caller: Caller, representations: object[], audience = "population") {
  const response = await fetch(service.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [CALLER_CONTEXT_HEADER]: await signer.sign(caller, audience),
    },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { citizenId name } } }`,
      variables: { r: representations },
    }),
  });
  return (await response.json()) as {
    data?: { _entities: ({ name: string | null } | null)[] };
    errors?: unknown[];
  };
}

const officer: Caller = {
  sub: "t",
  dept: "public-security",
  roles: ["clerk"],
  site: null,
  purpose: null,
};
let rows: PersonRow[];

beforeAll(async () => {
  await admin(`create database ${database}`);
  await admin(`create database ${database}_log`);
  const logUrl = new URL(serverUrl);
  logUrl.pathname = `/${database}_log`;
  const accessLog = await createAccessLogOrm(logUrl.toString());
  await migrate(accessLog);
  await accessLog.close();
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const privateJwk = await exportJWK(privateKey);
  signer = await CallerContextSigner.fromJwk(privateJwk);
  const { d: _d, ...publicJwk } = privateJwk;
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  service = await startPopulation(
    loadPopulationConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      POPULATION_PORT: "0",
      POPULATION_DATABASE_URL: url.toString(),
      CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(publicJwk),
      ACCESS_LOG_DATABASE_URL: logUrl.toString(),
      SHARING_SNAPSHOT_URL: await serveRules(),
      SHARING_SNAPSHOT_TOKEN: RULES_TOKEN,
    }),
    { host: "127.0.0.1" },
  );
  const householdId = "00000000-0000-4000-8000-000000000001";
  rows = Array.from({ length: 1_000 }, (_, i) => personRow(i, householdId));
  await service.orm.orm.em
    .getKnex()
    .insert({
      id: householdId,
      number: "130926101216-9999",
      division_code: "130926101216",
      address: "x",
      head_citizen_id: rows[0]!.citizenId,
    })
    .into("household");
  await insertPopulationBatch(service.orm, [], rows);
});

afterAll(async () => {
  await service?.stop();
  await new Promise((resolve) => rules?.close(resolve));
  await admin(`drop database if exists ${database} with (force)`);
  await admin(`drop database if exists ${database}_log with (force)`);
});

it("applies its migrations to a fresh database", async () => {
  const result = await service.orm.orm.em
    .getConnection()
    .execute("select count(*)::int as n from person");
  expect(result[0].n).toBe(1_000);
});

it("resolves N persons through _entities in a constant number of statements", async () => {
  const counts: number[] = [];
  for (const n of [1, 100, 1_000]) {
    const before = service.orm.statements.count;
    const response = await entities(
      officer,
      rows.slice(0, n).map((row) => ({ __typename: "Person", citizenId: row.citizenId })),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toHaveLength(n);
    expect(response.data!._entities.every((person) => person?.name?.startsWith("测试"))).toBe(true);
    counts.push(service.orm.statements.count - before);
  }
  expect(counts).toEqual([1, 1, 1]);
});

it("answers null for an unknown reference and refuses an unsigned request", async () => {
  const unknown = await entities(officer, [
    { __typename: "Person", citizenId: "11010519491231002X" },
  ]);
  expect(unknown.data!._entities).toEqual([null]);
  const response = await fetch(service.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  expect(response.status).toBe(401);
});

it("refuses a caller context the gateway signed for another subgraph", async () => {
  const captured = await entities(
    officer,
    [{ __typename: "Person", citizenId: rows[0]!.citizenId }],
    "catalog",
  );
  expect(captured.data ?? null).toBeNull();
  expect(JSON.stringify(captured.errors)).toContain("UNAUTHENTICATED");
});

it("answers a caller who may read nothing the same for a registered and an unknown person", async () => {
  const stranger: Caller = { ...officer, dept: "hrss" };
  const [registered, unknown] = await Promise.all([
    entities(stranger, [{ __typename: "Person", citizenId: rows[0]!.citizenId }]),
    entities(stranger, [{ __typename: "Person", citizenId: "11010519491231002X" }]),
  ]);
  const shape = (r: typeof registered) =>
    JSON.stringify(r).replace(rows[0]!.citizenId, "ID").replace("11010519491231002X", "ID");
  expect(registered.data!._entities).toEqual([{ citizenId: rows[0]!.citizenId, name: null }]);
  expect(shape(registered)).toEqual(shape(unknown));
});
