import { citizenIdCheckChar } from "@gongxiang/kit";
import { caseFlow, type CaseView } from "./support/case-flow.js";
import { codes, startTestHub, type GraphQLResponse, type TestHub } from "./support/test-hub.js";

/**
 * Issue 11: each finding of the attack on the authorization paths, as a test named after it.
 * Every one of these failed on the code before the authorization core.
 */
const DONG = "130926193604120317";
const LIU = "130926193912010486";
const WANG = "450803193001150511";
const HUANG = "450803198802290242";
const WU = "360923195007070350";
const PAN = "450521194108230627";
/** A well-formed citizen ID number that nobody is registered under. */
const NOBODY = `11010519491231002${citizenIdCheckChar("11010519491231002")}`;

let t: TestHub;
let flow: ReturnType<typeof caseFlow>;
beforeAll(async () => {
  t = await startTestHub();
  flow = caseFlow(t);
});
afterAll(() => t?.stop());

interface Entry {
  requestId: string;
  callerSub: string;
  callerDept: string | null;
  purpose: string | null;
  subjectCitizenId: string;
  base: string;
  items: { item: string; outcome: string }[];
}
const ENTRY = "requestId callerSub callerDept purpose subjectCitizenId base items { item outcome }";

/** The access-log entries about one person, as the data bureau's auditor reads them. */
async function logOf(citizenId: string): Promise<Entry[]> {
  const auditor = await t.token({ sub: "audit-all", dept: "data-bureau", roles: ["auditor"] });
  const log = await t.query<{ accessLog: { edges: { node: Entry }[] } }>(
    `{ accessLog(subjectCitizenId: "${citizenId}", first: 100) { edges { node { ${ENTRY} } } } }`,
    { token: auditor },
  );
  expect(log.errors).toBeUndefined();
  return log.data!.accessLog.edges.map((edge) => edge.node);
}

/** A response with ids and case numbers taken out, to compare two answers' shapes. */
function shape(response: GraphQLResponse<unknown>): unknown {
  return {
    data: response.data,
    errors: (response.errors ?? []).map((e) => [e.path?.join("."), e.extensions?.code, e.message]),
  };
}

describe("issue 11 findings", () => {
  it("finding 1: a cases(department:) argument never widens the caller's own scope", async () => {
    const agent = await flow.agentAt("130926101216");
    const started = await flow.startCase(agent, "elderly-allowance", DONG, "f1");
    expect(started.errors).toBeUndefined();
    const clerk = await t.token({ sub: "mi-f1", dept: "medical-insurance", roles: ["clerk"] });
    const listed = await t.query<{
      cases: { totalCount: number; edges: { node: { applicantCitizenId: string } }[] };
    }>(
      `{ cases(department: "civil-affairs", first: 50) { totalCount edges { node { applicantCitizenId formFields { value } } } } }`,
      { token: clerk },
    );
    expect(listed.data?.cases.edges ?? []).toEqual([]);
    expect(JSON.stringify(listed)).not.toContain(DONG);
  });

  it("finding 2: a refused startCase keeps no personal value, names the rule, and logs the caller's own department", async () => {
    const agent = await flow.agentAt("450803001002");
    const refused = await flow.startCase(agent, "elderly-allowance", HUANG, "f2-age");
    expect(refused.data!.startCase.status).toBe("REFUSED");
    const message = refused.data!.startCase.refusalReason!;
    expect(message).toContain("aged 80 or over");
    expect(message).not.toMatch(/\b3[0-9]\b/); // her age
    expect(message).not.toContain("1988");
    const caseId = refused.data!.startCase.id;

    const far = await flow.startCase(
      await flow.agentAt("450521100215"),
      "elderly-allowance",
      LIU,
      "f2-scope",
    );
    expect(far.data!.startCase.status).toBe("REFUSED");
    expect(far.data!.startCase.refusalReason).toContain("outside the handling scope");
    expect(JSON.stringify(far.data)).not.toContain("130926"); // her registration

    // The refused case is still a record, but holds nothing personal for anyone.
    for (const reader of [
      agent,
      await t.token({ sub: "audit-mi", dept: "medical-insurance", roles: ["auditor"] }),
    ]) {
      const read = await t.query<{ case: { formFields: { value: string | null }[] } | null }>(
        `{ case(id: "${caseId}") { status refusalReason formFields { value } } }`,
        { token: reader },
      );
      expect(JSON.stringify(read.data)).not.toContain("黄丽萍");
      expect(JSON.stringify(read.data)).not.toContain("1988-02-29");
      for (const field of read.data?.case?.formFields ?? []) expect(field.value).toBeNull();
    }

    // An agent of another department does not read as the handling department.
    const hrssAgent = await t.token({
      sub: "agent-hrss@130926101216",
      dept: "hrss",
      roles: ["agent"],
      site: "130926101216",
    });
    const borrowed = await flow.startCase(hrssAgent, "elderly-allowance", DONG, "f2-hrss");
    expect(codes(borrowed)).toEqual(["FORBIDDEN"]);
    const entries = await logOf(DONG);
    const byHrssAgent = entries.filter((e) => e.callerSub === "agent-hrss@130926101216");
    expect(byHrssAgent.filter((e) => e.callerDept !== "hrss")).toEqual([]);
  });

  it("finding 3: a held and an unheld licence type look the same to a caller without a grant", async () => {
    const clerk = await t.token({ sub: "mi-f3", dept: "medical-insurance", roles: ["clerk"] });
    const ask = (citizenId: string) =>
      t.query(
        `{ personByCitizenId(citizenId: "${citizenId}") { licences(types: ["DISABILITY_CERT"]) { type } } }`,
        { token: clerk },
      );
    const holder = await ask(WU);
    const nonHolder = await ask(DONG);
    expect(codes(holder)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);
    expect(shape(holder)).toEqual(shape(nonHolder));
    const all = (citizenId: string) =>
      t.query(`{ personByCitizenId(citizenId: "${citizenId}") { licences { type } } }`, {
        token: clerk,
      });
    expect(shape(await all(WU))).toEqual(shape(await all(DONG)));
  });

  it("finding 4: household members' citizen IDs are decided like any field, and each member is logged", async () => {
    const clerk = await t.token({ sub: "ca-f4", dept: "civil-affairs", roles: ["clerk"] });
    const response = await t.query<{
      household: { members: { citizenId: string | null; name: string | null }[] };
    }>(`{ household(number: "130926101216-0012") { members { citizenId name } } }`, {
      token: clerk,
      headers: { "x-purpose": "item:elderly-allowance", "x-request-id": "f4-household" },
    });
    const members = response.data!.household.members;
    expect(members.map((m) => m.name)).toEqual(["董志明", "刘秀兰"]);
    expect(members.map((m) => m.citizenId)).toEqual([null, null]);
    expect(response.errors!.map((e) => e.path!.join("."))).toEqual([
      "household.members.0.citizenId",
      "household.members.1.citizenId",
    ]);
    const logged = (await logOf(LIU)).filter((e) => e.requestId === "f4-household");
    expect(logged).toHaveLength(1);
    expect(Object.fromEntries(logged[0]!.items.map((i) => [i.item, i.outcome]))).toMatchObject({
      "Person.name": "FULL",
      "Person.citizenId": "UNAUTHORIZED_FIELD_OR_TYPE",
    });
  });

  it("finding 5: persons() tells a caller without a grant nothing about who is registered, and logs the attempt", async () => {
    const clerk = await t.token({ sub: "hrss-f5", dept: "hrss", roles: ["clerk"] });
    const response = await t.query<{ persons: ({ id: string | null } | null)[] }>(
      `{ persons(citizenIds: ["${DONG}", "${NOBODY}"]) { id name } }`,
      { token: clerk, headers: { "x-request-id": "f5-guess" } },
    );
    const [registered, unregistered] = response.data!.persons;
    expect(registered).toEqual(unregistered);
    expect(JSON.stringify(response)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const paths = (response.errors ?? []).map((e) => e.path!.join("."));
    expect(paths.filter((p) => p.startsWith("persons.0.")).map((p) => p.slice(10))).toEqual(
      paths.filter((p) => p.startsWith("persons.1.")).map((p) => p.slice(10)),
    );
    expect((await logOf(DONG)).some((e) => e.requestId === "f5-guess")).toBe(true);
  });

  it("finding 6: ethnicity stays NOT_SHARED inside an ID card's data and its seal", async () => {
    const clerk = await t.token({ sub: "ca-f6", dept: "civil-affairs", roles: ["clerk"] });
    const response = await t.query<{
      personByCitizenId: { licences: { data: Record<string, unknown>; seal: string }[] };
    }>(
      `{ personByCitizenId(citizenId: "${DONG}") { licences(types: ["ID_CARD"]) { data seal } } }`,
      { token: clerk, headers: { "x-purpose": "item:elderly-allowance" } },
    );
    const [card] = response.data!.personByCitizenId.licences;
    expect(card!.data.name).toBe("董志明");
    expect(card!.data).not.toHaveProperty("ethnicity");
    const payload = Buffer.from(card!.seal.split(".")[1]!, "base64url").toString("utf8");
    expect(payload).not.toContain("汉族");
    expect(JSON.stringify(response)).not.toContain("汉族");
  });

  it("finding 7: verifyIdentity needs a VERIFY grant, is logged answered or refused, and is limited per subject", async () => {
    const mi = await t.token({ sub: "mi-f7", dept: "medical-insurance", roles: ["clerk"] });
    const purpose = { "x-purpose": "item:resident-medical-enrolment" };
    const match = await t.query<{ verifyIdentity: string }>(
      `{ verifyIdentity(citizenId: "${DONG}", name: "董志明") }`,
      { token: mi, headers: { ...purpose, "x-request-id": "f7-match" } },
    );
    expect(match.data!.verifyIdentity).toBe("MATCH");
    const hrss = await t.token({ sub: "hrss-f7", dept: "hrss", roles: ["clerk"] });
    const refused = await t.query(`{ verifyIdentity(citizenId: "${DONG}", name: "董志明") }`, {
      token: hrss,
      headers: { "x-request-id": "f7-refused" },
    });
    expect(codes(refused)).toEqual(["UNAUTHORIZED_FIELD_OR_TYPE"]);
    const entries = await logOf(DONG);
    const answered = entries.find((e) => e.requestId === "f7-match");
    expect(answered?.items).toEqual(
      expect.arrayContaining([{ item: "Person.name", outcome: "VERIFY" }]),
    );
    expect(entries.find((e) => e.requestId === "f7-refused")?.callerDept).toBe("hrss");

    // Thirty guesses at one person's name in one request: only a few are answered.
    const guesses = Array.from(
      { length: 30 },
      (_, i) => `g${i}: verifyIdentity(citizenId: "${PAN}", name: "潘${i}")`,
    );
    const many = await t.query<Record<string, string | null>>(`{ ${guesses.join(" ")} }`, {
      token: mi,
      headers: purpose,
    });
    const answeredGuesses = Object.values(many.data ?? {}).filter((v) => v !== null);
    expect(answeredGuesses.length).toBeLessThanOrEqual(5);
    expect(codes(many)).toContain("RATE_LIMITED");
  });

  it("finding 8: no department approves its own grant request", async () => {
    const bureau = await t.token({ sub: "db-f8", dept: "data-bureau", roles: ["data-officer"] });
    const requested = await t.query<{ requestSharingGrant: { id: string; status: string } }>(
      `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.phone", "Person.maritalStatus"], level: FULL, purposes: ["elderly-allowance"], legalBasis: "audit" }) { id status } }`,
      { token: bureau },
    );
    const grant = requested.data!.requestSharingGrant;
    expect(grant.status).toBe("REQUESTED");
    const own = await t.query(`mutation { approveSharingGrant(id: "${grant.id}") { status } }`, {
      token: bureau,
    });
    expect(codes(own)).toEqual(["FORBIDDEN"]);
    const provider = await t.token({
      sub: "ps-f8",
      dept: "public-security",
      roles: ["data-officer"],
    });
    const approved = await t.query<{ approveSharingGrant: { status: string } }>(
      `mutation { approveSharingGrant(id: "${grant.id}") { status } }`,
      { token: provider },
    );
    expect(approved.data!.approveSharingGrant.status).toBe("APPROVED");
  });

  describe("finding 9: auditors, grant history, follow-ups, completion and issuance are scoped", () => {
    it("an auditor reads only their own department's part of the access log", async () => {
      const ps = await t.token({ sub: "ps-f9", dept: "public-security", roles: ["clerk"] });
      await t.query(`{ personByCitizenId(citizenId: "${PAN}") { name } }`, { token: ps });
      const auditor = await t.token({ sub: "audit-ca", dept: "civil-affairs", roles: ["auditor"] });
      const log = await t.query<{ accessLog: { edges: { node: Entry }[] } }>(
        `{ accessLog(first: 100) { edges { node { ${ENTRY} } } } }`,
        { token: auditor },
      );
      const departments = new Set(log.data!.accessLog.edges.map((e) => e.node.callerDept));
      expect([...departments].filter((d) => d !== "civil-affairs")).toEqual([]);
      const other = await t.query(
        `{ accessLog(department: "public-security") { edges { cursor } } }`,
        { token: auditor },
      );
      expect(other.data).toEqual({ accessLog: { edges: [] } });
    });

    it("grant history is for the parties and the data bureau, not any token", async () => {
      const officer = await t.token({ sub: "ps-f9o", dept: "public-security", roles: ["clerk"] });
      const grants = await t.query<{ sharingGrants: { edges: { node: { id: string } }[] } }>(
        `{ sharingGrants(consumer: "civil-affairs", first: 1) { edges { node { id } } } }`,
        { token: officer },
      );
      const id = grants.data!.sharingGrants.edges[0]!.node.id;
      const citizen = await t.token({ sub: DONG, roles: ["citizen"] });
      const history = await t.query(`{ catalogChanges(subject: "grant:${id}") { totalCount } }`, {
        token: citizen,
      });
      expect(codes(history)).toEqual(["FORBIDDEN"]);
      const outsider = await t.token({ sub: "mi-f9", dept: "medical-insurance", roles: ["clerk"] });
      expect(
        codes(
          await t.query(`{ catalogChanges(subject: "grant:${id}") { totalCount } }`, {
            token: outsider,
          }),
        ),
      ).toEqual(["FORBIDDEN"]);
    });

    it("completion, delivery and follow-up answers need an official whose site covers the case", async () => {
      const agent = await flow.agentAt("130926101216");
      let c: CaseView = (await flow.startCase(agent, "senior-card", DONG, "f9-card")).data!
        .startCase;
      c = (await flow.upload(agent, c, "近期照片")).data!.uploadMaterial;
      c = (await flow.act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!
        .decideCase!;
      const approver = await flow.official("approver", "130926");
      c = (await flow.act(approver, "decideCase", c.id, c.version, ", decision: APPROVE")).data!
        .decideCase!;
      const siteless = await flow.official("approver", undefined);
      expect(codes(await flow.act(siteless, "completeCase", c.id, c.version))).toEqual([
        "FORBIDDEN",
      ]);
      const completed = await flow.act(approver, "completeCase", c.id, c.version);
      expect(completed.errors).toBeUndefined();
      c = completed.data!.completeCase!;
      const sitelessClerk = await flow.official("clerk", undefined);
      expect(codes(await flow.act(sitelessClerk, "deliverCase", c.id, c.version))).toEqual([
        "FORBIDDEN",
      ]);
      c = (await flow.act(agent, "deliverCase", c.id, c.version)).data!.deliverCase!;
      const dong = await t.token({ sub: DONG, roles: ["citizen"] });
      const rated = await t.query<{ rateCase: { version: number } }>(
        `mutation { rateCase(id: "${c.id}", expectedVersion: ${c.version}, score: 1) { version } }`,
        { token: dong },
      );
      const version = rated.data!.rateCase.version;
      const answer = (token: string) =>
        t.query(
          `mutation { answerFollowUp(id: "${c.id}", expectedVersion: ${version}, answer: "已整改") { id } }`,
          { token },
        );
      expect(codes(await answer(await flow.official("clerk", "450803")))).toEqual(["FORBIDDEN"]);
      expect(codes(await answer(sitelessClerk))).toEqual(["FORBIDDEN"]);
      expect((await answer(await flow.official("clerk", "130926"))).errors).toBeUndefined();
    });

    it("issueLicence checks the holder against the population base and the issuer's jurisdiction", async () => {
      const issuer = await t.token({
        sub: "ca-issuer",
        dept: "civil-affairs",
        roles: ["issuer"],
        site: "130926",
      });
      const issue = (holder: string, name: string, jurisdiction = "130926000000") =>
        t.query<{ issueLicence: { identifier: string } }>(
          `mutation { issueLicence(input: { type: "SENIOR_CARD", holderCitizenId: "${holder}", holderName: "${name}", jurisdiction: "${jurisdiction}", data: {} }) { identifier } }`,
          { token: issuer, headers: { "x-purpose": "item:senior-card" } },
        );
      expect(codes(await issue(DONG, "董志朋"))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await issue(WANG, "王德福"))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await issue(HUANG, "黄丽萍"))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await issue(DONG, "董志明", "450803000000"))).toEqual(["FORBIDDEN"]);
      const issued = await issue(DONG, "董志明");
      expect(issued.errors).toBeUndefined();
      expect(issued.data!.issueLicence.identifier).toMatch(/^1\.2\.156\.3005\.2\.212\./);
    });
  });

  it("finding 10: reading a case's form values is logged, and the resident sees it", async () => {
    const agent = await flow.agentAt("130926101216");
    // 董志明's elderly-allowance case of finding 1 is still open: the same key reaches it.
    const c = (await flow.startCase(agent, "elderly-allowance", DONG, "f1")).data!.startCase;
    const reviewer = await flow.official("clerk", "130926101");
    const read = await t.query<{ case: { formFields: { key: string; value: string | null }[] } }>(
      `{ case(id: "${c.id}") { formFields { key value } } }`,
      { token: reviewer, headers: { "x-request-id": "f10-review" } },
    );
    expect(read.data!.case.formFields.find((f) => f.key === "name")!.value).toBe("董志明");
    const entry = (await logOf(DONG)).find((e) => e.requestId === "f10-review");
    expect(entry).toMatchObject({ base: "cases", callerSub: "clerk@130926101" });
    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const mine = await t.query<{ myDataUsage: { edges: { node: Entry }[] } }>(
      `{ myDataUsage(first: 100) { edges { node { ${ENTRY} } } } }`,
      { token: dong },
    );
    expect(mine.data!.myDataUsage.edges.some((e) => e.node.requestId === "f10-review")).toBe(true);
  });

  it("finding 12: bad input is a typed 4xx, never a 500", async () => {
    const clerk = await t.token({ sub: "ps-f12", dept: "public-security", roles: ["clerk"] });
    const post = (body: unknown, headers: [string, string][] = []) => {
      const h = new Headers({
        "content-type": "application/json",
        authorization: `Bearer ${clerk}`,
      });
      for (const [name, value] of headers) h.append(name, value);
      return fetch(t.hub.gateway.url, { method: "POST", headers: h, body: JSON.stringify(body) });
    };
    const expect4xx = async (response: Response, code: string) => {
      const text = await response.text();
      expect([response.status, text]).toEqual([400, expect.stringContaining(`"${code}"`)]);
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|select |insert |stack/i);
    };
    const query = { query: "{ licenceTypes { code } }" };
    await expect4xx(await post(query, [["x-purpose", "nonsense"]]), "BAD_USER_INPUT");
    await expect4xx(
      await post(query, [["x-purpose", `item:${"x".repeat(200)}`]]),
      "BAD_USER_INPUT",
    );
    await expect4xx(
      await post(query, [
        ["x-purpose", "item:elderly-allowance"],
        ["x-purpose", "item:senior-card"],
      ]),
      "BAD_USER_INPUT",
    );
    const two = "query A { licenceTypes { code } } query B { licenceTypes { name } }";
    await expect4xx(await post({ query: two }), "OPERATION_RESOLUTION_FAILURE");
    await expect4xx(await post({ query: two, operationName: "C" }), "OPERATION_RESOLUTION_FAILURE");

    for (const search of ["a\u0000b", "x".repeat(2_000_000)]) {
      const response = await t.query(
        `query($s: String) { serviceItems(search: $s) { totalCount } }`,
        { token: clerk, variables: { s: search } },
      );
      expect(response.status).toBeLessThan(500);
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1|localhost|select |\bSQL/i);
    }
    const nul = await t.query(`{ catalogChanges(subject: "grant:\\u0000") { totalCount } }`, {
      token: await t.token({ sub: "db-f12", dept: "data-bureau", roles: ["data-officer"] }),
    });
    expect(codes(nul)).toEqual(["BAD_USER_INPUT"]);
  });
});
