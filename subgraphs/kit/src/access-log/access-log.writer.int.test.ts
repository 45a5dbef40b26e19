import { randomBytes } from "node:crypto";
import type { Orm } from "../orm/orm.js";
import { migrate } from "../orm/orm.js";
import { withPgClient } from "../orm/pg-client.js";
import { createAccessLogOrm } from "./access-log.orm.js";
import { AccessLogWriter, type AccessLogRecord } from "./access-log.writer.js";
import { monthOf, periodDate } from "./log-partition.js";

/** Writers (as two bases, or two replicas of one) appending to one log on the real PostgreSQL. */
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
  await server.orm.em.getConnection().execute(`drop database if exists ${database} with (force)`);
  await server.close();
});

const record = (n: number, base: string): AccessLogRecord => ({
  requestId: `req-${n}`,
  caller: {
    sub: "clerk",
    dept: "civil-affairs",
    roles: ["clerk"],
    site: null,
    purpose: "item:elderly-allowance",
  },
  subject: "130926193604120317",
  base,
  items: { "Person.name": "FULL" },
  itemCode: "elderly-allowance",
});

const sql = <T>(query: string) => orms[0]!.orm.em.getConnection().execute(query) as Promise<T[]>;

it("gives each base's partition gapless leaf indexes while replicas commit concurrently", async () => {
  const [a, b] = orms.map((orm) => new AccessLogWriter(orm));
  let n = 0;
  for (let round = 0; round < 30; round++) {
    await Promise.all([
      a!.write([record(n++, "population")]),
      b!.write([record(n++, "population"), record(n++, "licences")]),
      a!.write([record(n++, "licences")]),
      b!.write([record(n++, "population")]),
    ]);
  }
  const rows = await sql<{ base: string; seq: number; request_id: string }>(
    "select base, seq::int as seq, request_id from access_log order by base, access_log.seq",
  );
  expect(rows).toHaveLength(n);
  for (const base of ["population", "licences"]) {
    const seqs = rows.filter((row) => row.base === base).map((row) => Number(row.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i));
  }
  const heads = await sql<{ base: string; size: string }>(
    "select base, size::text as size from access_log_head order by base",
  );
  expect(heads.map((h) => [h.base, Number(h.size)])).toEqual([
    ["licences", rows.filter((r) => r.base === "licences").length],
    ["population", rows.filter((r) => r.base === "population").length],
  ]);
});

it("never makes one base wait for another's partition", async () => {
  const writer = new AccessLogWriter(orms[1]!);
  const period = periodDate(monthOf(new Date()));
  await withPgClient(orms[0]!, async (holder) => {
    // Someone holds the population partition's head (a long append, a stuck replica).
    await holder.query("begin");
    await holder.query(
      "select size from access_log_head where base = 'population' and period = $1::date for update",
      [period],
    );
    try {
      const blocked = writer.write([record(1000, "population")]);
      let population = "waiting";
      void blocked.then(() => (population = "written"));
      // Another base's writer (its own writer, as in its own process) goes straight through.
      await new AccessLogWriter(orms[1]!).write([record(1001, "licences")]);
      expect(population).toBe("waiting");
      await holder.query("commit");
      await blocked;
      expect(population).toBe("written");
    } catch (error) {
      await holder.query("rollback");
      throw error;
    }
  });
});

it("creates a month's partitions on demand and refuses to truncate them", async () => {
  await sql("select access_log_ensure_period('2031-01-01'::date)");
  const tables = await sql<{ name: string }>(
    "select to_regclass('access_log_p203101')::text as name union all select to_regclass('access_log_node_p203101')::text",
  );
  expect(tables.map((t) => t.name)).toEqual(["access_log_p203101", "access_log_node_p203101"]);
  await expect(sql("truncate access_log_p203101")).rejects.toThrow(/append-only/);
});

it("commits the writes handed over in one turn together, each entry with its own salt", async () => {
  const batches: number[] = [];
  const writer = new AccessLogWriter(orms[0]!, (batch) => batches.push(batch.entries));
  const ids = [2000, 2001, 2002, 2003].map((n) => `req-${n}`);
  await Promise.all(ids.map((_, i) => writer.write([record(2000 + i, "population")])));
  // Not the first alone and the rest after it: one statement for the four.
  expect(batches).toEqual([4]);
  const salts = await sql<{ salt: string }>(
    `select salt from access_log where request_id in (${ids.map((id) => `'${id}'`).join(",")})`,
  );
  expect(salts).toHaveLength(4);
  expect(new Set(salts.map((s) => s.salt)).size).toBe(4);
  for (const { salt } of salts) expect(salt).toMatch(/^[0-9a-f]{32}$/);
});

it("settles every write, and drains, even when its observer throws", async () => {
  const writer = new AccessLogWriter(orms[0]!, () => {
    throw new Error("metrics broke");
  });
  await expect(writer.write([record(3000, "population")])).resolves.toBeUndefined();
  await expect(writer.write([record(3001, "population")])).resolves.toBeUndefined();
  await expect(writer.drain()).resolves.toBeUndefined();
});
