import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CompactSign, exportJWK, generateKeyPair } from "jose";
import { monthOf } from "@gongxiang/kit";
import { logInsider, verifyUsage } from "./support/log-insider.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 12, acceptance 1: an insider with the log database's owner rights deletes, edits,
 * reorders, rewrites and recomputes, truncates and rewinds; each is detected against the last
 * signed checkpoint and named, and a resident's proof the rewrite invalidates is rejected
 * offline. After each, the partition is put back and verifies again (so each finding is that
 * tamper's, not a leftover).
 */
const DONG = "130926193604120317";
const PEOPLE = [
  DONG,
  "130926193912010486",
  "450521194108230627",
  "450803196311050173",
  "450803198802290242",
];
let t: TestHub;
let dir: string;
let insider: ReturnType<typeof logInsider>;
const month = monthOf(new Date());
const id = (seq: number) => `population/${month}/${seq}`;

interface Verification {
  ok: boolean;
  checked: number;
  firstBrokenEntryId: string | null;
  problem: string | null;
}
interface Job extends Verification {
  status: string;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gx-insider-"));
  t = await startTestHub({
    // Checkpoints only when the test says so; every checkpoint also goes to a witness file.
    env: {
      ACCESS_LOG_CHECKPOINT_INTERVAL_MS: "3600000",
      ACCESS_LOG_WITNESS: path.join(dir, "witness.jsonl"),
    },
  });
  insider = logInsider(t);
  // Twenty reads in the population base over three checkpoints.
  const clerk = await t.token({ sub: "clerk-1", dept: "public-security", roles: ["clerk"] });
  for (let round = 0; round < 4; round++) {
    for (const citizenId of PEOPLE) {
      const read = await t.query(`{ personByCitizenId(citizenId: "${citizenId}") { name } }`, {
        token: clerk,
      });
      expect(read.errors).toBeUndefined();
    }
    if (round < 3) await checkpointNow();
  }
  await checkpointNow();
  expect(await verify()).toMatchObject({ ok: true, problem: null });
});
afterAll(async () => {
  await t?.stop();
  await rm(dir, { recursive: true, force: true });
});

const checkpointNow = () => t.hub.subgraphs.catalog.deps.logAuthority.checkpointer.checkpointNow();
const jwksUrl = () =>
  new URL("/.well-known/access-log/jwks.json", t.hub.subgraphs.catalog.url).toString();
const auditor = () => t.token({ sub: "audit-1", dept: "data-bureau", roles: ["auditor"] });

async function verify(): Promise<Verification> {
  const response = await t.query<{ verifyAccessLog: Verification }>(
    `{ verifyAccessLog { ok checked firstBrokenEntryId problem } }`,
    { token: await auditor() },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.verifyAccessLog;
}

async function fullVerification(): Promise<Job> {
  const token = await auditor();
  const started = await t.query<{ startAccessLogVerification: { id: string } }>(
    `mutation { startAccessLogVerification { id } }`,
    { token },
  );
  const jobId = started.data!.startAccessLogVerification.id;
  for (;;) {
    const job = (
      await t.query<{ accessLogVerificationJob: Job }>(
        `{ accessLogVerificationJob(id: "${jobId}") { status ok checked firstBrokenEntryId problem } }`,
        { token },
      )
    ).data!.accessLogVerificationJob;
    if (job.status !== "RUNNING") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Tampers, checks what is found, puts the partition back and checks it verifies again. */
async function tampered(tamper: () => Promise<unknown>, check: () => Promise<void>): Promise<void> {
  const restore = await insider.backup("population");
  try {
    await tamper();
    await check();
  } finally {
    await restore();
  }
  await checkpointNow();
  expect(await verify()).toMatchObject({ ok: true });
  expect(await fullVerification()).toMatchObject({ status: "DONE", ok: true });
}

const purposeOf = (seq: number) =>
  insider
    .sql<{ purpose: string | null }>(
      `select purpose from access_log where base = 'population' and seq = ${seq}`,
    )
    .then((rows) => rows[0]!.purpose);

describe("an insider with the database's rights (issue 12, acceptance 1)", () => {
  it("cannot delete the last entries unnoticed", async () => {
    await tampered(
      () => insider.asOwner(`delete from access_log where base = 'population' and seq >= 17`),
      async () => {
        // Cheaply, from the last signed checkpoint: the last signed entry is gone.
        expect(await verify()).toMatchObject({ ok: false, firstBrokenEntryId: id(17) });
        expect(await fullVerification()).toMatchObject({ ok: false, firstBrokenEntryId: id(17) });
      },
    );
  });

  it("cannot delete an entry in the middle unnoticed", async () => {
    await tampered(
      () => insider.asOwner(`delete from access_log where base = 'population' and seq = 6`),
      async () => {
        expect(await fullVerification()).toMatchObject({
          ok: false,
          firstBrokenEntryId: id(6),
          problem: expect.stringMatching(/missing/),
        });
      },
    );
  });

  it("cannot edit an entry unnoticed", async () => {
    await tampered(
      () =>
        insider.asOwner(
          `update access_log set purpose = 'item:senior-card' where base = 'population' and seq = 7`,
        ),
      async () => {
        expect(await purposeOf(7)).toBe("item:senior-card");
        expect(await fullVerification()).toMatchObject({
          ok: false,
          firstBrokenEntryId: id(7),
          problem: expect.stringMatching(/changed/),
        });
      },
    );
  });

  it("cannot reorder two entries unnoticed", async () => {
    await tampered(
      () =>
        insider.asOwner(`update access_log set seq = -1 where base = 'population' and seq = 8;
          update access_log set seq = 8 where base = 'population' and seq = 9;
          update access_log set seq = 9 where base = 'population' and seq = -1`),
      async () => {
        expect(await fullVerification()).toMatchObject({ ok: false, firstBrokenEntryId: id(8) });
      },
    );
  });

  it("is caught by the next check when tampering with entries not verified yet", async () => {
    const clerk = await t.token({ sub: "clerk-2", dept: "public-security", roles: ["clerk"] });
    for (const citizenId of PEOPLE) {
      await t.query(`{ personByCitizenId(citizenId: "${citizenId}") { name } }`, { token: clerk });
    }
    await checkpointNow();
    await tampered(
      () =>
        insider.asOwner(
          `update access_log set items = '{"Person.name": "VERIFY"}' where base = 'population' and seq = 22`,
        ),
      async () => {
        expect(await verify()).toMatchObject({ ok: false, firstBrokenEntryId: id(22) });
      },
    );
  });

  it("cannot rewrite an entry and recompute every later hash unnoticed; the resident's proof fails offline", async () => {
    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const usage = `{ myDataUsage(first: 100) { edges { node { id at requestId callerSub callerDept purpose
      subjectCitizenId base items { item outcome } summary proof { leaf leafIndex treeSize auditPath
      checkpoint { id partition treeSize rootHash signedAt keyId jws } } } } } }`;
    const before = await t.query(usage, { token: dong });
    expect((await verifyUsage(dir, before, jwksUrl())).code).toBe(0);
    const target = (await insider.entries("population", month)).find(
      (entry) => entry.subject === DONG,
    )!;
    await tampered(
      async () => {
        // Cover up a read: it now looks like one for the senior card, every hash recomputed.
        await insider.asOwner(
          `update access_log set purpose = 'item:senior-card', item_code = 'senior-card'
            where base = 'population' and seq = ${target.seq}`,
        );
        await insider.recomputeTree("population", month);
      },
      async () => {
        // Found cheaply (the stored tree no longer meets the signed root) and named exactly.
        expect(await verify()).toMatchObject({ ok: false, firstBrokenEntryId: id(target.seq) });
        expect(await fullVerification()).toMatchObject({
          ok: false,
          firstBrokenEntryId: id(target.seq),
        });
        // The log refuses to sign a tree that does not extend what it signed before.
        const clerk = await t.token({ sub: "clerk-3", dept: "public-security", roles: ["clerk"] });
        await t.query(`{ personByCitizenId(citizenId: "${PEOPLE[1]}") { name } }`, {
          token: clerk,
        });
        await checkpointNow();
        const latest = await insider.sql<{ size: string }>(
          `select max(tree_size)::text as size from access_log_checkpoint where base = 'population'`,
        );
        expect(Number(latest[0]!.size)).toBe(25);
        // The resident's proof of the rewritten entry no longer leads to the signed root.
        const after = await t.query(usage, { token: dong });
        const checked = await verifyUsage(dir, after, jwksUrl());
        expect(checked.code).toBe(1);
        expect(checked.output).toMatch(/not in the tree the checkpoint signs/);
        // What the resident saved before still proves what really happened.
        expect((await verifyUsage(dir, before, jwksUrl())).code).toBe(0);
      },
    );
    // Put back, the log signs again.
    await checkpointNow();
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("cannot slip in a checkpoint signed with a key of their own", async () => {
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { extractable: true });
    const payload = JSON.stringify({
      typ: "gongxiang-access-log-checkpoint",
      v: 1,
      log: `population/${month}`,
      treeSize: 1000,
      rootHash: "00".repeat(32),
      signedAt: new Date().toISOString(),
    });
    const jws = await new CompactSign(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg: "EdDSA", kid: "insider-1", typ: "access-log-checkpoint+jws" })
      .sign(privateKey);
    await insider.sql(
      `insert into access_log_key (kid, owner, public_jwk, private_jwk_sealed, created_at)
         values ('insider-1', 'insider', ?, 'not-sealed-by-the-master-key', now())`,
      [JSON.stringify(await exportJWK(publicKey))],
    );
    await insider.sql(
      `insert into access_log_checkpoint (base, period, tree_size, root_hash, signed_at, kid, jws)
         values ('population', ?::date, 1000, ?, now(), 'insider-1', ?)`,
      [`${month}-01`, "00".repeat(32), jws],
    );
    try {
      expect(await verify()).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/unknown key insider-1/),
      });
      const jwks = (await (await fetch(jwksUrl())).json()) as { keys: { kid: string }[] };
      expect(jwks.keys.map((key) => key.kid)).not.toContain("insider-1");
    } finally {
      await insider.asOwner(`delete from access_log_checkpoint where kid = 'insider-1';
        delete from access_log_key where kid = 'insider-1'`);
    }
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("cannot rewind history (entries and their checkpoints) past the witness", async () => {
    const signed = await insider.sql<{ size: string }>(
      `select max(tree_size)::text as size from access_log_checkpoint where base = 'population'`,
    );
    const size = Number(signed[0]!.size);
    await insider.asOwner(`delete from access_log where base = 'population' and seq >= 15;
      delete from access_log_node where base = 'population' and (level, idx) not in
        (select 0, generate_series(0, 14));
      delete from access_log_checkpoint where base = 'population' and tree_size > 15;
      delete from access_log_verified where base = 'population';
      update access_log_head set size = 15 where base = 'population'`);
    const found = await verify();
    expect(found.ok).toBe(false);
    expect(found.problem).toMatch(
      new RegExp(`witness holds a checkpoint of population/${month} at size ${size}`),
    );
  });
});
