import { randomBytes } from "node:crypto";
import { migrate, type Orm } from "@gongxiang/kit";
import { createCatalogOrm } from "../orm.js";
import { SharingSnapshots } from "./sharing-snapshot.js";

/** The snapshot's version against the real PostgreSQL, with changes committing out of order. */
const serverUrl = process.env.DATABASE_URL!;
const database = `gx_cat_${randomBytes(5).toString("hex")}`;
let orm: Orm;

async function admin(sql: string): Promise<void> {
  const maintenance = await createCatalogOrm(serverUrl);
  try {
    await maintenance.orm.em.getConnection().execute(sql);
  } finally {
    await maintenance.close();
  }
}

const change = (subject: string) =>
  `insert into catalog_change (at, actor_sub, actor_dept, action, subject, detail)
   values (now(), 'officer', 'civil-affairs', 'WITHDRAWN', '${subject}', '{}')`;

beforeAll(async () => {
  await admin(`create database ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  orm = await createCatalogOrm(url.toString());
  await migrate(orm);
});

afterAll(async () => {
  await orm?.close();
  await admin(`drop database if exists ${database} with (force)`);
});

test("a change that commits after a later one still moves the version", async () => {
  const snapshots = new SharingSnapshots(orm, null);
  const knex = orm.orm.em.getConnection().getKnex();
  const empty = await snapshots.version();

  // A withdrawal takes its id first and commits last.
  const slow = await knex.transaction();
  await slow.raw(change("item:elderly-allowance@1"));
  await knex.raw(change("grant:1"));
  const before = await snapshots.version();
  expect(before).not.toBe(empty);
  await slow.commit();

  const after = await snapshots.version();
  expect(after).not.toBe(before);
  // Unchanged, it stays the same (a base's poll answers 304).
  expect(await snapshots.version()).toBe(after);
});
