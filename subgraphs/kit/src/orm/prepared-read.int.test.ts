import { createAccessLogOrm } from "../access-log/access-log.orm.js";
import type { Orm } from "./orm.js";
import { preparedRead, PreparedReads } from "./prepared-read.js";

let orm: Orm;
beforeAll(async () => {
  orm = await createAccessLogOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm.close());

const PREPARED = preparedRead<{ name: string }, [string]>(
  "test_prepared_names",
  "select name from pg_prepared_statements where name = $1",
);
const DOUBLED = preparedRead<{ n: number; at: Date }, [number]>(
  "test_prepared_doubled",
  `select $1::int * 2 as n, to_json(timestamptz '2026-12-02 08:00+08') #>> '{}' as at`,
  (raw) => ({ n: raw.n as number, at: new Date(raw.at as string) }),
);

test("a prepared read is a named statement on the server, counted like any other", async () => {
  const reads = new PreparedReads(orm);
  const before = orm.statements.count;
  // The statement is prepared on the connection before it runs, so it finds itself.
  expect(await reads.all(PREPARED, ["test_prepared_names"])).toEqual([
    { name: "test_prepared_names" },
  ]);
  expect(orm.statements.count - before).toBe(1);
});

test("rows go through the statement's map (timestamps arrive as text)", async () => {
  const [row] = await new PreparedReads(orm).all(DOUBLED, [21]);
  expect(row).toEqual({ n: 42, at: new Date("2026-12-02T00:00:00Z") });
});

test("a statement name declared twice is refused at load", () => {
  expect(() => preparedRead("test_prepared_names", "select 1")).toThrow("declared twice");
});
