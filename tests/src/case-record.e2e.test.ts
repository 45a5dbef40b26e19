import { demoItemInput } from "./support/demo-catalog.js";
import { CASE, caseFlow, fieldOf, pngScan, type CaseView } from "./support/case-flow.js";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 17: cases a department can stand behind. Eligibility decided or attested, the
 * supplement loop, a chained history, completion exactly once, notices people receive, the
 * counter's fixes; through the gateway, with the demo's people.
 */
const DONG = "130926193604120317";
const LIU = "130926193912010486";
const PAN = "450521194108230627";
const WANG = "450803193001150511";
const WU = "360923195007070350";

let t: TestHub;
let flow: ReturnType<typeof caseFlow>;
beforeAll(async () => {
  t = await startTestHub();
  flow = caseFlow(t);
});
afterAll(() => t?.stop());

const officer = (dept: string) =>
  t.token({ sub: `officer@${dept}`, dept, roles: ["data-officer"] });
const fresh = () =>
  Promise.all(
    [t.hub.subgraphs.population, t.hub.subgraphs.licences, t.hub.subgraphs.cases].map((base) =>
      base.sharing.refresh(),
    ),
  );

async function createAndPublish(token: string, input: Record<string, unknown>) {
  const created = await t.query(
    `mutation($input: ServiceItemInput!) { createServiceItem(input: $input) { code } }`,
    { token, variables: { input } },
  );
  expect(created.errors).toBeUndefined();
  return t.query<{
    publishServiceItem: {
      status: string;
      publicationWarnings: { path: string; message: string }[];
    };
  }>(
    `mutation { publishServiceItem(code: "${String(input.code)}") { status publicationWarnings { path message } } }`,
    { token },
  );
}

async function grant(consumer: string, items: string[], purpose: string): Promise<void> {
  const requested = await t.query<{ requestSharingGrant: { id: string; status: string } }>(
    `mutation($items: [String!]!) { requestSharingGrant(input: { provider: "public-security", items: $items, level: FULL, purposes: ["${purpose}"], legalBasis: "test" }) { id status } }`,
    { token: await officer(consumer), variables: { items } },
  );
  expect(requested.errors).toBeUndefined();
  const approved = await t.query(
    `mutation { approveSharingGrant(id: "${requested.data!.requestSharingGrant.id}") { status } }`,
    { token: await officer("public-security") },
  );
  expect(approved.errors).toBeUndefined();
  await fresh();
}

/** Fills every empty manual field with a value of its type and uploads every outstanding material. */
async function complete(agent: string, c: CaseView, values: Record<string, string>) {
  const empty = c.formFields.filter((f) => f.manual && f.value === null).map((f) => f.key);
  if (empty.length) {
    const filled = await t.query<{ setCaseFields: CaseView }>(
      `mutation($values: [FieldValueInput!]!) { setCaseFields(id: "${c.id}", expectedVersion: ${c.version}, values: $values) { ${CASE} } }`,
      { token: agent, variables: { values: empty.map((key) => ({ key, value: values[key]! })) } },
    );
    expect(filled.errors).toBeUndefined();
    c = filled.data!.setCaseFields;
  }
  for (const material of c.materials.filter((m) => m.status === "OUTSTANDING")) {
    const uploaded = await flow.upload(agent, c, material.name);
    expect(uploaded.errors).toBeUndefined();
    c = uploaded.data!.uploadMaterial;
  }
  return c;
}

interface Notice {
  kind: string;
  message: string;
  state: string;
  channel: string | null;
  deliveredTo: string | null;
  caseNumber: string;
}

/** The case's notices once the worker has dealt with all of them. */
interface NoticeRow {
  kind: string;
  state: string;
  reason: string | null;
  channel: string | null;
  delivered_to: string | null;
}

async function settledNotices(caseId: string): Promise<NoticeRow[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows: NoticeRow[] = await t.hub.subgraphs.cases.orm.orm.em.getConnection().execute(
      `select kind, state, reason, channel, delivered_to from notification_outbox
         where case_id = ? order by seq`,
      [caseId],
    );
    if (rows.length > 0 && rows.every((r) => r.state !== "QUEUED")) return rows;
    if (Date.now() > deadline) throw new Error(`notices still queued: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("issue 17: cases a department can stand behind", () => {
  it("refuses the deceased 王德福 by every item whose rules need his status, leaves a manual check to an official, or the item is not published (acceptance 1)", async () => {
    const bureau = await officer("data-bureau");
    const listed = await t.query<{
      published: {
        edges: {
          node: {
            code: string;
            department: string;
            eligibility: { fact: string; manualCheck: boolean }[];
          };
        }[];
      };
      drafts: { edges: { node: { code: string } }[] };
    }>(
      `{ published: serviceItems(first: 50) { edges { node { code department eligibility { fact manualCheck } } } }
         drafts: serviceItems(status: DRAFT, first: 50) { edges { node { code } } } }`,
      { token: bureau },
    );
    const published = listed.data!.published.edges.map((e) => e.node);
    const drafts = listed.data!.drafts.edges.map((e) => e.node.code);
    expect(published.map((item) => item.code)).toEqual([
      "elderly-allowance",
      "employment-registration",
      "minimum-living-allowance",
      "resident-pension-enrolment",
      "senior-card",
    ]);
    expect(drafts).toEqual(["disability-subsidy", "resident-medical-enrolment"]);
    const refused: string[] = [];
    for (const item of published) {
      const status = item.eligibility.find((rule) => rule.fact === "population:Person.status");
      expect(status).toBeDefined();
      const agent = await flow.agentAt("450803106216", item.department);
      const response = await flow.startCase(agent, item.code, WANG, `wang-${item.code}`);
      expect(response.errors).toBeUndefined();
      const started = response.data!.startCase;
      if (status!.manualCheck) {
        // hrss reads no status (its grant is only requested): its official attests the rule.
        expect(started.status).not.toBe("REFUSED");
        expect(
          started.eligibility.find((rule) => rule.fact === "population:Person.status"),
        ).toMatchObject({ outcome: "UNDECIDED", manualCheck: true });
        continue;
      }
      expect(started).toMatchObject({
        status: "REFUSED",
        refusalRule: "population:Person.status = ALIVE",
      });
      expect(started.formFields.every((f) => f.value === null)).toBe(true);
      refused.push(started.id);
    }
    expect(refused).toHaveLength(3);
    // The items that would have opened his case cannot be published: the grant they need is named.
    for (const code of drafts) {
      const publish = await t.query(`mutation { publishServiceItem(code: "${code}") { status } }`, {
        token: bureau,
      });
      expect(codes(publish)).toEqual(["BAD_USER_INPUT"]);
      expect(publish.errors![0]!.message).toMatch(
        /population:Person\.status cannot be decided: the rule needs a FULL grant of Person\.status from public-security to [a-z-]+ for [a-z-]+/,
      );
    }
    // No notice goes to the deceased.
    for (const id of refused) {
      const notices = await settledNotices(id);
      expect(notices).toEqual([
        {
          kind: "STATUS_REFUSED",
          state: "SUPPRESSED",
          reason: "the applicant is deceased",
          channel: null,
          delivered_to: null,
        },
      ]);
    }
  });

  it("refuses a 90-year-old under an age >= 100 rule once the item may read his birth date (finding 1)", async () => {
    const civil = await officer("civil-affairs");
    const input = await demoItemInput("elderly-allowance");
    input.code = "centenarian-allowance";
    input.name = "百岁老人津贴";
    (input.eligibility as { value: string }[])[1]!.value = "100";
    const early = await createAndPublish(civil, input);
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors![0]!.message).toContain(
      "a FULL grant of Person.status from public-security to civil-affairs for centenarian-allowance",
    );
    await grant(
      "civil-affairs",
      ["Person.name", "Person.status", "Person.birthDate", "Person.phone"],
      "centenarian-allowance",
    );
    const published = await t.query<{
      publishServiceItem: { status: string; publicationWarnings: { path: string }[] };
    }>(
      `mutation { publishServiceItem(code: "centenarian-allowance") { status publicationWarnings { path } } }`,
      { token: civil },
    );
    expect(published.data!.publishServiceItem.status).toBe("PUBLISHED");
    // Fields the new purpose was not granted become typed-in entries, listed as warnings.
    expect(published.data!.publishServiceItem.publicationWarnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(["formFields.address.source", "materials.0.satisfiedBy"]),
    );
    const c = await flow.startCase(
      await flow.agentAt("130926101216"),
      "centenarian-allowance",
      DONG,
      "dong-100",
    );
    expect(c.data!.startCase).toMatchObject({
      status: "REFUSED",
      refusalRule: "derived:age >= 100",
    });
    // The new item's grant gives civil-affairs his registered phone in full: the notice of the
    // refusal goes there, through the sharing rules, under the department's own grant.
    expect(await settledNotices(c.data!.startCase.id)).toEqual([
      {
        kind: "STATUS_REFUSED",
        state: "DELIVERED",
        reason: null,
        channel: "population:Person.phone (civil-affairs)",
        delivered_to: "138****1234",
      },
    ]);
  });

  it("starts no case on an item withdrawn since an intake read it, once the cases base has the change", async () => {
    const agent = await flow.agentAt("130926101216");
    const items = t.hub.subgraphs.cases.deps.items;
    // With the catalog's last change in hand (nothing changes it until the withdrawal), an
    // intake keeps the item it read.
    await fresh();
    const before = await flow.startCase(agent, "centenarian-allowance", WANG, "wang-100");
    expect(before.errors).toBeUndefined();
    expect(items.get("centenarian-allowance", items.asOf()!)?.status).toBe("PUBLISHED");
    const withdrawn = await t.query(
      `mutation { withdrawServiceItem(code: "centenarian-allowance", reason: "merged into elderly-allowance") { status } }`,
      { token: await officer("civil-affairs") },
    );
    expect(withdrawn.errors).toBeUndefined();
    await fresh();
    const after = await flow.startCase(agent, "centenarian-allowance", PAN, "pan-100");
    expect(codes(after)).toEqual(["BAD_USER_INPUT"]);
    expect(after.errors![0]!.message).toBe("centenarian-allowance is withdrawn: no new cases");
  });

  it("makes a rule its department cannot read a manual check, attested (sealed) before approval", async () => {
    const mi = await officer("medical-insurance");
    const input = await demoItemInput("resident-medical-enrolment");
    input.code = "medical-enrolment-attested";
    input.name = "城乡居民医疗保险参保登记（人工核验）";
    (input.eligibility as { manualCheck?: boolean }[])[0]!.manualCheck = true;
    const published = await createAndPublish(mi, input);
    expect(published.errors).toBeUndefined();
    const warnings = published.data!.publishServiceItem.publicationWarnings;
    expect(warnings.find((w) => w.path === "eligibility.0.fact")!.message).toContain(
      'is a manual check: an official attests "applicant alive" before approval',
    );

    const agent = await flow.agentAt("450521100215", "medical-insurance");
    let c = (
      await flow.startCase(agent, "medical-enrolment-attested", PAN, "pan-mi", "13977901234")
    ).data!.startCase;
    expect(c.status).toBe("DRAFT");
    expect(c.eligibility).toEqual([
      expect.objectContaining({
        fact: "population:Person.status",
        outcome: "UNDECIDED",
        manualCheck: true,
        reason: expect.stringContaining("UNAUTHORIZED_FIELD_OR_TYPE"),
      }),
    ]);
    c = await complete(agent, c, {
      name: "潘桂英",
      citizenId: PAN,
      address: "广西壮族自治区北海市合浦县廉州镇烟楼村5队",
      phone: "13977901234",
    });
    c = (await flow.act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!
      .decideCase!;
    const clerk = await flow.official("clerk", "450521", "medical-insurance");
    const early = await flow.act(clerk, "decideCase", c.id, c.version, ", decision: APPROVE");
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors![0]!.message).toContain(
      "is undecided: an official attests it before approval",
    );

    const attest = (token: string, version: number, args: string) =>
      t.query<{ attestEligibility: CaseView }>(
        `mutation { attestEligibility(id: "${c.id}", expectedVersion: ${version}${args}) { ${CASE} } }`,
        { token },
      );
    const ok = `, rule: 0, holds: true, note: "申请人本人到场，核验身份证原件"`;
    expect(codes(await attest(agent, c.version, ok))).toEqual(["FORBIDDEN"]);
    expect(codes(await attest(await flow.official("clerk", "450521"), c.version, ok))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      codes(
        await attest(await flow.official("clerk", "450803", "medical-insurance"), c.version, ok),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await attest(clerk, c.version, `, rule: 3, holds: true, note: "x"`))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codes(await attest(clerk, c.version, `, rule: 0, holds: true, note: " "`))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codes(await attest(clerk, c.version - 1, ok))).toEqual(["CONFLICT"]);
    const attested = await attest(clerk, c.version, ok);
    expect(attested.errors).toBeUndefined();
    c = attested.data!.attestEligibility;
    expect(c.eligibility[0]).toMatchObject({
      outcome: "ATTESTED_HOLDS",
      attestedBy: "clerk@450521",
    });
    expect(codes(await attest(clerk, c.version, ok))).toEqual(["CONFLICT"]);
    c = (await flow.act(clerk, "decideCase", c.id, c.version, ", decision: APPROVE")).data!
      .decideCase!;
    expect(c.status).toBe("APPROVED");
    expect(c.history.map((h) => h.action)).toContain("ATTEST_HOLDS");

    // 王德福 under the same item: the official finds the rule not met; only rejection remains.
    const wangAgent = await flow.agentAt("450803106216", "medical-insurance");
    let w = (await flow.startCase(wangAgent, "medical-enrolment-attested", WANG, "wang-mi")).data!
      .startCase;
    expect(w.eligibility[0]!.outcome).toBe("UNDECIDED");
    w = await complete(wangAgent, w, {
      name: "王德福",
      citizenId: WANG,
      address: "广西壮族自治区贵港市港南区新塘镇山边村",
      phone: "13500000000",
    });
    w = (await flow.act(wangAgent, "decideCase", w.id, w.version, ", decision: ACCEPT")).data!
      .decideCase!;
    const gn = await flow.official("clerk", "450803", "medical-insurance");
    w = (
      await t.query<{ attestEligibility: CaseView }>(
        `mutation { attestEligibility(id: "${w.id}", expectedVersion: ${w.version}, rule: 0, holds: false, note: "户籍登记为死亡") { ${CASE} } }`,
        { token: gn },
      )
    ).data!.attestEligibility;
    expect(w.eligibility[0]!.outcome).toBe("ATTESTED_FAILS");
    const approve = await flow.act(gn, "decideCase", w.id, w.version, ", decision: APPROVE");
    expect(approve.errors![0]!.message).toContain(
      "attested as not met: the case can only be rejected",
    );
    const rejected = await flow.act(
      gn,
      "decideCase",
      w.id,
      w.version,
      `, decision: REJECT, opinion: "申请人已死亡"`,
    );
    expect(rejected.data!.decideCase!.status).toBe("REJECTED");
  });

  let card: CaseView;

  it("runs supplement -> resubmit -> approve -> complete -> deliver, each mutation refused where it must be (acceptance 1)", async () => {
    const agent = await flow.agentAt("130926101216");
    let c = (await flow.startCase(agent, "senior-card", LIU, "liu-card", "13812340000")).data!
      .startCase;
    expect(c.status).toBe("DRAFT");
    c = (await flow.upload(agent, c, "近期照片")).data!.uploadMaterial;
    c = (await flow.act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!
      .decideCase!;
    const approver = await flow.official("approver", "130926");
    const townClerk = await flow.official("clerk", "130926101");
    const ask = (token: string, version: number, items: string, note = "照片不清晰，请重拍") =>
      t.query<{ requestSupplement: CaseView & { supplementItems: string[] | null } }>(
        `mutation { requestSupplement(id: "${c.id}", expectedVersion: ${version}, items: ${items}, note: "${note}") { ${CASE} supplementItems } }`,
        { token },
      );
    expect(codes(await ask(townClerk, c.version, `["近期照片"]`))).toEqual(["FORBIDDEN"]);
    expect(codes(await ask(agent, c.version, `["近期照片"]`))).toEqual(["FORBIDDEN"]);
    expect(codes(await ask(approver, c.version, `["居民身份证"]`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(approver, c.version, `[]`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(approver, c.version, `["近期照片"]`, " "))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(approver, c.version - 1, `["近期照片"]`))).toEqual(["CONFLICT"]);
    const asked = await ask(approver, c.version, `["近期照片"]`);
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestSupplement).toMatchObject({
      status: "SUPPLEMENT_REQUIRED",
      supplementItems: ["近期照片"],
    });
    c = asked.data!.requestSupplement;
    expect(codes(await ask(approver, c.version, `["近期照片"]`))).toEqual(["CONFLICT"]);
    expect(
      codes(await flow.act(approver, "decideCase", c.id, c.version, ", decision: APPROVE")),
    ).toEqual(["CONFLICT"]);

    const early = await flow.act(agent, "resubmitCase", c.id, c.version);
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors![0]!.message).toContain("近期照片 was asked for and has not been supplied");
    expect(codes(await flow.act(approver, "resubmitCase", c.id, c.version))).toEqual(["FORBIDDEN"]);
    c = (await flow.upload(agent, c, "近期照片", pngScan(8, 6).toString("base64"))).data!
      .uploadMaterial;
    const resubmitted = await flow.act(agent, "resubmitCase", c.id, c.version);
    expect(resubmitted.errors).toBeUndefined();
    c = resubmitted.data!.resubmitCase!;
    expect(c.status).toBe("ACCEPTED");
    expect(codes(await flow.act(agent, "resubmitCase", c.id, c.version))).toEqual(["CONFLICT"]);

    c = (
      await flow.act(
        approver,
        "decideCase",
        c.id,
        c.version,
        `, decision: APPROVE, opinion: "同意"`,
      )
    ).data!.decideCase!;
    expect(c.status).toBe("APPROVED");
    expect(codes(await flow.act(agent, "completeCase", c.id, c.version))).toEqual(["FORBIDDEN"]);
    expect(codes(await flow.act(approver, "completeCase", c.id, c.version - 1))).toEqual([
      "CONFLICT",
    ]);
    const completed = await flow.act(approver, "completeCase", c.id, c.version);
    expect(completed.errors).toBeUndefined();
    c = completed.data!.completeCase!;
    expect(c.status).toBe("COMPLETED");
    expect(codes(await flow.act(approver, "completeCase", c.id, c.version))).toEqual(["CONFLICT"]);

    // The result licence carries real data: the holder, a validity from its type, the decision.
    const licence = await t.query<{
      licence: {
        holderName: string;
        validFrom: string;
        validUntil: string;
        data: Record<string, string>;
      };
    }>(
      `{ licence(identifier: "${c.resultLicenceIdentifier}") { holderName validFrom validUntil data } }`,
      {
        token: approver,
      },
    );
    const issued = licence.data!.licence;
    expect(issued.holderName).toBe("刘秀兰");
    expect(Number(issued.validUntil.slice(0, 4)) - Number(issued.validFrom.slice(0, 4))).toBe(5);
    expect(issued.data).toMatchObject({ caseNumber: c.number, approvedBy: "民政部门" });
    expect(issued.data.approvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect(codes(await flow.act(townClerk, "deliverCase", c.id, c.version - 1))).toEqual([
      "CONFLICT",
    ]);
    c = (await flow.act(agent, "deliverCase", c.id, c.version)).data!.deliverCase!;
    expect(c.status).toBe("DELIVERED");
    expect(codes(await flow.act(agent, "deliverCase", c.id, c.version))).toEqual(["CONFLICT"]);
    expect(c.history.map((h) => h.action)).toEqual([
      "STARTED",
      "UPLOAD",
      "ACCEPT",
      "REQUEST_SUPPLEMENT",
      "UPLOAD",
      "RESUBMIT",
      "APPROVE",
      "COMPLETE",
      "ISSUE_RESULT",
      "DELIVER",
    ]);
    const verified = await t.query<{ verifyCase: { ok: boolean; checked: number } }>(
      `{ verifyCase(id: "${c.id}") { ok checked } }`,
      { token: approver },
    );
    expect(verified.data!.verifyCase).toEqual({ ok: true, checked: 10 });
    card = c;
  });

  it("lets a resident read their notices, in order, in Chinese, sent to the number they stated (acceptance 4)", async () => {
    const states = await settledNotices(card.id);
    expect(states.every((n) => n.state === "DELIVERED")).toBe(true);
    const liu = await t.token({ sub: LIU, roles: ["citizen"] });
    const mine = await t.query<{
      myNotifications: { totalCount: number; edges: { node: Notice }[] };
    }>(
      `{ myNotifications(first: 50) { totalCount edges { node { kind message state channel deliveredTo caseNumber } } } }`,
      { token: liu },
    );
    expect(mine.errors).toBeUndefined();
    const notices = mine.data!.myNotifications.edges.map((e) => e.node);
    expect(notices.map((n) => n.kind)).toEqual([
      "STATUS_DRAFT",
      "STATUS_ACCEPTED",
      "STATUS_SUPPLEMENT_REQUIRED",
      "STATUS_ACCEPTED",
      "STATUS_APPROVED",
      "STATUS_COMPLETED",
      "STATUS_DELIVERED",
    ]);
    expect(notices.every((n) => n.caseNumber === card.number && n.state === "DELIVERED")).toBe(
      true,
    );
    expect(
      notices.every((n) => n.channel === "stated by applicant" && n.deliveredTo === "138****0000"),
    ).toBe(true);
    expect(notices[0]!.message).toBe(
      `【共享政务】您的老年人优待证核发申请（${card.number}）已登记，尚需补充：近期照片。`,
    );
    expect(notices[2]!.message).toContain("需补正：近期照片。照片不清晰，请重拍");
    expect(notices[4]!.message).toContain("已获民政部门批准");
    expect(JSON.stringify(notices)).not.toMatch(/civil-affairs|待补充材料/);

    // Nobody else reads them: another resident sees none, staff are not residents.
    const dong = await t.token({ sub: DONG, roles: ["citizen"] });
    const other = await t.query<{ myNotifications: { edges: { node: Notice }[] } }>(
      `{ myNotifications { edges { node { caseNumber } } } }`,
      { token: dong },
    );
    expect(JSON.stringify(other.data)).not.toContain(card.number);
    const clerk = await flow.official("clerk", "130926101");
    expect(codes(await t.query(`{ myNotifications { totalCount } }`, { token: clerk }))).toEqual([
      "FORBIDDEN",
    ]);
    // A case's notices: texts for its keepers; another department's agent at the station reads
    // the case's record but not what was sent to her.
    const ofCase = (token: string) =>
      t.query<{ case: { notices: { kind: string; message: string | null }[] } }>(
        `{ case(id: "${card.id}") { notices { kind message } } }`,
        { token },
      );
    const kept = await ofCase(clerk);
    expect(kept.data!.case.notices.map((n) => n.message)).toEqual(notices.map((n) => n.message));
    const outsider = await ofCase(await flow.agentAt("130926101216", "hrss"));
    expect(outsider.data!.case.notices.every((n) => n.message === null)).toBe(true);
    expect(codes(outsider)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
  });

  let open: CaseView;

  it("refuses a second open application for the same person and item, naming the open one (acceptance 1)", async () => {
    const agent = await flow.agentAt("130926101216");
    const first = await flow.startCase(agent, "elderly-allowance", DONG, "dong-first");
    expect(first.data!.startCase.status).toBe("DRAFT");
    open = first.data!.startCase;
    const second = await flow.startCase(agent, "elderly-allowance", DONG, "dong-second");
    expect(codes(second)).toEqual(["CONFLICT"]);
    expect(second.errors![0]!.message).toContain(
      `case ${open.number} for this applicant and item is still open`,
    );
    // Another item, or the same key again, is not a duplicate.
    expect(
      (await flow.startCase(agent, "elderly-allowance", DONG, "dong-first")).data!.startCase.id,
    ).toBe(open.id);
  });

  it("tells an agent whose site does not cover the open case only that it is open elsewhere", async () => {
    const neighbour = await flow.agentAt("130926101217");
    const elsewhere = await flow.startCase(neighbour, "elderly-allowance", DONG, "dong-neighbour");
    expect(codes(elsewhere)).toEqual(["CONFLICT"]);
    expect(elsewhere.errors![0]!.message).toContain("still open elsewhere");
    expect(JSON.stringify(elsewhere.errors)).not.toContain(open.number);
  });

  it("lets exactly one of two racing applications open, and no interrupted intake block the applicant", async () => {
    const agent = await flow.agentAt("450521100215");
    const [a, b] = await Promise.all([
      flow.startCase(agent, "elderly-allowance", PAN, "pan-race-a"),
      flow.startCase(agent, "elderly-allowance", PAN, "pan-race-b"),
    ]);
    const outcomes = [a, b].map((r) => codes(r)[0] ?? r.data!.startCase.status).sort();
    expect(outcomes).toEqual(["CONFLICT", "DRAFT"]);
    const db = t.hub.subgraphs.cases.orm.orm.em.getConnection();
    const rows: { status: string }[] = await db.execute(
      `select status from case_file where applicant_citizen_id = ? and item_code = 'elderly-allowance'`,
      [PAN],
    );
    expect(rows.map((r) => r.status)).toEqual(["DRAFT"]); // the loser left nothing behind
    // As if the cases base had died in the middle of that intake: the applicant is not blocked.
    await db.execute(
      `update case_file set status = 'INTAKE' where applicant_citizen_id = ? and item_code = 'elderly-allowance'`,
      [PAN],
    );
    const next = await flow.startCase(agent, "elderly-allowance", PAN, "pan-after-crash");
    expect(next.data!.startCase.status).toBe("DRAFT");
  });

  it("lists in a town clerk's inbox exactly the cases waiting on them (acceptance 4)", async () => {
    const agent = await flow.agentAt("130926101216");
    let mla = (await flow.startCase(agent, "minimum-living-allowance", DONG, "dong-mla")).data!
      .startCase;
    mla = await complete(agent, mla, { monthlyIncome: "800.00" });
    mla = (await flow.act(agent, "decideCase", mla.id, mla.version, ", decision: ACCEPT")).data!
      .decideCase!;
    const inboxOf = async (token: string) => {
      const response = await t.query<{
        caseInbox: {
          totalCount: number;
          edges: {
            node: {
              number: string;
              actions: string[];
              supervision: string;
              case: { status: string };
            };
          }[];
        };
      }>(
        `{ caseInbox(first: 50) { totalCount edges { node { number actions supervision case { status } } } } }`,
        {
          token,
        },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.caseInbox;
    };
    const townClerk = await flow.official("clerk", "130926101");
    // Waiting on the town's review: the minimum living allowance; not the draft waiting at the
    // station, not the delivered senior card, nothing of another town or department.
    expect(await inboxOf(townClerk)).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            number: mla.number,
            actions: ["REVIEW"],
            supervision: "GREEN",
            case: { status: "ACCEPTED" },
          },
        },
      ],
    });
    expect((await inboxOf(await flow.official("clerk", "450803106"))).totalCount).toBe(0);
    expect((await inboxOf(await flow.official("clerk", "130926101", "hrss"))).totalCount).toBe(0);
    const stationInbox = await inboxOf(agent);
    expect(stationInbox.edges.map((e) => [e.node.number, e.node.actions])).toContainEqual([
      open.number,
      ["ACCEPT"],
    ]);
    expect(stationInbox.edges.map((e) => e.node.number)).not.toContain(mla.number);
    mla = (await flow.act(townClerk, "decideCase", mla.id, mla.version, ", decision: REVIEW")).data!
      .decideCase!;
    expect((await inboxOf(townClerk)).totalCount).toBe(0);
    const approver = await flow.official("approver", "130926");
    expect((await inboxOf(approver)).edges.map((e) => [e.node.number, e.node.actions])).toEqual([
      [mla.number, ["APPROVE"]],
    ]);
    const citizen = await t.token({ sub: DONG, roles: ["citizen"] });
    expect(codes(await t.query(`{ caseInbox { totalCount } }`, { token: citizen }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("lets the case's keepers download a scan, decrypted, as an attachment with nosniff, and logs it", async () => {
    const agent = await flow.agentAt("130926101216");
    const scan = pngScan(5, 5);
    const uploaded = await flow.upload(agent, open, "银行卡", scan.toString("base64"));
    expect(uploaded.errors).toBeUndefined();
    open = uploaded.data!.uploadMaterial;
    const download = (token: string | null, requestId = `scan-${Math.random()}`) =>
      fetch(new URL(`/scans/${open.id}/${encodeURIComponent("银行卡")}`, t.hub.gateway.url), {
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          "x-request-id": requestId,
        },
      });
    const reviewer = await flow.official("clerk", "130926101");
    const response = await download(reviewer, "scan-read-1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="[A-Za-z0-9._-]+\.png"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(await response.arrayBuffer()).equals(scan)).toBe(true);
    expect((await download(await t.token({ sub: DONG, roles: ["citizen"] }))).status).toBe(200);
    expect((await download(null)).status).toBe(401);
    // Another department, another resident, an agent of another station: nothing.
    expect((await download(await flow.official("clerk", "130926101", "hrss"))).status).toBe(404);
    expect((await download(await t.token({ sub: LIU, roles: ["citizen"] }))).status).toBe(404);
    expect((await download(await flow.agentAt("130926101999"))).status).toBe(404);

    const auditor = await t.token({ sub: "auditor-scan", dept: "data-bureau", roles: ["auditor"] });
    const log = await t.query<{
      accessLog: {
        edges: {
          node: {
            requestId: string;
            callerSub: string;
            items: { item: string; outcome: string }[];
          };
        }[];
      };
    }>(
      `{ accessLog(subjectCitizenId: "${DONG}", item: "CaseScan.contentBase64", first: 100) { edges { node { requestId callerSub items { item outcome } } } } }`,
      { token: auditor },
    );
    const read = log
      .data!.accessLog.edges.map((e) => e.node)
      .find((e) => e.requestId === "scan-read-1");
    expect(read).toMatchObject({ callerSub: "clerk@130926101" });
    expect(read!.items).toContainEqual({ item: "CaseScan.contentBase64", outcome: "FULL" });

    // What is not a scan is refused on upload: an image with a page behind it, a PDF with a script.
    const html = Buffer.concat([scan, Buffer.from("<html><script>alert(1)</script></html>")]);
    const bad = await flow.upload(agent, open, "银行卡", html.toString("base64"));
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0]!.message).toContain("bytes follow the PNG's end");
    const pdf = await t.query(
      `mutation($input: UploadMaterialInput!) { uploadMaterial(input: $input) { id } }`,
      {
        token: agent,
        variables: {
          input: {
            caseId: open.id,
            expectedVersion: open.version,
            material: "银行卡",
            mediaType: "application/pdf",
            contentBase64: Buffer.from(
              "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
            ).toString("base64"),
          },
        },
      },
    );
    expect(codes(pdf)).toEqual(["BAD_USER_INPUT"]);
  });

  it("names what an insider changed: a decided case's field, a deleted step, reordered steps (acceptance 2)", async () => {
    const db = t.hub.subgraphs.cases.orm.orm.em.getConnection();
    const approver = await flow.official("approver", "130926");
    const verify = async () =>
      (
        await t.query<{
          verifyCase: {
            ok: boolean;
            firstFailedEventId: string | null;
            reason: string;
            field: string | null;
          };
        }>(`{ verifyCase(id: "${card.id}") { ok firstFailedEventId reason field } }`, {
          token: approver,
        })
      ).data!.verifyCase;
    const events: { id: string; seq: number; action: string }[] = await db.execute(
      `select id::text, seq, action from case_event where case_id = ? order by id`,
      [card.id],
    );
    const last = events.at(-1)!;

    // An edited field of the decided case.
    const [{ form_fields: original }] = (await db.execute(
      `select form_fields from case_file where id = ?`,
      [card.id],
    )) as { form_fields: unknown }[];
    await db.execute(
      `update case_file set form_fields = jsonb_set(form_fields, '{0,value}', '"刘秀芝"') where id = ?`,
      [card.id],
    );
    expect(await verify()).toMatchObject({
      ok: false,
      field: "formFields.name",
      firstFailedEventId: last.id,
    });
    await db.execute(`update case_file set form_fields = ?::jsonb where id = ?`, [
      JSON.stringify(original),
      card.id,
    ]);
    expect((await verify()).ok).toBe(true);

    // Two steps swapped.
    const accept = events.find((e) => e.action === "ACCEPT")!;
    const upload = events.find((e) => e.action === "UPLOAD")!;
    const swap = async () => {
      await db.execute(`update case_event set id = -1 where id = ?`, [accept.id]);
      await db.execute(`update case_event set id = ? where id = ?`, [accept.id, upload.id]);
      await db.execute(`update case_event set id = ? where id = -1`, [upload.id]);
    };
    await swap();
    const reordered = await verify();
    expect(reordered.ok).toBe(false);
    expect(reordered.reason).toContain("the history was reordered");
    await swap();
    expect((await verify()).ok).toBe(true);

    // The approval deleted.
    const approve = events.find((e) => e.action === "APPROVE")!;
    const after = events[events.indexOf(approve) + 1]!;
    await db.execute(`delete from case_event where id = ?`, [approve.id]);
    const deleted = await verify();
    expect(deleted).toMatchObject({ ok: false, firstFailedEventId: after.id });
    expect(deleted.reason).toContain(`step ${approve.seq} was deleted`);
  });

  it("gives the data bureau's auditors statistics across departments, and refuses an inverted period", async () => {
    const auditor = await t.token({
      sub: "auditor-stats",
      dept: "data-bureau",
      roles: ["auditor"],
    });
    const stats = await t.query<{
      caseStatistics: { cases: number; byDepartment: { department: string; cases: number }[] };
    }>(`{ caseStatistics { cases byDepartment { department cases } } }`, { token: auditor });
    expect(stats.errors).toBeUndefined();
    const departments = stats.data!.caseStatistics.byDepartment;
    expect(departments.map((d) => d.department)).toEqual([
      "civil-affairs",
      "hrss",
      "medical-insurance",
    ]);
    expect(stats.data!.caseStatistics.cases).toBe(departments.reduce((sum, d) => sum + d.cases, 0));
    expect(stats.data!.caseStatistics.cases).toBeGreaterThan(0);
    const inverted = await t.query(
      `{ caseStatistics(from: "2026-12-31", to: "2026-01-01") { cases } }`,
      {
        token: auditor,
      },
    );
    expect(codes(inverted)).toEqual(["BAD_USER_INPUT"]);
    const clerk = await flow.official("clerk", "130926");
    const own = await t.query<{ caseStatistics: { byDepartment: { department: string }[] } }>(
      `{ caseStatistics { byDepartment { department } } }`,
      { token: clerk },
    );
    expect(own.data!.caseStatistics.byDepartment.map((d) => d.department)).toEqual([
      "civil-affairs",
    ]);
    expect(
      codes(await t.query(`{ caseStatistics(department: "hrss") { cases } }`, { token: clerk })),
    ).toEqual(["FORBIDDEN"]);
  });

  it("creates a service item whose optional inputs are omitted, not sent as null", async () => {
    const civil = await officer("civil-affairs");
    const created = await t.query<{
      createServiceItem: {
        code: string;
        regionCode: string | null;
        formFields: { key: string; source: string | null }[];
      };
    }>(
      `mutation { createServiceItem(input: {
         code: "hearing-aid-subsidy", name: "助听器补贴", itemType: ADMINISTRATIVE_PAYMENT, department: "civil-affairs", level: COUNTY, scope: COUNTY,
         legalBasis: "x", acceptanceConditions: "x", promisedWorkingDays: 5, statutoryWorkingDays: 10, maxTrips: 1, feeFen: 0,
         formFields: [{ key: "name", label: "姓名", type: TEXT, required: true }],
         materials: [], eligibility: [],
         steps: [{ action: ACCEPT, name: "受理", role: "agent", levels: [VILLAGE] },
                 { action: APPROVE, name: "审批", role: "approver", levels: [COUNTY], department: "civil-affairs" }]
       }) { code regionCode formFields { key source } } }`,
      { token: civil },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createServiceItem).toEqual({
      code: "hearing-aid-subsidy",
      regionCode: null,
      formFields: [{ key: "name", source: null }],
    });
  });

  it("keeps the applicant's stated number apart from the bases' data, correctable at the counter", async () => {
    const agent = await flow.agentAt("130926101216");
    const bad = await t.query(
      `mutation { setCaseContact(id: "${open.id}", expectedVersion: ${open.version}, phone: "138****1234") { id } }`,
      { token: agent },
    );
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    const contact = (token: string, id: string, version: number) =>
      t.query(
        `mutation { setCaseContact(id: "${id}", expectedVersion: ${version}, phone: "13700001111") { id } }`,
        { token },
      );
    expect(
      codes(await contact(await flow.agentAt("130926101216", "hrss"), open.id, open.version)),
    ).toEqual(["FORBIDDEN"]);
    expect(
      codes(await contact(await flow.official("clerk", "130926101"), open.id, open.version)),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await contact(agent, open.id, open.version - 1))).toEqual(["CONFLICT"]);
    expect(codes(await contact(agent, card.id, card.version))).toEqual(["CONFLICT"]); // delivered: closed
    const set = await t.query<{
      setCaseContact: {
        version: number;
        contact: { phone: string; provenance: string };
        formFields: { key: string; value: string }[];
      };
    }>(
      `mutation { setCaseContact(id: "${open.id}", expectedVersion: ${open.version}, phone: "13700001111") { version contact { phone provenance } formFields { key value } } }`,
      { token: agent },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setCaseContact.contact).toEqual({
      phone: "13700001111",
      provenance: "STATED_BY_APPLICANT",
    });
    // The registered (masked) phone stays what the population base released.
    expect(set.data!.setCaseContact.formFields.find((f) => f.key === "phone")!.value).toBe(
      "138****1234",
    );
    const other = await flow.official("clerk", "130926101", "hrss");
    const read = await t.query<{ case: { contact: { phone: string | null } | null } | null }>(
      `{ case(id: "${open.id}") { contact { phone } } }`,
      { token: other },
    );
    expect(JSON.stringify(read.data)).not.toContain("13700001111");
    expect(fieldOf(open, "name").value).toBe("董志明");
  });

  it("satisfies a household member's register by the head's sealed register that lists them (acceptance 1)", async () => {
    const agent = await flow.agentAt("130926101216");
    const liu = (await flow.startCase(agent, "elderly-allowance", LIU, "liu-elderly")).data!
      .startCase;
    expect(liu.status).toBe("DRAFT");
    const register = liu.materials.find((m) => m.satisfiedBy === "HOUSEHOLD_REGISTER")!;
    expect(register).toMatchObject({
      status: "BY_LICENCE",
      sealVerified: true,
      reason: "listed in the household register held by the head of the household",
    });
    // It is 董志明's register (the household's head), not one of hers.
    const clerk = await flow.official("clerk", "130926101");
    const read = (citizenId: string, token: string, purpose: string) =>
      t.query<{
        personByCitizenId: {
          licences: { identifier: string }[] | null;
          householdRegister: {
            identifier: string;
            holderName: string;
            data: { members?: string[] };
            withheld: string[];
          } | null;
        };
      }>(
        `{ personByCitizenId(citizenId: "${citizenId}") { licences(types: ["HOUSEHOLD_REGISTER"]) { identifier } householdRegister { identifier holderName data withheld } } }`,
        { token, headers: { "x-purpose": purpose } },
      );
    const hers = await read(LIU, clerk, `case:${liu.id}`);
    expect(hers.errors).toBeUndefined();
    expect(hers.data!.personByCitizenId.licences).toEqual([]);
    const listing = hers.data!.personByCitizenId.householdRegister!;
    expect(listing.identifier).toBe(register.licenceIdentifier);
    expect(listing.holderName).toBe("董志明");
    // Of the members only she is shown: his citizen ID is not granted to civil-affairs.
    expect(listing.data.members).toEqual([LIU]);
    expect(listing.withheld).toContain("data.members.0");
    expect(JSON.stringify(hers)).not.toContain(DONG);
    // A register that does not list the applicant is not found; another department reads none.
    expect(
      (await read(WU, clerk, "item:elderly-allowance")).data!.personByCitizenId.householdRegister,
    ).toBeNull();
    const hrss = await read(
      LIU,
      await flow.official("clerk", "130926101", "hrss"),
      "item:elderly-allowance",
    );
    expect(codes(hrss)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    expect(hrss.data?.personByCitizenId?.householdRegister ?? null).toBeNull();
  });

  it("tells data officers which items lose which fields if a grant goes, and flags them when it does", async () => {
    const civil = await officer("civil-affairs");
    const grants = await t.query<{
      sharingGrants: {
        edges: { node: { id: string; items: string[]; purposes: string[]; status: string } }[];
      };
    }>(
      `{ sharingGrants(consumer: "civil-affairs", provider: "public-security", first: 50) { edges { node { id items purposes status } } } }`,
      { token: civil },
    );
    const personal = grants
      .data!.sharingGrants.edges.map((e) => e.node)
      .find((g) => g.items.includes("Person.status") && g.purposes.includes("elderly-allowance"))!;
    const impact = (token: string) =>
      t.query<{
        grantImpact: {
          consumer: string;
          items: {
            code: string;
            lostFields: { path: string }[];
            brokenRules: { path: string; message: string }[];
          }[];
        };
      }>(
        `{ grantImpact(id: "${personal.id}") { consumer items { code lostFields { path } brokenRules { path message } } } }`,
        { token },
      );
    const answer = await impact(civil);
    expect(answer.errors).toBeUndefined();
    const items = answer.data!.grantImpact.items;
    expect(items.map((i) => i.code)).toEqual([
      "elderly-allowance",
      "minimum-living-allowance",
      "senior-card",
    ]);
    const elderly = items.find((i) => i.code === "elderly-allowance")!;
    expect(elderly.brokenRules.map((r) => r.path)).toEqual([
      "eligibility.0.fact",
      "eligibility.1.fact",
    ]);
    expect(elderly.brokenRules[0]!.message).toContain(
      "a FULL grant of Person.status from public-security",
    );
    expect(elderly.lostFields.map((f) => f.path)).toEqual([
      "formFields.name.source",
      "formFields.gender.source",
      "formFields.birthDate.source",
      "formFields.age.source",
      "formFields.address.source",
      "formFields.householdNumber.source",
    ]);
    expect(codes(await impact(await officer("hrss")))).toEqual(["FORBIDDEN"]);
    expect(codes(await impact(await flow.official("clerk", "130926")))).toEqual(["FORBIDDEN"]);

    const revoked = await t.query(
      `mutation { revokeSharingGrant(id: "${personal.id}", reason: "授权到期，重新申请") { status } }`,
      { token: civil },
    );
    expect(revoked.errors).toBeUndefined();
    const changes = await t.query<{
      catalogChanges: { edges: { node: { action: string; detail: { grant: string } } }[] };
    }>(
      `{ catalogChanges(subject: "item:elderly-allowance@") { edges { node { action detail } } } }`,
      { token: civil },
    );
    const flagged = changes
      .data!.catalogChanges.edges.map((e) => e.node)
      .filter((n) => n.action === "FLAGGED");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.detail.grant).toBe(personal.id);
    // Gone: nothing hangs on it any more.
    expect((await impact(civil)).data!.grantImpact.items).toEqual([]);
  });
});
