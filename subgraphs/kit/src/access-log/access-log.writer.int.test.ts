import { randomBytes } from "node:crypto";
import type { Orm } from "../orm/orm.js";
import { migrate } from "../orm/orm.js";
import { GENESIS_HASH } from "./access-log.chain.js";
import { createAccessLogOrm } from "./access-log.orm.js";
import { AccessLogWriter, type AccessLogRecord } from "./access-log.writer.js";

/** Two writers (as two bases, or two replicas) appending to one log on the real PostgreSQL. */
const serverUrl = process.env.DATABASE_URL!;
const database = `gx_log_${randomBytes(5).toString("hex")}`;
const url = `${serverUrl.replace(/\/[^/]*$/, "")}/${database}`;
let server: Orm;
let orms: Orm[] = [];

beforeAll(async () => {
  server = await createAccessLogOrm(serverUrl);
  await server.orm.em.getConnection().execute(`create database ${database}`);
  orms = [await createAccessLogOrm(url), await createAccessLogOrm(url)];
  await migrate(orms[0]!);
});
afterAll(async () => {
  for (const orm of orms) await orm.close();
  await server.orm.em.getConnection().execute(`drop database if exists ${database}`);
  await server.close();
});

const record = (n: number): AccessLogRecord => ({
  requestId: `req-${n}`,
  caller: { sub: "clerk", dept: "civil-affairs", roles: ["clerk"], site: null, purpose: null },
  subject: "130926193604120317",
  base: n % 2 ? "population" : "licences",
  items: { "Person.name": "FULL" },
});

it("keeps one unbroken chain with gapless ids while two writers commit concurrently", async () => {
  const [a, b] = orms.map((orm) => new AccessLogWriter(orm));
  let n = 0;
  for (let round = 0; round < 30; round++) {
    await Promise.all([
      a!.write([record(n++)]),
      b!.write([record(n++), record(n++)]),
      a!.write([record(n++)]),
      b!.write([record(n++)]),
    ]);
  }
  const rows = (await orms[0]!.orm.em
    .getConnection()
    .execute("select id::text as id, prev_hash, hash from access_log order by access_log.id")) as {
    id: string;
    prev_hash: string;
    hash: string;
  }[];
  expect(rows).toHaveLength(n);
  rows.forEach((row, i) => {
    expect(row.id).toBe(String(i + 1));
    expect(row.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]!.hash);
  });
});
