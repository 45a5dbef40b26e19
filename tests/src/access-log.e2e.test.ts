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
  callerSub: string;
  callerDept: string | null;
  purpose: string | null;
  subjectCitizenId: string;
  base: string;
  released: boolean;
  items: { item: string; outcome: string }[];
}
const ENTRY = `id callerSub callerDept purpose subjectCitizenId base released items { item outcome }`;
const outcomes = (entry: Entry) => Object.fromEntries(entry.items.map((i) => [i.item, i.outcome]));

/** Runs SQL on the access log's database as its administrator would. */
async function onLogDatabase(sql: string): Promise<void> {
  await t.hub.subgraphs.catalog.deps.accessLog.orm.em.getConnection().execute(sql);
}

describe("the access log (issue 5, acceptance 3 and 4)", () => {
  it("records every release and refusal before answering, and shows a citizen who used their data", async () => {
    const clerk = await t.token({
      sub: "clerk-7",
      dept: "civil-affairs",
      roles: ["clerk"],
      site: "130926101",
    });
    const withPurpose = await t.query(
      `{ personByCitizenId(citizenId: "${DONG}") { name phone licences(types: ["ID_CARD"]) { type } } }`,
      {
        token: clerk,
        headers: { "x-purpose": "item:elderly-allowance", "x-request-id": "req-ca-1" },
      },
    );
    expect(withPurpose.errors).toBeUndefined();
    const refused = await t.query(`{ personByCitizenId(citizenId: "${DONG}") { birthDate } }`, {
      token: await t.token({ sub: "mi-7", dept: "medical-insurance", roles: ["clerk"] }),
      headers: { "x-request-id": "req-mi-1" },
    });
    expect(codes(refused)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);

    const auditor = await t.token({ sub: "audit-1", dept: "data-bureau", roles: ["auditor"] });
    const log = await t.query<{ accessLog: { totalCount: number; edges: { node: Entry }[] } }>(
      `{ accessLog(subjectCitizenId: "${DONG}", first: 50) { totalCount edges { node { ${ENTRY} requestId } } } }`,
      { token: auditor },
    );
    const entries = log.data!.accessLog.edges.map((e) => e.node as Entry & { requestId: string });
    const population = entries.find((e) => e.requestId === "req-ca-1" && e.base === "population")!;
    expect(population).toMatchObject({
      callerSub: "clerk-7",
      callerDept: "civil-affairs",
      purpose: "item:elderly-allowance",
      released: true,
    });
    expect(outcomes(population)).toEqual({ "Person.name": "FULL", "Person.phone": "MASKED" });
    const licences = entries.find((e) => e.requestId === "req-ca-1" && e.base === "licences")!;
    expect(outcomes(licences)).toEqual({ "Licence:ID_CARD": "FULL" });
    const refusal = entries.find((e) => e.requestId === "req-mi-1")!;
    expect(refusal).toMatchObject({ callerDept: "medical-insurance", released: false });
    expect(outcomes(refusal)).toEqual({ "Person.birthDate": "UNAUTHORIZED_FIELD_OR_TYPE" });

    const byItem = await t.query<{ accessLog: { edges: { node: Entry }[] } }>(
      `{ accessLog(department: "civil-affairs", item: "Person.phone") { edges { node { ${ENTRY} } } } }`,
      { token: auditor },
    );
    expect(byItem.data!.accessLog.edges.map((e) => e.node.subjectCitizenId)).toEqual([DONG]);

    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const mine = await t.query<{ myDataUsage: { edges: { node: Entry }[] } }>(
      `{ myDataUsage { edges { node { ${ENTRY} } } } }`,
      { token: dong },
    );
    const usage = mine.data!.myDataUsage.edges.map((e) => e.node);
    expect(usage.every((entry) => entry.subjectCitizenId === DONG)).toBe(true);
    expect(
      usage.some(
        (entry) =>
          entry.callerDept === "civil-affairs" && entry.purpose === "item:elderly-allowance",
      ),
    ).toBe(true);
    const pan = await t.token({ sub: PAN, roles: ["citizen"] });
    const others = await t.query<{ myDataUsage: { edges: { node: Entry }[] } }>(
      `{ myDataUsage { edges { node { subjectCitizenId } } } }`,
      { token: pan },
    );
    expect(others.data!.myDataUsage.edges).toEqual([]);
    expect(codes(await t.query(`{ accessLog { totalCount } }`, { token: clerk }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(codes(await t.query(`{ accessLog { totalCount } }`, { token: dong }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("verifies the hash chain and names an edited entry", async () => {
    const auditor = await t.token({ sub: "audit-2", dept: "data-bureau", roles: ["auditor"] });
    const verify = () =>
      t.query<{
        verifyAccessLog: { ok: boolean; checked: number; firstBrokenEntryId: string | null };
      }>(`{ verifyAccessLog { ok checked firstBrokenEntryId } }`, { token: auditor });
    const clean = await verify();
    expect(clean.data!.verifyAccessLog.ok).toBe(true);
    expect(clean.data!.verifyAccessLog.checked).toBeGreaterThan(2);

    const log = await t.query<{ accessLog: { edges: { node: { id: string } }[] } }>(
      `{ accessLog(department: "civil-affairs") { edges { node { id } } } }`,
      { token: auditor },
    );
    const target = log.data!.accessLog.edges.at(-1)!.node.id;
    await expect(
      onLogDatabase(`update access_log set purpose = 'item:senior-card' where id = ${target}`),
    ).rejects.toThrow(/append-only/);
    // Past the append-only trigger, as someone with the database's keys could.
    await onLogDatabase(`set session_replication_role = replica;
      update access_log set purpose = 'item:senior-card' where id = ${target};
      set session_replication_role = origin;`);
    expect((await verify()).data!.verifyAccessLog).toMatchObject({
      ok: false,
      firstBrokenEntryId: target,
    });
  });

  it("releases no personal data while the access log cannot be written", async () => {
    const clerk = await t.token({ sub: "clerk-8", dept: "civil-affairs", roles: ["clerk"] });
    const query = `{ personByCitizenId(citizenId: "${DONG}") { citizenId name } }`;
    const headers = { "x-purpose": "item:elderly-allowance" };
    const database = (await t.hub.subgraphs.catalog.deps.accessLog.orm.em
      .getConnection()
      .execute("select current_database() as name")) as { name: string }[];
    const name = database[0]!.name;
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
