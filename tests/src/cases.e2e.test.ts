import {
  AddressBook,
  CLAIM_QUEUED,
  DeliveryLogTransport,
  NotificationWorker,
  type NotificationTransport,
} from "@gongxiang/cases";
import { randomUUID } from "node:crypto";
import {
  CASES_ISSUER,
  HUB_AUDIENCE,
  LICENCES_ISSUER,
  createLogger,
  HubClient,
  withPgClient,
  type ActingAs,
  type CaseVouch,
} from "@gongxiang/kit";
import { DEV_ISSUER } from "@gongxiang/gateway";
import { ensureKeyPair, ensureServiceIssuer } from "@gongxiang/scripts";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey } from "jose";
import { demoItemInput } from "./support/demo-catalog.js";
import { CASE, caseFlow, fieldOf, type CaseView } from "./support/case-flow.js";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
const WANG = "450803193001150511";
const HUANG = "450803198802290242";
const WU = "360923195007070350";
const PAN = "450521194108230627";
const LIU = "130926193912010486";
let t: TestHub;
let flow: ReturnType<typeof caseFlow>;
beforeAll(async () => {
  t = await startTestHub();
  flow = caseFlow(t);
});
afterAll(() => t?.stop());

const agentAt = (site: string, dept?: string) => flow.agentAt(site, dept);
const official = (role: string, site: string, dept?: string) => flow.official(role, site, dept);
const startCase = (token: string, itemCode: string, citizenId: string, key: string) =>
  flow.startCase(token, itemCode, citizenId, key);
/**
 * A case as a crash would leave it, a minute into its intake: the intake row written, nothing
 * settled. Settling writes the outcome, the first step of the history and the notice in one
 * statement, so a crash leaves neither of the last two; `keepHistory` leaves them, as a row
 * repaired by hand might.
 */
const crashedInIntake = async (id: string, alsoSet?: string, keepHistory = false) => {
  const connection = t.hub.subgraphs.cases.orm.orm.em.getConnection();
  if (!keepHistory) {
    await connection.execute(`delete from notification_outbox where case_id = ?`, [id]);
    await connection.execute(`delete from case_event where case_id = ?`, [id]);
  }
  await connection.execute(
    `update case_file set status = 'INTAKE', ${alsoSet ? `${alsoSet}, ` : ""}
       created_at = now() - interval '1 minute' where id = ?`,
    [id],
  );
};
const act = (token: string, mutation: string, id: string, version: number, args = "") =>
  flow.act(token, mutation, id, version, args);
const upload = (token: string, c: CaseView, material: string, content?: string) =>
  flow.upload(token, c, material, content);
const fill = (token: string, c: CaseView, key: string, value: string) =>
  flow.fill(token, c, key, value);

describe("cases with auto-fill (issue 6)", () => {
  let elderly: CaseView;

  it("opens elderly-allowance for 董志明 filled from the bases, with licences instead of copies (acceptance 1)", async () => {
    // The agent acts for civil-affairs, the item's department: the case reads under its grants.
    const agent = await agentAt("130926101216");
    const response = await startCase(agent, "elderly-allowance", DONG, "dong-1");
    expect(response.errors).toBeUndefined();
    elderly = response.data!.startCase;
    expect(elderly.status).toBe("DRAFT");
    expect(elderly.number).toMatch(/^130926101216-\d{8}-\d{4}$/);
    const filled = elderly.formFields.filter((f) => !f.manual);
    expect(filled.map((f) => f.key)).toEqual([
      "name",
      "citizenId",
      "gender",
      "birthDate",
      "age",
      "address",
      "phone",
      "householdNumber",
    ]);
    expect(Object.fromEntries(filled.map((f) => [f.key, f.value]))).toMatchObject({
      name: "董志明",
      birthDate: "1936-04-12",
      phone: "138****1234",
      householdNumber: "130926101216-0012",
    });
    expect(Number(fieldOf(elderly, "age").value)).toBeGreaterThanOrEqual(90);
    expect(fieldOf(elderly, "name").source).toMatchObject({ base: "population", verified: true });
    expect(fieldOf(elderly, "age").source!.base).toBe("derived");
    expect(fieldOf(elderly, "bankAccount")).toMatchObject({
      manual: true,
      value: null,
      source: null,
    });
    const [idCard, register, bankCard] = elderly.materials;
    expect(idCard).toMatchObject({
      satisfiedBy: "ID_CARD",
      status: "BY_LICENCE",
      sealVerified: true,
    });
    expect(register).toMatchObject({
      satisfiedBy: "HOUSEHOLD_REGISTER",
      status: "BY_LICENCE",
      sealVerified: true,
    });
    expect(bankCard).toMatchObject({ satisfiedBy: "UPLOAD", status: "OUTSTANDING" });
    const verify = await t.query<{ verifyLicence: { status: string } }>(
      `{ verifyLicence(identifier: "${idCard!.licenceIdentifier}") { status } }`,
      // A VERIFY answer is a use of the holder's data too: for the case's purpose.
      { token: agent, headers: { "x-purpose": `case:${elderly.id}` } },
    );
    expect(verify.data!.verifyLicence.status).toBe("VALID");

    // The access log names the handling department, the agent and the case.
    const auditor = await t.token({ sub: "auditor-1", dept: "data-bureau", roles: ["auditor"] });
    const log = await t.query<{
      accessLog: {
        edges: {
          node: {
            callerSub: string;
            callerDept: string;
            base: string;
            items: { item: string; outcome: string }[];
          };
        }[];
      };
    }>(
      `{ accessLog(subjectCitizenId: "${DONG}") { edges { node { callerSub callerDept purpose base items { item outcome } } } } }`,
      { token: auditor },
    );
    const forCase = log
      .data!.accessLog.edges.map((e) => e.node as typeof e.node & { purpose: string })
      .filter((e) => e.purpose === `case:${elderly.id}`);
    expect(forCase.length).toBeGreaterThanOrEqual(2);
    expect(
      forCase.every(
        (e) => e.callerDept === "civil-affairs" && e.callerSub === "agent@130926101216",
      ),
    ).toBe(true);
    // The prefill read both licences, less what they copy of items civil-affairs is not granted
    // (recorded as withheld); the agent's check of the ID card is a VERIFY entry of its own.
    const licenceItems = forCase
      .filter((e) => e.base === "licences")
      .flatMap((e) => e.items.map((i) => `${i.item}:${i.outcome}`));
    expect([...new Set(licenceItems)].sort()).toEqual([
      "Licence:HOUSEHOLD_REGISTER:FULL",
      "Licence:ID_CARD:FULL",
      "Licence:ID_CARD:VERIFY",
      "Person.ethnicity:UNAUTHORIZED_FIELD_OR_TYPE",
      "Person.relationToHead:UNAUTHORIZED_FIELD_OR_TYPE",
    ]);
  });

  it("lets a case purpose cover only its applicant (and household where the item allows), for its department", async () => {
    const clerk = await official("clerk", "130926101");
    const read = (citizenId: string, token: string) =>
      t.query<{ personByCitizenId: { name: string | null; phone: string | null } }>(
        `{ personByCitizenId(citizenId: "${citizenId}") { name phone } }`,
        { token, headers: { "x-purpose": `case:${elderly.id}` } },
      );
    expect((await read(DONG, clerk)).data!.personByCitizenId).toEqual({
      name: "董志明",
      phone: "138****1234",
    });
    // 刘秀兰 is in 董志明's household: household-scoped items only (name yes, phone not).
    const spouse = await read(LIU, clerk);
    expect(spouse.data!.personByCitizenId.name).toBe("刘秀兰");
    expect(spouse.errors!.map((e) => e.path!.join("."))).toEqual(["personByCitizenId.phone"]);
    const pan = await read(PAN, clerk);
    expect(pan.data!.personByCitizenId).toEqual({ name: null, phone: null });
    expect(pan.errors![0]!.message).toContain("covers only its applicant");
    // Another department cannot borrow the case.
    const hrss = await official("clerk", "130926101", "hrss");
    const borrowed = await read(DONG, hrss);
    expect(borrowed.data!.personByCitizenId.name).toBeNull();
    expect(codes(borrowed)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE", "UNAUTHORIZED_FIELD_OR_TYPE"]);
  });

  describe("the cases base's word for its own case purpose", () => {
    // A case id no cases base holds: only a vouch can make it count.
    const NO_SUCH_CASE = "1d2c3b4a-0000-4000-8000-0000000000b2";
    const purpose = `case:${NO_SUCH_CASE}`;
    const query = `query($id: String!) { personByCitizenId(citizenId: $id) { name } }`;
    const vouch = (overrides: Partial<CaseVouch> = {}): CaseVouch => ({
      caseId: NO_SUCH_CASE,
      department: "civil-affairs",
      applicant: DONG,
      itemCode: "elderly-allowance",
      number: "130926101216-20261203-9999",
      until: Date.now() + 20_000,
      ...overrides,
    });
    const actingAs = (casePurpose: CaseVouch): ActingAs => ({
      sub: "agent@130926101216",
      dept: "civil-affairs",
      roles: ["agent"],
      site: "130926101216",
      purpose,
      casePurpose,
    });
    const asCases = async () =>
      new HubClient(
        CASES_ISSUER,
        (await ensureServiceIssuer(t.dataDir, "cases")).privateJwk,
        t.hub.gateway.url,
      );
    /** A token of `issuer` with the vouch, signed by the key the gateway trusts it through. */
    const signed = async (keyName: string, issuer: string, claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "EdDSA" })
        .setIssuer(issuer)
        .setAudience(HUB_AUDIENCE)
        .setSubject("agent@130926101216")
        .setIssuedAt()
        .setExpirationTime("60s")
        .sign(
          (await importJWK(
            (await ensureKeyPair(t.dataDir, keyName)).privateJwk,
            "EdDSA",
          )) as CryptoKey,
        );
    const claims = (casePurpose: CaseVouch, dept = "civil-affairs") => ({
      dept,
      roles: ["agent"],
      site: "130926101216",
      purpose,
      case_purpose: casePurpose,
    });

    it("is taken in place of asking back while in time, and the read is logged under its number", async () => {
      const cases = await asCases();
      const answer = await cases.request<{ personByCitizenId: { name: string | null } }>(
        query,
        { id: DONG },
        actingAs(vouch()),
      );
      expect(answer.errors).toEqual([]);
      expect(answer.data!.personByCitizenId.name).toBe("董志明");
      const log = await t.query<{
        accessLog: { edges: { node: { purpose: string | null; caseNumber: string | null } }[] };
      }>(
        `{ accessLog(subjectCitizenId: "${DONG}", first: 100) { edges { node { purpose caseNumber } } } }`,
        { token: await t.token({ sub: "audit@db", dept: "data-bureau", roles: ["auditor"] }) },
      );
      expect(
        log.data!.accessLog.edges.filter((e) => e.node.purpose === purpose).map((e) => e.node),
      ).toEqual([{ purpose, caseNumber: "130926101216-20261203-9999" }]);
      // Out of time, the bases ask the cases base, which holds no such case: nothing is read.
      const late = await cases.request<{ personByCitizenId: { name: string | null } }>(
        query,
        { id: DONG },
        actingAs(vouch({ until: Date.now() - 1 })),
      );
      expect(late.data!.personByCitizenId.name).toBeNull();
      expect(late.errors.map((e) => e.extensions?.code)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);
      cases.close();
    });

    it("is refused from anyone but the cases base, and for another case or department", async () => {
      const refusals = [
        // The dev issuer (an official's token) cannot vouch.
        await signed("dev-issuer", DEV_ISSUER, claims(vouch())),
        // Nor the e-licence base, whose token the gateway trusts for its own reads.
        await signed("licences-service", LICENCES_ISSUER, claims(vouch())),
        // The cases base, for a case its token is not bound to, or as another department.
        await signed("cases-service", CASES_ISSUER, claims(vouch({ caseId: randomUUID() }))),
        await signed("cases-service", CASES_ISSUER, claims(vouch(), "hrss")),
        // Nor for longer than a vouch lasts.
        await signed(
          "cases-service",
          CASES_ISSUER,
          claims(vouch({ until: Date.now() + 3_600_000 })),
        ),
      ];
      for (const token of refusals) {
        const response = await t.query<{ personByCitizenId: unknown }>(query, {
          token,
          variables: { id: DONG },
        });
        expect(response.data ?? null).toBeNull();
        expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
        expect(response.errors![0]!.message).toBe("the access token's claims are invalid");
      }
      // The same claims, signed by the cases base for its own case: taken.
      const genuine = await t.query<{ personByCitizenId: { name: string } }>(query, {
        token: await signed("cases-service", CASES_ISSUER, claims(vouch())),
        variables: { id: DONG },
      });
      expect(genuine.data!.personByCitizenId.name).toBe("董志明");
    });
  });

  it("returns the same case for the same idempotency key, even concurrently (acceptance 4)", async () => {
    const agent = await agentAt("130926101216");
    const again = await startCase(agent, "elderly-allowance", DONG, "dong-1");
    expect(again.data!.startCase.id).toBe(elderly.id);
    const [a, b] = await Promise.all([
      startCase(agent, "senior-card", DONG, "dong-concurrent"),
      startCase(agent, "senior-card", DONG, "dong-concurrent"),
    ]);
    expect(a.errors).toBeUndefined();
    expect(a.data!.startCase.id).toBe(b.data!.startCase.id);
    const staff = await official("clerk", "130926");
    const list = await t.query<{ cases: { edges: { node: { id: string; itemCode: string } }[] } }>(
      `{ cases(first: 50) { edges { node { id itemCode } } } }`,
      { token: staff },
    );
    expect(list.data!.cases.edges.filter((e) => e.node.itemCode === "senior-card")).toHaveLength(1);
  });

  it("refuses 王德福 (deceased) and 黄丽萍 (38) with a refused case naming the rule (acceptance 2)", async () => {
    const wang = await startCase(
      await agentAt("450803106216"),
      "elderly-allowance",
      WANG,
      "wang-1",
    );
    expect(wang.errors).toBeUndefined();
    expect(wang.data!.startCase).toMatchObject({
      status: "REFUSED",
      refusalRule: "population:Person.status = ALIVE",
    });
    expect(wang.data!.startCase.refusalReason).toContain(
      "applicant alive (population:Person.status = ALIVE)",
    );
    const huang = await startCase(
      await agentAt("450803001002"),
      "elderly-allowance",
      HUANG,
      "huang-1",
    );
    const refused = huang.data!.startCase;
    expect(refused).toMatchObject({ status: "REFUSED", refusalRule: "derived:age >= 80" });
    // The rule that refused, never her age; and nothing of hers is kept.
    expect(refused.refusalReason).toContain(
      "aged 80 or over on the application date (derived:age >= 80)",
    );
    expect(JSON.stringify(refused)).not.toMatch(/\b38\b|黄丽萍|1988/);
    expect(refused.formFields.every((f) => f.value === null)).toBe(true);
    expect(refused.eligibility).toEqual([]);
    // As stored: NULL (not a JSON null), the first step of the history and the notice with it.
    const [stored] = await t.hub.subgraphs.cases.orm.orm.em
      .getConnection()
      .execute<
        { contact: unknown; name: unknown; steps: string; notices: string; number: string }[]
      >(
        `select c.contact is null as contact, c.applicant_name is null as name, c.number,
         (select string_agg(seq || ':' || action || ':' || to_status, ',') from case_event
           where case_id = c.id) as steps,
         (select string_agg(kind, ',') from notification_outbox where case_id = c.id) as notices
       from case_file c where c.id = ?`,
        [refused.id],
      );
    expect(stored).toEqual({
      contact: true,
      name: true,
      number: refused.number,
      steps: "1:STARTED:REFUSED",
      notices: "STATUS_REFUSED",
    });
    // The same key again: the same refused case, not an error.
    const again = await startCase(
      await agentAt("450803001002"),
      "elderly-allowance",
      HUANG,
      "huang-1",
    );
    expect(again.data!.startCase).toMatchObject({ id: refused.id, status: "REFUSED" });
  });

  it("asks for an upload of 吴国庆's disability certificate, saying why (acceptance 2)", async () => {
    // disability-subsidy checks status = ALIVE, and the demo's grant of Person.status to
    // civil-affairs does not name it: it stayed a draft, its publication naming the grant needed.
    const officer = await t.token({
      sub: "officer-ca",
      dept: "civil-affairs",
      roles: ["data-officer"],
    });
    const publish = () =>
      t.query<{
        publishServiceItem: {
          status: string;
          publicationWarnings: { path: string; message: string }[];
        };
      }>(
        `mutation { publishServiceItem(code: "disability-subsidy") { status publicationWarnings { path message } } }`,
        { token: officer },
      );
    const refusedPublication = await publish();
    expect(codes(refusedPublication)).toEqual(["BAD_USER_INPUT"]);
    expect(refusedPublication.errors![0]!.message).toContain(
      "a FULL grant of Person.status from public-security to civil-affairs for disability-subsidy",
    );
    const requested = await t.query<{ requestSharingGrant: { id: string } }>(
      `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.name", "Person.status"], level: FULL, purposes: ["disability-subsidy"], legalBasis: "残疾人两项补贴" }) { id } }`,
      { token: officer },
    );
    const provider = await t.token({
      sub: "officer-ps",
      dept: "public-security",
      roles: ["data-officer"],
    });
    const approved = await t.query(
      `mutation { approveSharingGrant(id: "${requested.data!.requestSharingGrant.id}") { status } }`,
      { token: provider },
    );
    expect(approved.errors).toBeUndefined();
    const published = await publish();
    expect(published.errors).toBeUndefined();
    // What civil-affairs still may not read is listed: the certificate's fields are typed in.
    expect(published.data!.publishServiceItem.publicationWarnings.map((w) => w.path)).toEqual([
      "formFields.citizenId.source",
      "formFields.disabilityCategory.source",
      "formFields.disabilityGrade.source",
      "materials.0.satisfiedBy",
    ]);
    await Promise.all(
      [t.hub.subgraphs.population, t.hub.subgraphs.licences].map((base) => base.sharing.refresh()),
    );
    const response = await startCase(
      await agentAt("360923107208"),
      "disability-subsidy",
      WU,
      "wu-1",
    );
    expect(response.errors).toBeUndefined();
    const c = response.data!.startCase;
    for (const key of ["disabilityCategory", "disabilityGrade"]) {
      expect(fieldOf(c, key).manual).toBe(true);
      expect(fieldOf(c, key).reason).toMatch(/UNAUTHORIZED_FIELD_OR_TYPE.*Licence:DISABILITY_CERT/);
    }
    expect(c.materials[0]).toMatchObject({ satisfiedBy: "DISABILITY_CERT", status: "OUTSTANDING" });
    expect(c.materials[0]!.reason).toMatch(/Licence:DISABILITY_CERT.*upload a scan/);
  });

  it("refuses an item the site may not accept and an agent of no site", async () => {
    const clerk = await official("clerk", "130926101");
    expect(codes(await startCase(clerk, "elderly-allowance", DONG, "x-1"))).toEqual(["FORBIDDEN"]);
    const faraway = await startCase(
      await agentAt("450521100215"),
      "elderly-allowance",
      LIU,
      "far-1",
    );
    expect(faraway.data!.startCase.status).toBe("REFUSED");
    expect(faraway.data!.startCase.refusalReason).toContain("outside the handling scope");
  });

  it("runs accept, review, approve, complete, deliver with the right roles only, sealed (acceptance 3)", async () => {
    const agent = await agentAt("130926101216");
    let c = elderly;
    const early = await act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT");
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]); // bank account and bank card still missing
    const filled = await fill(agent, c, "bankAccount", "6222020200112345678");
    c = filled.data!.setCaseFields;
    const badValue = await fill(agent, c, "bankAccount", "12ab");
    expect(codes(badValue)).toEqual(["BAD_USER_INPUT"]);
    const notPng = await upload(agent, c, "银行卡", Buffer.from("not an image").toString("base64"));
    expect(codes(notPng)).toEqual(["BAD_USER_INPUT"]);
    const uploaded = await upload(agent, c, "银行卡");
    c = uploaded.data!.uploadMaterial;
    expect(c.materials[2]).toMatchObject({ status: "UPLOADED" });

    const accepted = await act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT");
    expect(accepted.errors).toBeUndefined();
    c = accepted.data!.decideCase!;
    expect(c.status).toBe("ACCEPTED");

    const townClerk = await official("clerk", "130926101");
    const countyApprover = await official("approver", "130926");
    expect(codes(await act(agent, "decideCase", c.id, c.version, ", decision: REVIEW"))).toEqual([
      "FORBIDDEN",
    ]);
    // The next step is the town's review: the county approver is not the one to act on it.
    expect(
      codes(await act(countyApprover, "decideCase", c.id, c.version, ", decision: APPROVE")),
    ).toEqual(["FORBIDDEN"]);
    expect(
      codes(await act(townClerk, "decideCase", c.id, c.version - 1, ", decision: REVIEW")),
    ).toEqual(["CONFLICT"]);
    // One who may not act on the case is refused before the version is compared: a conflict
    // would name the case's number and version to anyone who has its id.
    const elsewhere = await official("clerk", "450803");
    const refusals: [string, string][] = [
      ["decideCase", ", decision: REVIEW"],
      ["resubmitCase", ""],
      ["deliverCase", ""],
      ["completeCase", ""],
      ["requestSupplement", `, items: ["银行卡"], note: "补"`],
      ["attestEligibility", `, rule: 0, holds: true, note: "核实"`],
      ["setCaseContact", `, phone: "13912345678"`],
      ["setCaseFields", `, values: [{ key: "bankAccount", value: "1" }]`],
      ["rateCase", ", score: 3"],
      ["answerFollowUp", `, answer: "已改进"`],
    ];
    // An agent of the department at another village is refused for the site, whatever the role.
    const neighbourAgent = await agentAt("130926101217");
    for (const [mutation, args] of refusals) {
      for (const outsider of [elsewhere, neighbourAgent]) {
        const refused = await act(outsider, mutation, c.id, c.version - 1, args);
        expect([mutation, codes(refused)]).toEqual([mutation, ["FORBIDDEN"]]);
        expect(JSON.stringify(refused.errors)).not.toContain(c.number);
      }
    }
    c = (
      await act(townClerk, "decideCase", c.id, c.version, `, decision: REVIEW, opinion: "材料齐全"`)
    ).data!.decideCase!;
    expect(c.status).toBe("REVIEWED");
    expect(
      codes(await act(townClerk, "decideCase", c.id, c.version, ", decision: APPROVE")),
    ).toEqual(["FORBIDDEN"]);

    // Two approvals at once on the same version: exactly one wins (acceptance 4).
    const otherApprover = await t.token({
      sub: "approver-2@130926",
      dept: "civil-affairs",
      roles: ["approver"],
      site: "130926",
    });
    const race = await Promise.all([
      act(countyApprover, "decideCase", c.id, c.version, `, decision: APPROVE, opinion: "同意"`),
      act(otherApprover, "decideCase", c.id, c.version, `, decision: APPROVE, opinion: "同意"`),
    ]);
    expect(race.map((r) => codes(r)[0] ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    c = race.find((r) => !r.errors)!.data!.decideCase!;
    expect(c.status).toBe("APPROVED");
    c = (await act(countyApprover, "completeCase", c.id, c.version)).data!.completeCase!;
    expect(c.status).toBe("COMPLETED");
    c = (await act(agent, "deliverCase", c.id, c.version)).data!.deliverCase!;
    expect(c.status).toBe("DELIVERED");
    expect(c.history.map((h) => h.action)).toEqual([
      "STARTED",
      "FILL",
      "UPLOAD",
      "ACCEPT",
      "REVIEW",
      "APPROVE",
      "COMPLETE",
      "DELIVER",
    ]);
    // A finished case has no next step: its state is told only to those who may read it.
    const outsider = await official("approver", "130926", "hrss");
    const late = await act(outsider, "decideCase", c.id, c.version, ", decision: APPROVE");
    expect(codes(late)).toEqual(["FORBIDDEN"]);
    expect(JSON.stringify(late.errors)).not.toContain(c.number);
    expect(JSON.stringify(late.errors)).not.toContain("DELIVERED");
    const reader = await act(countyApprover, "decideCase", c.id, c.version, ", decision: APPROVE");
    expect(codes(reader)).toEqual(["CONFLICT"]);

    const verify = () =>
      t.query<{ verifyCase: { ok: boolean; checked: number; firstFailedEventId: string | null } }>(
        `{ verifyCase(id: "${c.id}") { ok checked firstFailedEventId reason } }`,
        { token: countyApprover },
      );
    expect((await verify()).data!.verifyCase).toMatchObject({ ok: true, checked: 8 });
    const review = c.history.find((h) => h.action === "REVIEW")!;
    await t.hub.subgraphs.cases.orm.orm.em
      .getConnection()
      .execute(`update case_event set opinion = '材料不全' where id = ${review.id}`);
    expect((await verify()).data!.verifyCase).toMatchObject({
      ok: false,
      firstFailedEventId: review.id,
    });

    // Rating (好差评): a poor one opens a follow-up the department answers.
    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const rated = await t.query<{
      rateCase: { version: number; rating: { score: number; followUpDue: string | null } };
    }>(
      `mutation { rateCase(id: "${c.id}", expectedVersion: ${c.version}, score: 2, comment: "等太久") { version rating { score followUpDue } } }`,
      { token: dong },
    );
    expect(rated.data!.rateCase.rating.followUpDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const answered = await t.query<{ answerFollowUp: { rating: { followUpAnswer: string } } }>(
      `mutation { answerFollowUp(id: "${c.id}", expectedVersion: ${rated.data!.rateCase.version}, answer: "已改进审核流程") { rating { followUpAnswer } } }`,
      { token: countyApprover },
    );
    expect(answered.data!.answerFollowUp.rating.followUpAnswer).toBe("已改进审核流程");
  });

  it("issues 潘桂英's senior card on completion, and it verifies (acceptance 6)", async () => {
    const agent = await agentAt("450521100215");
    let c = (await startCase(agent, "senior-card", PAN, "pan-1")).data!.startCase;
    expect(c.materials[0]).toMatchObject({ status: "BY_LICENCE", sealVerified: true });
    c = (await upload(agent, c, "近期照片")).data!.uploadMaterial;
    c = (await act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!.decideCase!;
    const approver = await official("approver", "450521");
    c = (await act(approver, "decideCase", c.id, c.version, ", decision: APPROVE")).data!
      .decideCase!;
    const completed = await act(approver, "completeCase", c.id, c.version);
    expect(completed.errors).toBeUndefined();
    const identifier = completed.data!.completeCase!.resultLicenceIdentifier!;
    expect(identifier).toMatch(/^1\.2\.156\.3005\.2\.212\./);
    const verify = await t.query<{ verifyLicence: { status: string } }>(
      `{ verifyLicence(identifier: "${identifier}") { status } }`,
      { token: approver },
    );
    expect(verify.data!.verifyLicence.status).toBe("VALID");
  });

  it("counts deadlines in working days, turns YELLOW then RED, and notifies exactly once across a worker crash (acceptance 5)", async () => {
    const cases = t.hub.subgraphs.cases;
    await cases.worker.stop();
    const clock = cases.deps.clock;
    const agent = await agentAt("130926101216");
    clock.moveTo("2026-11-20"); // a Friday
    try {
      // 董志明 states a number at the counter: civil-affairs reads his registered one masked only.
      let c = (
        await flow.startCase(agent, "minimum-living-allowance", DONG, "dong-mla", "13912345678")
      ).data!.startCase;
      c = (await fill(agent, c, "monthlyIncome", "800.00")).data!.setCaseFields;
      c = (await upload(agent, c, "收入声明")).data!.uploadMaterial;
      c = (await act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!.decideCase!;
      // minimum-living-allowance promises 20 working days; the Friday rule is shown with 5 below.
      expect(c.deadline).toBe("2026-12-18");
      expect(cases.deps.calendar.addWorkingDays("2026-11-20", 5)).toBe("2026-11-27");
      expect(c.supervision).toBe("GREEN");

      const worker = (transport: NotificationTransport) =>
        new NotificationWorker({
          orm: cases.orm,
          transport,
          addresses: new AddressBook(cases.deps.gateway),
          clock,
          calendar: cases.deps.calendar,
          log: createLogger("test", "silent"),
          intervalMs: 60_000,
          claimMs: 300,
        });
      const log = () => new DeliveryLogTransport(cases.orm, createLogger("test", "silent"));
      const colourOf = async () =>
        (
          await t.query<{ case: { supervision: string } }>(
            `{ case(id: "${c.id}") { supervision } }`,
            { token: agent },
          )
        ).data!.case.supervision;
      clock.moveTo("2026-12-17");
      await worker(log()).sweepSupervision();
      expect(await colourOf()).toBe("YELLOW");
      clock.moveTo("2026-12-21");
      await worker(log()).sweepSupervision();
      expect(await colourOf()).toBe("RED");

      // A worker that dies after handing a notice to the transport, before recording it.
      const real = log();
      const dying = worker({
        send: async (n) => {
          await real.send(n);
          await new Promise(() => {});
        },
      });
      void dying.deliver();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await new Promise((resolve) => setTimeout(resolve, 400)); // its claims lapse
      const restarted = worker(real);
      while ((await restarted.deliver()) > 0);
      const rows: {
        kind: string;
        deliveries: string;
        state: string;
        channel: string;
        delivered_to: string;
      }[] = await cases.orm.orm.em.getConnection().execute(
        `select o.kind, count(d.notification_id)::text as deliveries, o.state, o.channel, o.delivered_to
         from notification_outbox o left join notification_delivery d on d.notification_id = o.id
         where o.case_id = ? group by o.id order by o.seq`,
        [c.id],
      );
      expect(rows.map((r) => r.kind)).toEqual([
        "STATUS_DRAFT",
        "STATUS_ACCEPTED",
        "SUPERVISION_YELLOW",
        "SUPERVISION_RED",
      ]);
      expect(
        rows.every(
          (r) =>
            r.deliveries === "1" &&
            r.state === "DELIVERED" &&
            r.channel === "stated by applicant" &&
            r.delivered_to === "139****5678",
        ),
      ).toBe(true);

      const supervisor = await official("clerk", "130926");
      const red = await t.query<{ cases: { edges: { node: { number: string } }[] } }>(
        `{ cases(supervision: RED, department: "civil-affairs", region: "130926") { edges { node { number } } } }`,
        { token: supervisor },
      );
      expect(red.data!.cases.edges.map((e) => e.node.number)).toEqual([c.number]);
    } finally {
      clock.reset();
      cases.worker.start();
    }
  });

  it("reads a pass's notice addresses once per department and item, and retries the notices when the gateway cannot be reached or the read fails", async () => {
    const cases = t.hub.subgraphs.cases;
    await cases.worker.stop();
    try {
      const started = [
        await startCase(await agentAt("450803106216"), "elderly-allowance", WANG, "notice-wang"),
        await startCase(await agentAt("450803001002"), "elderly-allowance", HUANG, "notice-huang"),
      ].map((answer) => answer.data!.startCase.id);
      const worker = (gateway: Pick<HubClient, "request">) =>
        new NotificationWorker({
          orm: cases.orm,
          transport: new DeliveryLogTransport(cases.orm, createLogger("test", "silent")),
          addresses: new AddressBook(gateway),
          clock: cases.deps.clock,
          calendar: cases.deps.calendar,
          log: createLogger("test", "silent"),
          intervalMs: 60_000,
        });
      const connection = cases.orm.orm.em.getConnection();
      const notices = () =>
        connection.execute<{ state: string; attempts: number; last_error: string | null }[]>(
          `select state, attempts, last_error from notification_outbox
           where case_id in (?, ?) order by seq`,
          started,
        );

      // Nothing listens here: the pass goes on, each notice kept for a retry, saying why.
      const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
      const unreachable = new HubClient(
        "cases",
        await exportJWK(privateKey),
        "http://127.0.0.1:9/",
      );
      expect(await worker(unreachable).deliver()).toBe(0);
      const retried = await notices();
      expect(retried).toHaveLength(2);
      for (const notice of retried) {
        expect(notice).toMatchObject({ state: "QUEUED", attempts: 1 });
        expect(notice.last_error).toMatch(/contact could not be read|did not answer/);
      }

      const due = () =>
        connection.execute(
          `update notification_outbox set next_attempt_at = now() where case_id in (?, ?)`,
          started,
        );
      // An insider's edit makes one applicant's number malformed: the group's read fails as a
      // whole, and neither notice is settled on it (no one is "found" deceased or unreachable).
      await due();
      await connection.execute(
        `update case_file set applicant_citizen_id = '450803198802290243' where id = ?`,
        [started[1]],
      );
      expect(await worker(cases.deps.gateway).deliver()).toBe(0);
      expect((await notices()).map(({ state, attempts }) => [state, attempts])).toEqual([
        ["QUEUED", 2],
        ["QUEUED", 2],
      ]);
      await connection.execute(`update case_file set applicant_citizen_id = ? where id = ?`, [
        HUANG,
        started[1],
      ]);

      // Due again: both applicants' addresses in one read (civil-affairs, elderly-allowance).
      await due();
      const before = cases.deps.gateway.stats.requests;
      await worker(cases.deps.gateway).deliver();
      expect(cases.deps.gateway.stats.requests - before).toBe(1);
      expect((await notices()).map((notice) => notice.state)).toEqual([
        "SUPPRESSED", // 王德福 is deceased
        "UNDELIVERABLE", // 黄丽萍's registered phone is masked to civil-affairs; none stated
      ]);
    } finally {
      cases.worker.start();
    }
  });

  it("claims queued notices through an index of the queued ones, never a scan of every notice sent", async () => {
    const plan = await withPgClient(t.hub.subgraphs.cases.orm, async (client) => {
      await client.query("begin");
      try {
        // With scans priced out, the planner takes the cheapest index the claim can use. The
        // claim's one parameter (its length in ms) is written in: explain takes no parameters.
        await client.query("set local enable_seqscan = off");
        const { rows } = await client.query(`explain ${CLAIM_QUEUED.replace("?", "'60000'")}`);
        return rows.map((row) => String(row["QUERY PLAN"])).join("\n");
      } finally {
        await client.query("rollback");
      }
    });
    expect(plan).toContain("notification_outbox_queued");
    // Settled notices leave dead entries there: vacuumed by count, not by a share of history.
    const [outbox] = await t.hub.subgraphs.cases.orm.orm.em
      .getConnection()
      .execute<{ reloptions: string[] }[]>(
        `select reloptions from pg_class where relname = 'notification_outbox'`,
      );
    expect(outbox!.reloptions).toEqual(
      expect.arrayContaining([
        "autovacuum_vacuum_scale_factor=0",
        "autovacuum_vacuum_threshold=1000",
      ]),
    );
  });

  it("finishes an intake a crash left open, on the item version it started on", async () => {
    const agent = await agentAt("130926101216", "civil-affairs");
    const first = (await startCase(agent, "elderly-allowance", DONG, "crash-1")).data!.startCase;
    // As if the cases base had died between opening the case and filling it, a minute ago...
    await crashedInIntake(first.id, `form_fields = '[]', materials = '[]'`);
    // ...and the item had been republished since.
    const officer = await t.token({
      sub: "officer-ca",
      dept: "civil-affairs",
      roles: ["data-officer"],
    });
    const input = await demoItemInput("elderly-allowance");
    input.promisedWorkingDays = 7;
    for (const mutation of [
      `mutation($input: ServiceItemInput!) { editServiceItem(code: "elderly-allowance", input: $input) { version } }`,
      `mutation { publishServiceItem(code: "elderly-allowance") { version } }`,
    ]) {
      const response = await t.query(mutation, { token: officer, variables: { input } });
      expect(response.errors).toBeUndefined();
    }
    const again = await t.query<{ startCase: CaseView & { itemVersion: number } }>(
      `mutation($input: StartCaseInput!) { startCase(input: $input) { itemVersion ${CASE} } }`,
      {
        token: agent,
        variables: {
          input: {
            itemCode: "elderly-allowance",
            applicantCitizenId: DONG,
            idempotencyKey: "crash-1",
          },
        },
      },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.startCase).toMatchObject({ id: first.id, status: "DRAFT", itemVersion: 1 });
    expect(fieldOf(again.data!.startCase, "name")).toMatchObject({
      value: "董志明",
      manual: false,
    });
  });

  it("settles an intake once when two calls with its key finish it at the same time, and refuses other changes meanwhile", async () => {
    const agent = await agentAt("130926101216", "civil-affairs");
    const connection = t.hub.subgraphs.cases.orm.orm.em.getConnection();
    const [{ id }] = await connection.execute<{ id: string }[]>(
      `select id from case_file where idempotency_key = 'crash-1'`,
    );
    // A row set back by hand keeps its history: the intake taken over chains onto it.
    await crashedInIntake(id, undefined, true);
    const steps = async () =>
      Number(
        (
          await connection.execute<{ n: string }[]>(
            `select count(*) as n from case_event where case_id = ?`,
            [id],
          )
        )[0]!.n,
      );
    const before = await steps();
    // Nothing but the intake writes a case it is still filling.
    const [{ version }] = await connection.execute<{ version: number }[]>(
      `select version from case_file where id = ?`,
      [id],
    );
    const contact = await t.query(
      `mutation($id: ID!, $v: Int!) { setCaseContact(id: $id, expectedVersion: $v, phone: "13912345678") { version } }`,
      { token: agent, variables: { id, v: version } },
    );
    expect(contact.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(contact.errors?.[0]?.message).toMatch(/still being filled/);
    expect(await steps()).toBe(before);
    const both = await Promise.all(
      [1, 2].map(() => startCase(agent, "elderly-allowance", DONG, "crash-1")),
    );
    for (const answer of both) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.startCase).toMatchObject({ id, status: "DRAFT" });
    }
    // One of them wrote the outcome and its sealed step; the other found it settled.
    expect(await steps()).toBe(before + 1);
    const [{ seqs }] = await connection.execute<{ seqs: number[] }[]>(
      `select array_agg(seq order by seq) as seqs from case_event where case_id = ?`,
      [id],
    );
    expect(seqs).toEqual(Array.from({ length: before + 1 }, (_, i) => i + 1));
  });

  it("reads a case's history only when the query selects it", async () => {
    const agent = await agentAt("130926101216", "civil-affairs");
    const { cases } = t.hub.subgraphs;
    const [{ id }] = await cases.orm.orm.em
      .getConnection()
      .execute<{ id: string }[]>(`select id from case_file where idempotency_key = 'crash-1'`);
    // The worker's sweeps use the same counter: paused while counting.
    await cases.worker.stop();
    try {
      const statements = async (selection: string) => {
        const before = cases.orm.statements.count;
        const answer = await t.query(`query($id: ID!) { case(id: $id) { ${selection} } }`, {
          token: agent,
          variables: { id },
        });
        expect(answer.errors).toBeUndefined();
        return cases.orm.statements.count - before;
      };
      const plain = await statements("id status");
      expect(await statements("id status history { action }")).toBe(plain + 1);
      expect(await statements("id status")).toBe(plain);
    } finally {
      cases.worker.start();
    }
  });

  it("computes statistics from the stored cases (acceptance 7)", async () => {
    const auditor = await t.token({ sub: "auditor-2", dept: "data-bureau", roles: ["auditor"] });
    const all = await t.query<{
      cases: {
        edges: {
          node: {
            status: string;
            formFields: { manual: boolean }[];
            materials: { status: string }[];
          };
        }[];
      };
    }>(
      `{ cases(department: "civil-affairs", first: 100) { edges { node { status formFields { manual } materials { status } } } } }`,
      { token: auditor },
    );
    const stored = all.data!.cases.edges.map((e) => e.node);
    const fields = stored.flatMap((c) => c.formFields);
    const materials = stored.flatMap((c) => c.materials);
    const stats = await t.query<{ caseStatistics: Record<string, number | null> }>(
      `{ caseStatistics(department: "civil-affairs") { cases completed onTimeRate averageHandlingWorkingDays autoFillShare materialsByLicence materialsByUpload tripsPerCase satisfaction red } }`,
      { token: auditor },
    );
    expect(stats.errors).toBeUndefined();
    const s = stats.data!.caseStatistics;
    expect(s.cases).toBe(stored.length);
    expect(s.autoFillShare).toBeCloseTo(fields.filter((f) => !f.manual).length / fields.length, 3);
    expect(s.materialsByLicence).toBe(materials.filter((m) => m.status === "BY_LICENCE").length);
    expect(s.materialsByUpload).toBe(materials.filter((m) => m.status === "UPLOADED").length);
    expect(s.materialsByLicence).toBeGreaterThan(0);
    expect(s.completed).toBeGreaterThanOrEqual(1);
    expect(s.satisfaction).toBe(2);
    expect(s.onTimeRate).toBe(1);
    expect(s.averageHandlingWorkingDays).toBeGreaterThanOrEqual(0);
    expect(s.tripsPerCase).toBeGreaterThan(0);
    const narrowed = await t.query<{ caseStatistics: Record<string, number | null> }>(
      `{ elsewhere: caseStatistics(department: "civil-affairs", region: "1101") { cases tripsPerCase }
         later: caseStatistics(department: "civil-affairs", from: "2099-01-01") { cases onTimeRate } }`,
      { token: auditor },
    );
    expect(narrowed.data).toEqual({
      elsewhere: { cases: 0, tripsPerCase: null },
      later: { cases: 0, onTimeRate: null },
    });
  });
});
