import { createAccessLogOrm } from "../access-log/access-log.orm.js";
import type { Orm } from "./orm.js";
import { keyedRead, PreparedReads } from "./prepared-read.js";

let orm: Orm;
beforeAll(async () => {
  orm = await createAccessLogOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm.close());

/** Two rows per key, so that an asker's rows are seen to stay together and in order. */
const UPPER = keyedRead<{ key: string; n: number }>(
  "test_coalesced_upper",
  "select k as key, n from unnest($1::varchar[]) k, generate_series(1, 2) n order by k, n",
  (row) => row.key,
);
const BY_UUID = keyedRead<{ id: string }>(
  "test_coalesced_uuid",
  "select u::text as id from unnest($1::uuid[]) u",
  (row) => row.id,
);

/** Fails whatever its keys: not a data exception (42P01, no such table). */
const BROKEN = keyedRead<{ key: string }>(
  "test_coalesced_broken",
  "select k as key from unnest($1::varchar[]) k, no_such_table_for_this_test",
  (row) => row.key,
);

test("keys asked for in one turn are read in one statement; each asker gets its own rows", async () => {
  const reads = new PreparedReads(orm);
  const before = orm.statements.count;
  const [a, b, c] = await Promise.all([
    reads.byKeys(UPPER, ["a", "b"]),
    reads.byKeys(UPPER, ["b", "c"]),
    reads.byKeys(UPPER, ["z"]),
  ]);
  expect(orm.statements.count - before).toBe(1);
  const pairs = (rows: { key: string; n: number }[]) => rows.map((r) => `${r.key}${r.n}`);
  expect(pairs(a!)).toEqual(["a1", "a2", "b1", "b2"]);
  expect(pairs(b!)).toEqual(["b1", "b2", "c1", "c2"]);
  expect(pairs(c!)).toEqual(["z1", "z2"]);
  // Shared between askers, so nobody may change them.
  expect(Object.isFrozen(b![0])).toBe(true);
  expect(() => Object.assign(b![0]!, { key: "x" })).toThrow(TypeError);
});

test("one asker's bad key fails that asker alone", async () => {
  const reads = new PreparedReads(orm);
  const good = "7a1c9c1e-5b8e-4f43-9d39-1b2a3c4d5e6f";
  const before = orm.statements.count;
  const answers = await Promise.allSettled([
    reads.byKeys(BY_UUID, [good]),
    reads.byKeys(BY_UUID, ["not-a-uuid"]),
    reads.byKeys(BY_UUID, []),
  ]);
  expect(answers[0]).toEqual({ status: "fulfilled", value: [{ id: good }] });
  expect(answers[1]).toMatchObject({ status: "rejected" });
  expect(answers[2]).toEqual({ status: "fulfilled", value: [] });
  // The shared statement, then each asker's own.
  expect(orm.statements.count - before).toBe(4);
});

test("any other failure of the shared statement fails every asker at once, without running again", async () => {
  const reads = new PreparedReads(orm);
  const before = orm.statements.count;
  const answers = await Promise.allSettled([
    reads.byKeys(BROKEN, ["a"]),
    reads.byKeys(BROKEN, ["b"]),
  ]);
  expect(answers.map((answer) => answer.status)).toEqual(["rejected", "rejected"]);
  expect(orm.statements.count - before).toBe(1);
});

test("a key asked twice gives its rows once", async () => {
  const rows = await new PreparedReads(orm).byKeys(UPPER, ["d", "d"]);
  expect(rows.map((r) => `${r.key}${r.n}`)).toEqual(["d1", "d2"]);
});

test("an asker alone is read alone, and its rows are frozen too", async () => {
  const reads = new PreparedReads(orm);
  const before = orm.statements.count;
  const rows = await reads.byKeys(UPPER, ["q"]);
  expect(orm.statements.count - before).toBe(1);
  expect(rows.map((r) => r.n)).toEqual([1, 2]);
  expect(Object.isFrozen(rows[0])).toBe(true);
});

test("a big asker is not held back for others, and no shared statement grows past the limit", async () => {
  const reads = new PreparedReads(orm);
  const many = Array.from({ length: 600 }, (_, i) => `k${i}`);
  const more = Array.from({ length: 600 }, (_, i) => `m${i}`);
  const before = orm.statements.count;
  const [first, second] = await Promise.all([reads.byKeys(UPPER, many), reads.byKeys(UPPER, more)]);
  // 1,200 keys would pass the 1,000-key limit: two statements.
  expect(orm.statements.count - before).toBe(2);
  expect(first).toHaveLength(1200);
  expect(second).toHaveLength(1200);
  expect(new Set(second!.map((r) => r.key))).toEqual(new Set(more));
});
