import { randomBytes } from "node:crypto";
import { createAccessLogOrm } from "../access-log/access-log.orm.js";
import { migrate, type Orm } from "./orm.js";

/** Replicas of one service start together and migrate one fresh database at the same moment. */
const serverUrl = process.env.DATABASE_URL!;
const database = `gx_migrate_${randomBytes(5).toString("hex")}`;
const url = `${serverUrl.replace(/\/[^/]*$/, "")}/${database}`;
let server: Orm;
let replicas: Orm[] = [];

beforeAll(async () => {
  server = await createAccessLogOrm(serverUrl);
  await server.orm.em.getConnection().execute(`create database ${database}`);
  replicas = await Promise.all([1, 2, 3, 4].map(() => createAccessLogOrm(url)));
});
afterAll(async () => {
  for (const orm of replicas) await orm.close();
  await server.orm.em.getConnection().execute(`drop database if exists ${database} with (force)`);
  await server.close();
});

test("concurrent migrators apply each migration exactly once and none fails", async () => {
  const results = await Promise.allSettled(replicas.map((orm) => migrate(orm)));
  expect(results.map((r) => r.status)).toEqual([
    "fulfilled",
    "fulfilled",
    "fulfilled",
    "fulfilled",
  ]);
  const applied = results.flatMap((r) => (r.status === "fulfilled" ? r.value : []));
  const rows = await replicas[0]!.orm.em
    .getConnection()
    .execute<{ name: string }[]>("select name from mikro_orm_migrations");
  expect(rows.length).toBeGreaterThan(0);
  // Every migration ran once, by whichever replica got the lock first; the rest found none pending.
  expect([...applied].sort()).toEqual(rows.map((r) => r.name).sort());
  expect(await migrate(replicas[1]!)).toEqual([]);
});
