import { sharingEnv } from "@gongxiang/scripts";
import { codes, startTestHub, type GraphQLResponse, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
const WU = "360923195007070350";
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

const staff = (dept: string, roles = ["clerk"]) =>
  t.token({ sub: `${roles[0]}@${dept}`, dept, roles });
const purpose = (code: string) => ({ "x-purpose": `item:${code}` });
const errorAt = (response: GraphQLResponse<unknown>, path: string) =>
  response.errors?.find((error) => error.path?.join(".") === path)?.extensions?.code;

/** Repeats a request until `done` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, attempt: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await attempt())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - start;
}

const PERSON = `{ personByCitizenId(citizenId: "${DONG}") { citizenId name birthDate phone
  household { number members { name relationToHead } } } }`;

describe("field-level sharing through the gateway (issue 5)", () => {
  it("gives civil-affairs 董志明 in full and his phone masked for elderly-allowance (acceptance 1)", async () => {
    const clerk = await staff("civil-affairs");
    const response = await t.query(PERSON, { token: clerk, headers: purpose("elderly-allowance") });
    // relationToHead is not in civil-affairs' grant: null with an error at each member's path.
    expect(
      response.errors!.map((e) => `${e.path!.join(".")}:${String(e.extensions!.code)}`),
    ).toEqual([
      "personByCitizenId.household.members.0.relationToHead:UNAUTHORIZED_FIELD_OR_TYPE",
      "personByCitizenId.household.members.1.relationToHead:UNAUTHORIZED_FIELD_OR_TYPE",
    ]);
    expect(response.data).toEqual({
      personByCitizenId: {
        citizenId: DONG,
        name: "董志明",
        birthDate: "1936-04-12",
        phone: "138****1234",
        household: {
          number: "130926101216-0012",
          members: [
            { name: "董志明", relationToHead: null },
            { name: "刘秀兰", relationToHead: null },
          ],
        },
      },
    });
  });

  it("asks for a purpose for conditional fields and answers the rest (acceptance 1)", async () => {
    const clerk = await staff("civil-affairs");
    const response = await t.query<{ personByCitizenId: Record<string, unknown> }>(
      `{ personByCitizenId(citizenId: "${DONG}") { citizenId name birthDate phone } }`,
      { token: clerk },
    );
    expect(response.data!.personByCitizenId).toEqual({
      citizenId: DONG,
      name: null,
      birthDate: null,
      phone: null,
    });
    for (const field of ["name", "birthDate", "phone"]) {
      expect(errorAt(response, `personByCitizenId.${field}`)).toBe("PURPOSE_REQUIRED");
    }
  });

  it("lets medical-insurance verify but never read (acceptance 2)", async () => {
    const clerk = await staff("medical-insurance");
    const response = await t.query<{
      personByCitizenId: { birthDate: unknown };
      verifyIdentity: string;
    }>(
      `{ personByCitizenId(citizenId: "${DONG}") { birthDate } verifyIdentity(citizenId: "${DONG}", name: "董志明") }`,
      { token: clerk, headers: purpose("resident-medical-enrolment") },
    );
    expect(response.data).toEqual({
      personByCitizenId: { birthDate: null },
      verifyIdentity: "MATCH",
    });
    expect(errorAt(response, "personByCitizenId.birthDate")).toBe("UNAUTHORIZED_FIELD_OR_TYPE");
  });

  it("opens hrss's requested grant on approval and closes it on revocation within a second (acceptance 2)", async () => {
    const hrss = await staff("hrss");
    const read = () =>
      t.query<{ personByCitizenId: { name: string | null } }>(
        `{ personByCitizenId(citizenId: "${DONG}") { name } }`,
        { token: hrss, headers: purpose("resident-pension-enrolment") },
      );
    const before = await read();
    expect(before.data!.personByCitizenId.name).toBeNull();
    expect(errorAt(before, "personByCitizenId.name")).toBe("UNAUTHORIZED_FIELD_OR_TYPE");

    const psOfficer = await staff("public-security", ["data-officer"]);
    const pending = await t.query<{
      sharingGrants: {
        edges: { node: { id: string; consumer: string; dueOn: string; overdue: boolean } }[];
      };
    }>(
      `{ sharingGrants(provider: "public-security", status: REQUESTED) { edges { node { id consumer dueOn overdue } } } }`,
      {
        token: psOfficer,
      },
    );
    const request = pending
      .data!.sharingGrants.edges.map((e) => e.node)
      .find((g) => g.consumer === "hrss")!;
    expect(request.overdue).toBe(false);
    expect(request.dueOn > new Date().toISOString().slice(0, 10)).toBe(true);

    const civilOfficer = await staff("civil-affairs", ["data-officer"]);
    const wrongSide = await t.query(
      `mutation { approveSharingGrant(id: "${request.id}") { status } }`,
      { token: civilOfficer },
    );
    expect(codes(wrongSide)).toEqual(["FORBIDDEN"]);

    const approved = await t.query<{ approveSharingGrant: { status: string; inForce: boolean } }>(
      `mutation { approveSharingGrant(id: "${request.id}") { status inForce } }`,
      { token: psOfficer },
    );
    expect(approved.data!.approveSharingGrant).toEqual({ status: "APPROVED", inForce: true });
    await within(1000, async () => (await read()).data!.personByCitizenId.name === "董志明");

    const hrssOfficer = await staff("hrss", ["data-officer"]);
    const revoked = await t.query<{ revokeSharingGrant: { status: string } }>(
      `mutation { revokeSharingGrant(id: "${request.id}", reason: "pilot ended") { status } }`,
      { token: hrssOfficer },
    );
    expect(revoked.data!.revokeSharingGrant.status).toBe("REVOKED");
    await within(1000, async () => (await read()).data!.personByCitizenId.name === null);

    const history = await t.query<{
      catalogChanges: { edges: { node: { action: string; actorSub: string } }[] };
    }>(
      `{ catalogChanges(subject: "grant:${request.id}") { edges { node { action actorSub } } } }`,
      { token: psOfficer },
    );
    expect(
      history.data!.catalogChanges.edges.map((e) => `${e.node.action}:${e.node.actorSub}`),
    ).toEqual([
      "REQUESTED:system:demo-loader",
      "APPROVED:data-officer@public-security",
      "REVOKED:data-officer@hrss",
    ]);
  });

  it("grants unconditional items on request, refuses NOT_SHARED ones, and lets the provider reject", async () => {
    const officer = await staff("medical-insurance", ["data-officer"]);
    const ask = (items: string[], purposes: string[] = ["resident-medical-enrolment"]) =>
      t.query<{ requestSharingGrant: { id: string; status: string } }>(
        `mutation($items: [String!]!, $purposes: [String!]!) { requestSharingGrant(input: { provider: "public-security",
           items: $items, level: FULL, purposes: $purposes, legalBasis: "国发〔2016〕3号" }) { id status } }`,
        { token: officer, variables: { items, purposes } },
      );
    expect((await ask(["Person.id"])).data!.requestSharingGrant.status).toBe("APPROVED");
    const secret = await ask(["Person.ethnicity"]);
    expect(codes(secret)).toEqual(["BAD_USER_INPUT"]);
    expect(secret.errors![0]!.message).toContain("not shared");
    expect(codes(await ask(["Licence:ID_CARD"]))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await ask(["Person.address"], ["no-such-item"]))).toEqual(["BAD_USER_INPUT"]);
    const clerk = await staff("medical-insurance");
    expect(
      codes(
        await t.query(
          `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.address"], level: FULL,
             purposes: ["resident-medical-enrolment"], legalBasis: "x" }) { id } }`,
          { token: clerk },
        ),
      ),
    ).toEqual(["FORBIDDEN"]);

    const pending = await ask(["Person.address"]);
    expect(pending.data!.requestSharingGrant.status).toBe("REQUESTED");
    const ps = await staff("public-security", ["data-officer"]);
    const rejected = await t.query<{
      rejectSharingGrant: { status: string; decisionReason: string };
    }>(
      `mutation { rejectSharingGrant(id: "${pending.data!.requestSharingGrant.id}", reason: "地址不属于参保必需信息") { status decisionReason } }`,
      { token: ps },
    );
    expect(rejected.data!.rejectSharingGrant).toEqual({
      status: "REJECTED",
      decisionReason: "地址不属于参保必需信息",
    });
  });

  it("releases licences per type by grant and purpose", async () => {
    const clerk = await staff("civil-affairs");
    const licences = `{ personByCitizenId(citizenId: "${DONG}") { licences(types: ["ID_CARD"]) { type status } } }`;
    const granted = await t.query(licences, {
      token: clerk,
      headers: purpose("elderly-allowance"),
    });
    expect(granted.data).toEqual({
      personByCitizenId: { licences: [{ type: "ID_CARD", status: "VALID" }] },
    });
    const noPurpose = await t.query(licences, { token: clerk });
    expect(errorAt(noPurpose, "personByCitizenId.licences")).toBe("PURPOSE_REQUIRED");
    const disability = await t.query(
      `{ personByCitizenId(citizenId: "${WU}") { licences(types: ["DISABILITY_CERT"]) { type } } }`,
      { token: clerk, headers: purpose("disability-subsidy") },
    );
    expect(errorAt(disability, "personByCitizenId.licences")).toBe("UNAUTHORIZED_FIELD_OR_TYPE");
  });

  it("shows the sharing rules only to the bases that present the catalog's token", async () => {
    const url = new URL("/sharing/snapshot", t.hub.subgraphs.catalog.url);
    const { SHARING_SNAPSHOT_TOKEN: token } = await sharingEnv(url.toString(), t.dataDir);
    const read = (authorization?: string) =>
      fetch(url, { headers: authorization ? { authorization } : {} });
    expect((await read()).status).toBe(401);
    const wrong = token.slice(0, -1) + (token.endsWith("x") ? "y" : "x");
    expect((await read(`Bearer ${wrong}`)).status).toBe(401);
    expect((await read(token)).status).toBe(401);
    const answer = await read(`Bearer ${token}`);
    expect(answer.status).toBe(200);
    const snapshot = (await answer.json()) as { grants: { consumer: string }[] };
    expect(snapshot.grants.map((grant) => grant.consumer)).toContain("civil-affairs");
  });
});
