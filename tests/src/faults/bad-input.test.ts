import { codes, startTestHub, type TestHub } from "../support/test-hub.js";
import { TYPED_CODES, storedState } from "./stored-state.js";

/**
 * Bad input everywhere: malformed IDs, identifiers, dates, enum values, oversize strings and
 * uploads, invalid UTF-8, SQL-looking strings, for every mutation: typed errors only, never a
 * 500, and nothing stored changes.
 */
const DONG = "130926193604120317";
const SQL = "'; drop table person; --";
const LONG = "长".repeat(100_000);
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

it("answers every bad input with a typed error and changes nothing", async () => {
  const ps = await t.token({
    sub: "ps-bad",
    dept: "public-security",
    roles: ["clerk", "issuer", "data-officer"],
  });
  const ca = await t.token({
    sub: "ca-bad",
    dept: "civil-affairs",
    roles: ["clerk", "issuer", "data-officer", "approver"],
    site: "130926",
  });
  const agent = await t.token({
    sub: "agent-bad",
    dept: "civil-affairs",
    roles: ["agent"],
    site: "130926101216",
  });
  const before = await storedState(t.hub);
  const item = {
    code: "bad",
    name: "x",
    department: "civil-affairs",
    level: "COUNTY",
    scope: "COUNTY",
    legalBasis: "x",
    acceptanceConditions: "x",
    promisedWorkingDays: 1,
    statutoryWorkingDays: 1,
    maxTrips: 0,
    feeFen: 0,
    formFields: [],
    materials: [],
    eligibility: [],
    steps: [],
  };
  const cases: [string, string, Record<string, unknown>?][] = [
    [ps, `{ personByCitizenId(citizenId: "13092619360412031X") { name } }`],
    [ps, `{ personByCitizenId(citizenId: "${SQL}") { name } }`],
    [ps, `{ personByCitizenId(citizenId: $id) { name } }`],
    [ps, `query($id: String!) { personByCitizenId(citizenId: $id) { name } }`, { id: LONG }],
    [
      ps,
      `{ persons(citizenIds: [${Array.from({ length: 1001 }, () => `"${DONG}"`).join(",")}]) { name } }`,
    ],
    [ps, `{ person(id: "not-a-uuid") { name } }`],
    [ps, `{ verifyIdentity(citizenId: "${DONG}", name: "${"名".repeat(65)}") }`],
    [ps, `{ household(number: "${SQL}") { number } }`],
    [ps, `{ licence(identifier: "1.2.156.3005.2.111.X.1.001.Z") { type } }`],
    [ps, `{ verifyLicence(identifier: "${SQL}") { status } }`],
    [ps, `{ verifyLicence { status } }`],
    [ps, `{ serviceItems(after: "${SQL}") { totalCount } }`],
    [ps, `{ serviceItems(first: 100000) { totalCount } }`],
    [ps, `{ serviceItems(level: PLANET) { totalCount } }`],
    [ps, `{ serviceItem(code: "${SQL}") { name } }`],
    [ps, `{ accessLog(from: "yesterday") { edges { cursor } } }`],
    [ps, `{ accessLogCheckpoints(partition: "${SQL}") { edges { cursor } } }`],
    [ps, `{ accessLogCheckpoints(after: "${SQL}") { edges { cursor } } }`],
    [ps, `{ accessLogConsistencyProof(fromCheckpoint: "${SQL}", toCheckpoint: "1") { proof } }`],
    [ps, `{ accessLogVerificationJob(id: "${SQL}") { status } }`],
    [ps, `{ case(id: "${SQL}") { id } }`],
    [ca, `{ caseStatistics(from: "2026-02-30") { cases } }`],
    [
      ps,
      `mutation { issueLicence(input: { type: "ID_CARD", holderCitizenId: "${DONG}", holderName: "董志明", jurisdiction: "${SQL}", data: {} }) { identifier } }`,
    ],
    [
      ps,
      `mutation { issueLicence(input: { type: "ID_CARD", holderCitizenId: "123", holderName: "董志明", jurisdiction: "130926101216", data: {} }) { identifier } }`,
    ],
    [
      ps,
      `mutation { issueLicence(input: { type: "ID_CARD", holderCitizenId: "${DONG}", holderName: "董志明", jurisdiction: "130926101216", data: {}, validUntil: "2026-13-40" }) { identifier } }`,
    ],
    [ps, `mutation { revokeLicence(identifier: "${SQL}", reason: "x") { status } }`],
    [
      ca,
      `mutation($input: ServiceItemInput!) { createServiceItem(input: $input) { code } }`,
      { input: item },
    ],
    [
      ca,
      `mutation($input: ServiceItemInput!) { createServiceItem(input: $input) { code } }`,
      { input: { ...item, code: SQL } },
    ],
    [
      ca,
      `mutation($input: ServiceItemInput!) { editServiceItem(code: "elderly-allowance", input: $input) { code } }`,
      { input: { ...item, code: "elderly-allowance", name: LONG } },
    ],
    [ca, `mutation { publishServiceItem(code: "elderly-allowance") { code } }`],
    [ca, `mutation { withdrawServiceItem(code: "elderly-allowance", reason: "") { code } }`],
    [
      ca,
      `mutation { classifyDataResource(input: { item: "${SQL}", base: population, provider: "public-security", description: "x", sensitivity: PUBLIC, shareType: UNCONDITIONAL, masking: NONE, householdScope: false }) { item } }`,
    ],
    [
      ca,
      `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.name"], level: FULL, purposes: ["${SQL}"], legalBasis: "x" }) { id } }`,
    ],
    [
      ca,
      `mutation { requestSharingGrant(input: { provider: "public-security", items: ["Person.name"], level: FULL, purposes: ["elderly-allowance"], legalBasis: "x", validUntil: "2020-01-01" }) { id } }`,
    ],
    [ps, `mutation { approveSharingGrant(id: "${SQL}") { id } }`],
    [
      ps,
      `mutation { rejectSharingGrant(id: "00000000-0000-4000-8000-000000000000", reason: "x") { id } }`,
    ],
    [
      ps,
      `mutation { revokeSharingGrant(id: "00000000-0000-4000-8000-000000000000", reason: "") { id } }`,
    ],
    [
      agent,
      `mutation { startCase(input: { itemCode: "elderly-allowance", applicantCitizenId: "${SQL}", idempotencyKey: "b1" }) { id } }`,
    ],
    [
      agent,
      `mutation { startCase(input: { itemCode: "${SQL}", applicantCitizenId: "${DONG}", idempotencyKey: "b2" }) { id } }`,
    ],
    [
      agent,
      `mutation { startCase(input: { itemCode: "elderly-allowance", applicantCitizenId: "${DONG}", idempotencyKey: "${SQL}" }) { id } }`,
    ],
    [
      agent,
      `mutation { startCase(input: { itemCode: "no-such-item", applicantCitizenId: "${DONG}", idempotencyKey: "b3" }) { id } }`,
    ],
    [
      agent,
      `mutation { setCaseFields(id: "${SQL}", expectedVersion: 1, values: [{ key: "x", value: "y" }]) { id } }`,
    ],
    [
      agent,
      `mutation($input: UploadMaterialInput!) { uploadMaterial(input: $input) { id } }`,
      {
        input: {
          caseId: "00000000-0000-4000-8000-000000000000",
          expectedVersion: 1,
          material: "银行卡",
          mediaType: "image/gif",
          contentBase64: "R0lGOD",
        },
      },
    ],
    [
      agent,
      `mutation($input: UploadMaterialInput!) { uploadMaterial(input: $input) { id } }`,
      {
        input: {
          caseId: "00000000-0000-4000-8000-000000000000",
          expectedVersion: 1,
          material: "银行卡",
          mediaType: "image/png",
          contentBase64: "A".repeat(8_000_000),
        },
      },
    ],
    [
      ca,
      `mutation { decideCase(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, decision: ACCEPT) { id } }`,
    ],
    [
      ca,
      `mutation { decideCase(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, decision: SHRUG) { id } }`,
    ],
    [
      ca,
      `mutation { requestSupplement(id: "${SQL}", expectedVersion: 1, items: [], note: "") { id } }`,
    ],
    [
      ca,
      `mutation { resubmitCase(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1) { id } }`,
    ],
    [
      ca,
      `mutation { completeCase(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1) { id } }`,
    ],
    [
      ca,
      `mutation { deliverCase(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1) { id } }`,
    ],
    [
      ca,
      `mutation { rateCase(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, score: 9) { id } }`,
    ],
    [
      ca,
      `mutation { answerFollowUp(id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, answer: "") { id } }`,
    ],
  ];
  const problems: string[] = [];
  for (const [token, query, variables] of cases) {
    const response = await t.query(query, { token, variables });
    const unexpected = codes(response).filter((code) => !TYPED_CODES.has(String(code)));
    if (response.status >= 500 || !response.errors?.length || unexpected.length) {
      problems.push(
        `${response.status} ${JSON.stringify(codes(response))} ${response.errors?.[0]?.message ?? "no error"} <- ${query.slice(0, 90)}`,
      );
    }
  }
  expect(problems).toEqual([]);

  // A forged sealed token is an answer, not an error: the licence does not verify.
  const forged = await t.query<{ verifyLicence: { status: string } }>(
    `{ verifyLicence(token: "a.b.c") { status } }`,
    { token: ps },
  );
  expect(forged.data!.verifyLicence.status).toBe("TAMPERED");

  // Invalid UTF-8 and broken JSON at the HTTP level.
  for (const body of [
    Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]),
    Buffer.from("{not json"),
  ]) {
    const response = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ps}` },
      body,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  }
  expect(await storedState(t.hub)).toEqual(before);
});
