import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { verifyConsistency } from "@gongxiang/kit";
import { caseFlow } from "./support/case-flow.js";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
const PAN = "450521194108230627";
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

interface Entry {
  id: string;
  partition: string;
  callerSub: string;
  callerDept: string | null;
  departmentName: string | null;
  siteName: string | null;
  readerText: string;
  purpose: string | null;
  purposeText: string;
  serviceItemCode: string | null;
  serviceItemName: string | null;
  caseNumber: string | null;
  subjectCitizenId: string;
  base: string;
  released: boolean;
  summary: string;
  requestId: string;
  items: { item: string; label: string; outcome: string; outcomeText: string }[];
}
const ENTRY = `id partition callerSub callerDept departmentName siteName readerText purpose purposeText
  serviceItemCode serviceItemName caseNumber subjectCitizenId base released summary requestId
  items { item label outcome outcomeText }`;
const outcomes = (entry: Entry) => Object.fromEntries(entry.items.map((i) => [i.item, i.outcome]));
type Page = { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean } };

const checkpointNow = () => t.hub.subgraphs.catalog.deps.logAuthority.checkpointer.checkpointNow();
const catalogBase = () => new URL("/", t.hub.subgraphs.catalog.url).toString();
const auditorOf = (dept: string, sub = `audit@${dept}`, site?: string) =>
  t.token({ sub, dept, roles: ["auditor"], site });

async function readAs(token: string, query: string, headers: Record<string, string> = {}) {
  const response = await t.query(query, { token, headers });
  expect(response.errors).toBeUndefined();
}

describe("the access log", () => {
  beforeAll(async () => {
    const clerk = await t.token({
      sub: "clerk-7",
      dept: "civil-affairs",
      roles: ["clerk"],
      site: "130926101216",
    });
    await readAs(
      clerk,
      `{ personByCitizenId(citizenId: "${DONG}") { name phone licences(types: ["ID_CARD"]) { type } } }`,
      { "x-purpose": "item:elderly-allowance", "x-request-id": "req-ca-1" },
    );
    const refused = await t.query(`{ personByCitizenId(citizenId: "${DONG}") { birthDate } }`, {
      token: await t.token({ sub: "mi-7", dept: "medical-insurance", roles: ["clerk"] }),
      headers: { "x-request-id": "req-mi-1" },
    });
    expect(codes(refused)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);
  });

  it("records every release and refusal before answering, readable in Chinese", async () => {
    const auditor = await auditorOf("data-bureau");
    const log = await t.query<{ accessLog: Page }>(
      `{ accessLog(subjectCitizenId: "${DONG}", first: 50) { edges { node { ${ENTRY} } } } }`,
      { token: auditor },
    );
    const entries = log.data!.accessLog.edges.map((e) => e.node);
    const population = entries.find((e) => e.requestId === "req-ca-1" && e.base === "population")!;
    expect(population).toMatchObject({
      callerSub: "clerk-7",
      callerDept: "civil-affairs",
      departmentName: "民政局",
      siteName: "后丰乐堡村便民服务站",
      purpose: "item:elderly-allowance",
      serviceItemCode: "elderly-allowance",
      serviceItemName: "高龄津贴申请",
      purposeText: "办理「高龄津贴申请」",
      released: true,
    });
    expect(population.id).toMatch(/^population\/\d{4}-\d\d\/\d+$/);
    expect(population.readerText).toBe("民政局 后丰乐堡村便民服务站 经办人员");
    expect(outcomes(population)).toEqual({ "Person.name": "FULL", "Person.phone": "MASKED" });
    expect(population.items.map((i) => [i.label, i.outcomeText])).toEqual([
      ["姓名", "已提供"],
      ["手机号码", "已提供（部分遮蔽）"],
    ]);
    expect(population.summary).toContain(
      "民政局 后丰乐堡村便民服务站 经办人员为办理「高龄津贴申请」",
    );
    const licences = entries.find((e) => e.requestId === "req-ca-1" && e.base === "licences")!;
    expect(licences.items).toEqual([
      { item: "Licence:ID_CARD", label: "居民身份证", outcome: "FULL", outcomeText: "已提供" },
    ]);
    const refusal = entries.find((e) => e.requestId === "req-mi-1")!;
    expect(refusal).toMatchObject({ departmentName: "医疗保障局", released: false });
    expect(refusal.items[0]).toMatchObject({
      item: "Person.birthDate",
      label: "出生日期",
      outcome: "UNAUTHORIZED_FIELD_OR_TYPE",
      outcomeText: "未获授权，已拒绝",
    });
    expect(refusal.purposeText).toBe("未说明用途");
  });

  it("names the case number and the service item for a case purpose", async () => {
    const flow = caseFlow(t);
    const started = await flow.startCase(
      await flow.agentAt("130926101216"),
      "elderly-allowance",
      DONG,
      "log-case-1",
    );
    const { id, number } = started.data!.startCase;
    const log = await t.query<{ accessLog: Page }>(
      `{ accessLog(subjectCitizenId: "${DONG}", serviceItem: "elderly-allowance", first: 100) { edges { node { ${ENTRY} } } } }`,
      { token: await auditorOf("data-bureau") },
    );
    const forCase = log
      .data!.accessLog.edges.map((e) => e.node)
      .filter((e) => e.purpose === `case:${id}`);
    expect(forCase.length).toBeGreaterThan(0);
    for (const entry of forCase) {
      expect(entry).toMatchObject({ caseNumber: number, serviceItemName: "高龄津贴申请" });
      expect(entry.purposeText).toBe(`办理「高龄津贴申请」（办件编号 ${number}）`);
      expect(entry.readerText).toBe("民政局 后丰乐堡村便民服务站 代办员");
    }
  });

  it("lets auditors filter by department, subject, item, site and period, page by page", async () => {
    const auditor = await auditorOf("data-bureau");
    const list = () =>
      t.query<{ accessLog: Page }>(`{ accessLog(first: 100) { edges { node { id at } } } }`, {
        token: auditor,
      });
    // The case started above sends its notices in the background, and they read the phone
    // (logged): wait until the log stands still before comparing lists.
    let all = await list();
    for (let settled = 0; settled < 3;) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await list();
      settled =
        again.data!.accessLog.edges.length === all.data!.accessLog.edges.length ? settled + 1 : 0;
      all = again;
    }
    const ids = all.data!.accessLog.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThan(5);
    // Keyset pages of one reproduce the whole list, newest first, without repeats.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { accessLog: Page } | null } = await t.query<{ accessLog: Page }>(
        `query($after: String) { accessLog(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage } } }`,
        { token: auditor, variables: { after } },
      );
      const edges = page.data!.accessLog.edges;
      paged.push(...edges.map((e) => e.node.id));
      if (!page.data!.accessLog.pageInfo.hasNextPage) break;
      after = edges.at(-1)!.cursor;
    }
    expect(paged).toEqual(ids);
    const times = all.data!.accessLog.edges.map((e) => (e.node as unknown as { at: string }).at);
    expect([...times].sort().reverse()).toEqual(times);

    const filtered = async (args: string) =>
      (
        await t.query<{ accessLog: Page }>(
          `{ accessLog(${args}, first: 100) { edges { node { ${ENTRY} } } } }`,
          {
            token: auditor,
          },
        )
      ).data!.accessLog.edges.map((e) => e.node);
    const phones = await filtered(`department: "civil-affairs", item: "Person.phone"`);
    expect(phones.map((e) => e.requestId)).toContain("req-ca-1");
    expect(phones.every((e) => e.subjectCitizenId === DONG && "Person.phone" in outcomes(e))).toBe(
      true,
    );
    const bySite = await filtered(`site: "130926101216"`);
    expect(bySite.length).toBeGreaterThan(0);
    expect(bySite.every((e) => e.siteName === "后丰乐堡村便民服务站")).toBe(true);
    const byDept = await filtered(`department: "medical-insurance"`);
    expect(byDept.map((e) => e.requestId)).toEqual(["req-mi-1"]);
    const future = await filtered(`from: "${new Date(Date.now() + 60_000).toISOString()}"`);
    expect(future).toEqual([]);
    const past = await filtered(
      `to: "${new Date(Date.now() + 60_000).toISOString()}", from: "2020-01-01T00:00:00Z"`,
    );
    expect(past.length).toBe(ids.length);

    // A department's auditor reads only their department's reads, whatever they ask for.
    const ca = await auditorOf("civil-affairs");
    const own = await t.query<{ accessLog: Page }>(
      `{ accessLog(first: 100) { edges { node { callerDept } } } }`,
      { token: ca },
    );
    expect(new Set(own.data!.accessLog.edges.map((e) => e.node.callerDept))).toEqual(
      new Set(["civil-affairs"]),
    );
    const other = await t.query<{ accessLog: Page }>(
      `{ accessLog(department: "medical-insurance") { edges { node { id } } } }`,
      { token: ca },
    );
    expect(other.data!.accessLog.edges).toEqual([]);
  });

  it("refuses bad filters and cursors as bad input, and callers who are not auditors", async () => {
    const auditor = await auditorOf("data-bureau");
    for (const args of [
      `site: "13"`,
      `subjectCitizenId: "123"`,
      `from: "yesterday"`,
      `department: "Robert'); drop table access_log;--"`,
      `after: "bm90LWEtY3Vyc29y"`,
      `after: "${Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000000Z", "population", -1])).toString("base64url")}"`,
      `first: 1000`,
    ]) {
      const response = await t.query(`{ accessLog(${args}) { edges { cursor } } }`, {
        token: auditor,
      });
      expect({ args, codes: codes(response) }).toEqual({ args, codes: ["BAD_USER_INPUT"] });
    }
    const clerk = await t.token({ sub: "clerk-8", dept: "civil-affairs", roles: ["clerk"] });
    const citizen = await t.token({ sub: DONG, roles: ["citizen"] });
    for (const token of [clerk, citizen]) {
      expect(codes(await t.query(`{ accessLog { edges { cursor } } }`, { token }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(codes(await t.query(`{ verifyAccessLog { ok } }`, { token }))).toEqual(["FORBIDDEN"]);
      expect(
        codes(await t.query(`mutation { startAccessLogVerification { id } }`, { token })),
      ).toEqual(["FORBIDDEN"]);
      for (const query of [
        `{ accessLogVerificationJob(id: "00000000-0000-4000-8000-000000000000") { id } }`,
        `{ accessLogVerificationJobs { edges { cursor } } }`,
      ]) {
        expect(codes(await t.query(query, { token }))).toEqual(["FORBIDDEN"]);
      }
    }
    expect(codes(await t.query(`{ myDataUsage { edges { cursor } } }`, { token: clerk }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("shows a citizen who used their data, with proofs, and nobody else's", async () => {
    await checkpointNow();
    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const mine = await t.query<{ myDataUsage: Page }>(
      `{ myDataUsage(first: 100) { edges { node { ${ENTRY} proof { leaf leafIndex treeSize auditPath checkpoint { partition treeSize rootHash jws } } } } } }`,
      { token: dong },
    );
    const usage = mine.data!.myDataUsage.edges.map(
      (e) => e.node as Entry & { proof: { leaf: string; auditPath: string[] } | null },
    );
    expect(usage.every((entry) => entry.subjectCitizenId === DONG)).toBe(true);
    expect(
      usage.some((e) => e.departmentName === "民政局" && e.purposeText === "办理「高龄津贴申请」"),
    ).toBe(true);
    expect(usage.every((entry) => entry.proof !== null)).toBe(true);
    // The proof carries the entry's own leaf and only hashes of the others.
    for (const entry of usage) {
      const leaf = JSON.parse(entry.proof!.leaf) as { subject: string };
      expect(leaf.subject).toBe(DONG);
      for (const hash of entry.proof!.auditPath) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const pan = await t.token({ sub: PAN, roles: ["citizen"] });
    const others = await t.query<{ myDataUsage: Page }>(
      `{ myDataUsage { edges { node { subjectCitizenId } } } }`,
      {
        token: pan,
      },
    );
    expect(others.data!.myDataUsage.edges).toEqual([]);
  });
});

describe("signed checkpoints", () => {
  type Checkpoint = {
    id: string;
    log: string;
    treeSize: number;
    rootHash: string;
    signedAt: string;
    keyId: string;
    jws: string;
  };

  it("are public at /.well-known/access-log/checkpoints, signed by the key in its JWKS", async () => {
    await readAs(
      await t.token({ sub: "clerk-9", dept: "public-security", roles: ["clerk"] }),
      `{ personByCitizenId(citizenId: "${PAN}") { name } }`,
    );
    await checkpointNow();
    const response = await fetch(new URL("/.well-known/access-log/checkpoints", catalogBase()));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      latest: Checkpoint[];
      checkpoints: Checkpoint[];
      jwks: string;
    };
    const jwks = (await (await fetch(new URL(body.jwks, catalogBase()))).json()) as JSONWebKeySet;
    expect(jwks.keys.length).toBe(1);
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const keys = createLocalJWKSet(jwks);
    expect(body.latest.map((c) => c.log.split("/")[0]).sort()).toEqual(
      expect.arrayContaining(["licences", "population"]),
    );
    for (const checkpoint of body.latest) {
      const { payload, protectedHeader } = await compactVerify(checkpoint.jws, keys);
      expect(protectedHeader).toMatchObject({ alg: "EdDSA", typ: "access-log-checkpoint+jws" });
      expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({
        log: checkpoint.log,
        treeSize: checkpoint.treeSize,
        rootHash: checkpoint.rootHash,
        signedAt: checkpoint.signedAt,
      });
    }
    // History, newest first, page by page.
    const first = (await (
      await fetch(new URL("/.well-known/access-log/checkpoints?limit=1", catalogBase()))
    ).json()) as { checkpoints: Checkpoint[]; next: string | null };
    expect(first.checkpoints).toHaveLength(1);
    expect(first.next).toBe(first.checkpoints[0]!.id);
    const second = (await (
      await fetch(
        new URL(`/.well-known/access-log/checkpoints?limit=1&before=${first.next}`, catalogBase()),
      )
    ).json()) as { checkpoints: Checkpoint[] };
    expect(Number(second.checkpoints[0]!.id)).toBeLessThan(Number(first.next));
    for (const bad of [
      "limit=0",
      "limit=abc",
      "before=-1",
      "partition=nope",
      "partition=population/2026-13",
    ]) {
      const refused = await fetch(
        new URL(`/.well-known/access-log/checkpoints?${bad}`, catalogBase()),
      );
      expect({ bad, status: refused.status }).toEqual({ bad, status: 400 });
    }
  });

  it("are readable through GraphQL, with consistency proofs between any two", async () => {
    const citizen = await t.token({ sub: PAN, roles: ["citizen"] });
    const population = `population/${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)}`;
    // Two checkpoints of the population partition at least.
    for (const sub of ["clerk-10", "clerk-11"]) {
      await readAs(
        await t.token({ sub, dept: "public-security", roles: ["clerk"] }),
        `{ personByCitizenId(citizenId: "${DONG}") { name } }`,
      );
      await checkpointNow();
    }
    const list = await t.query<{
      accessLogCheckpoints: {
        edges: { node: { id: string; treeSize: number; rootHash: string; partition: string } }[];
      };
    }>(
      `{ accessLogCheckpoints(partition: "${population}", first: 100) { edges { node { id treeSize rootHash partition } } } }`,
      { token: citizen },
    );
    const checkpoints = list.data!.accessLogCheckpoints.edges.map((e) => e.node);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
    const [newest, oldest] = [checkpoints[0]!, checkpoints.at(-1)!];
    const proof = await t.query<{
      accessLogConsistencyProof: {
        proof: string[];
        from: { treeSize: number };
        to: { treeSize: number };
      };
    }>(
      `{ accessLogConsistencyProof(fromCheckpoint: "${oldest.id}", toCheckpoint: "${newest.id}") { proof from { treeSize } to { treeSize } } }`,
      { token: citizen },
    );
    expect(proof.errors).toBeUndefined();
    const hashes = proof.data!.accessLogConsistencyProof.proof.map((h) => Buffer.from(h, "hex"));
    const root = (c: { rootHash: string }) => Buffer.from(c.rootHash, "hex");
    expect(
      verifyConsistency(oldest.treeSize, newest.treeSize, root(oldest), root(newest), hashes),
    ).toBe(true);
    expect(
      verifyConsistency(oldest.treeSize, newest.treeSize, root(newest), root(newest), hashes),
    ).toBe(oldest.treeSize === newest.treeSize);

    const latest = await t.query<{
      accessLogCheckpoints: { edges: { node: { partition: string } }[] };
    }>(`{ accessLogCheckpoints(latestOnly: true) { edges { node { partition } } } }`, {
      token: citizen,
    });
    expect(latest.errors).toBeUndefined();
    const partitions = latest.data!.accessLogCheckpoints.edges.map((e) => e.node.partition);
    expect(new Set(partitions).size).toBe(partitions.length);

    const other = checkpoints.length
      ? (
          await t.query<{
            accessLogCheckpoints: { edges: { node: { id: string; partition: string } }[] };
          }>(`{ accessLogCheckpoints(latestOnly: true) { edges { node { id partition } } } }`, {
            token: citizen,
          })
        ).data!.accessLogCheckpoints.edges.find((e) => e.node.partition !== population)!.node
      : null;
    for (const [args, code] of [
      [`fromCheckpoint: "${newest.id}", toCheckpoint: "${oldest.id}"`, "BAD_USER_INPUT"],
      [`fromCheckpoint: "${oldest.id}", toCheckpoint: "${other!.id}"`, "BAD_USER_INPUT"],
      [`fromCheckpoint: "x", toCheckpoint: "${newest.id}"`, "BAD_USER_INPUT"],
      [`fromCheckpoint: "999999999", toCheckpoint: "${newest.id}"`, "NOT_FOUND"],
    ] as const) {
      const refused = await t.query(`{ accessLogConsistencyProof(${args}) { proof } }`, {
        token: citizen,
      });
      expect({ args, codes: codes(refused) }).toEqual({ args, codes: [code] });
    }
    expect(
      codes(
        await t.query(`{ accessLogCheckpoints(partition: "x") { edges { cursor } } }`, {
          token: citizen,
        }),
      ),
    ).toEqual(["BAD_USER_INPUT"]);
    // Checkpoints are published: anyone, with no token, can hold the hub to them.
    const anyone = await t.query<{ accessLogCheckpoints: { edges: unknown[] } }>(
      `{ accessLogCheckpoints { edges { cursor } } }`,
    );
    expect(anyone.errors).toBeUndefined();
    expect(anyone.data!.accessLogCheckpoints.edges.length).toBeGreaterThan(0);
  });
});

describe("verification", () => {
  it("verifies incrementally: a second ask finds the first's work done", async () => {
    const auditor = await auditorOf("data-bureau");
    await checkpointNow();
    const verify = () =>
      t.query<{
        verifyAccessLog: {
          ok: boolean;
          checked: number;
          complete: boolean;
          partitions: number;
          pendingEntries: number;
        };
      }>(
        `{ verifyAccessLog { ok checked complete partitions pendingEntries firstBrokenEntryId problem } }`,
        { token: auditor },
      );
    const first = await verify();
    expect(first.data!.verifyAccessLog).toMatchObject({ ok: true, complete: true });
    const again = await verify();
    expect(again.data!.verifyAccessLog).toMatchObject({ ok: true, checked: 0, pendingEntries: 0 });
    // Thirty aliases in one request share one run.
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `v${i}: verifyAccessLog { ok checked }`,
    ).join(" ");
    const many = await t.query<Record<string, { ok: boolean; checked: number }>>(`{ ${aliases} }`, {
      token: auditor,
    });
    expect(Object.values(many.data!).every((v) => v.ok && v.checked === 0)).toBe(true);
  });

  it("runs at most one full verification, whatever one request asks", async () => {
    const auditor = await auditorOf("data-bureau");
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `j${i}: startAccessLogVerification { id status }`,
    ).join(" ");
    const started = await t.query<Record<string, { id: string; status: string }>>(
      `mutation { ${aliases} }`,
      { token: auditor },
    );
    expect(started.errors).toBeUndefined();
    const ids = new Set(Object.values(started.data!).map((job) => job.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    let job:
      | { status: string; ok: boolean | null; progress: number; checked: number; total: number }
      | undefined;
    for (let attempt = 0; attempt < 100; attempt++) {
      job = (
        await t.query<{ accessLogVerificationJob: NonNullable<typeof job> }>(
          `{ accessLogVerificationJob(id: "${id}") { status ok progress checked total firstBrokenEntryId problem } }`,
          { token: auditor },
        )
      ).data!.accessLogVerificationJob;
      if (job.status !== "RUNNING") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(job).toMatchObject({ status: "DONE", ok: true, progress: 1 });
    expect(job!.checked).toBe(job!.total);
    const jobs = await t.query<{
      accessLogVerificationJobs: { edges: { node: { id: string } }[] };
    }>(`{ accessLogVerificationJobs(first: 10) { edges { node { id } } } }`, { token: auditor });
    expect(jobs.data!.accessLogVerificationJobs.edges.map((e) => e.node.id)).toEqual([id]);
    expect(
      codes(await t.query(`{ accessLogVerificationJob(id: "nope") { id } }`, { token: auditor })),
    ).toEqual(["NOT_FOUND"]);
  });
});

describe("when the log cannot be written", () => {
  it("releases no personal data", async () => {
    const clerk = await t.token({ sub: "clerk-8", dept: "civil-affairs", roles: ["clerk"] });
    const query = `{ personByCitizenId(citizenId: "${DONG}") { citizenId name } }`;
    const headers = { "x-purpose": "item:elderly-allowance" };
    const name = t.hub.databases.accessLog;
    const admin = t.hub.subgraphs.population.orm.orm.em.getConnection();
    await admin.execute(`alter database ${name} allow_connections false`);
    await admin.execute(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
    );
    try {
      const response = await t.query<{ personByCitizenId: unknown }>(query, {
        token: clerk,
        headers,
      });
      expect(response.data?.personByCitizenId ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toContain("董志明");
      expect(response.errors?.[0]?.message).toMatch(/access log/);
    } finally {
      await admin.execute(`alter database ${name} allow_connections true`);
    }
    let answered: unknown = null;
    for (let attempt = 0; attempt < 20 && answered !== "董志明"; attempt++) {
      const response = await t.query<{ personByCitizenId: { name: string } | null }>(query, {
        token: clerk,
        headers,
      });
      answered = response.data?.personByCitizenId?.name;
    }
    expect(answered).toBe("董志明");
  });
});
