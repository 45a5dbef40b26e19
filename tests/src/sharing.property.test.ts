import { readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { REPO_ROOT } from "@gongxiang/scripts";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 5, acceptance 6: random queries over every personal field, by random departments with
 * random purposes, never return a value outside the caller's grants. The oracle below is written
 * from demo.json and catalog.json alone, not from the hub's code.
 */
interface DemoGrant {
  consumer: string;
  items: string[];
  level: "FULL" | "MASKED" | "VERIFY";
  purposes: string[];
  status: string;
}
interface Demo {
  people: { citizenId: string }[];
  grants: DemoGrant[];
  licenceTypes: { code: string; issuerDept: string }[];
  serviceItems: { code: string }[];
}
type Level = "FULL" | "MASKED" | null;

const PERSON_FIELDS = [
  "name",
  "gender",
  "birthDate",
  "age",
  "ethnicity",
  "address",
  "divisionCode",
  "phone",
  "maritalStatus",
  "status",
  "deathDate",
  "relationToHead",
] as const;
const DEPARTMENTS = [
  "public-security",
  "civil-affairs",
  "hrss",
  "medical-insurance",
  "disabled-persons-federation",
  "data-bureau",
];

let t: TestHub;
let demo: Demo;
let shareTypes: Map<string, string>;
let truth: Map<string, Record<string, unknown>>;

const json = async <T>(...parts: string[]) =>
  JSON.parse(await readFile(path.join(REPO_ROOT, ...parts), "utf8")) as T;

function oracle(dept: string, purpose: string | null, item: string): Level {
  if (dept === "public-security" && item.startsWith("Person.")) return "FULL";
  const shareType = shareTypes.get(item);
  if (!shareType || shareType === "NOT_SHARED") return null;
  const levels = demo.grants
    .filter((g) => g.status === "APPROVED" && g.consumer === dept && g.items.includes(item))
    .filter(
      (g) =>
        shareType === "UNCONDITIONAL" ||
        (purpose !== null && g.purposes.includes(purpose.replace(/^item:/, ""))),
    )
    .map((g) => g.level);
  if (levels.includes("FULL")) return "FULL";
  if (levels.includes("MASKED")) return "MASKED";
  return null;
}

function licenceOracle(dept: string, purpose: string | null, type: string): boolean {
  if (dept === "data-bureau") return true;
  if (demo.licenceTypes.find((l) => l.code === type)?.issuerDept === dept) return true;
  return oracle(dept, purpose, `Licence:${type}`) === "FULL";
}

beforeAll(async () => {
  t = await startTestHub();
  demo = await json<Demo>("demo", "demo.json");
  const catalog = await json<{ dataResources: { item: string; shareType: string }[] }>(
    "demo",
    "catalog.json",
  );
  shareTypes = new Map(catalog.dataResources.map((r) => [r.item, r.shareType]));
  // The truth, as the owners read it: public security for persons, the data bureau for licences.
  const ps = await t.token({ sub: "ps-truth", dept: "public-security", roles: ["clerk"] });
  const bureau = await t.token({ sub: "db-truth", dept: "data-bureau", roles: ["clerk"] });
  truth = new Map();
  for (const { citizenId } of demo.people) {
    const person = await t.query<{ personByCitizenId: Record<string, unknown> }>(
      `{ personByCitizenId(citizenId: "${citizenId}") { ${PERSON_FIELDS.join(" ")} household { number address } } }`,
      { token: ps },
    );
    const licences = await t.query<{
      personByCitizenId: { licences: { type: string; identifier: string }[] };
    }>(`{ personByCitizenId(citizenId: "${citizenId}") { licences { type identifier } } }`, {
      token: bureau,
    });
    truth.set(citizenId, {
      ...person.data!.personByCitizenId,
      licences: licences.data!.personByCitizenId.licences,
    });
  }
});
afterAll(() => t?.stop());

it("never returns a value outside the caller's grants, and returns what they are granted", async () => {
  const purposes = [
    null,
    "item:unknown-item",
    ...demo.serviceItems.map((item) => `item:${item.code}`),
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...DEPARTMENTS),
      fc.constantFrom(...purposes),
      fc.constantFrom(...demo.people.map((p) => p.citizenId)),
      fc.subarray([...PERSON_FIELDS], { minLength: 1 }),
      fc.boolean(),
      fc.boolean(),
      async (dept, purpose, citizenId, fields, withHousehold, withLicences) => {
        const token = await t.token({ sub: `prop-${dept}`, dept, roles: ["clerk"] });
        const selection = [
          ...fields,
          withHousehold ? "household { address }" : "",
          withLicences ? "licences { type identifier }" : "",
        ].join(" ");
        const response = await t.query<{ personByCitizenId: Record<string, unknown> | null }>(
          `{ personByCitizenId(citizenId: "${citizenId}") { ${selection} } }`,
          { token, headers: purpose ? { "x-purpose": purpose } : {} },
        );
        const got = response.data?.personByCitizenId ?? {};
        const real = truth.get(citizenId)!;
        for (const field of fields) {
          const level = oracle(dept, purpose, `Person.${field}`);
          const value = got[field] ?? null;
          if (level === null) expect([field, value]).toEqual([field, null]);
          if (level === "FULL") expect([field, value]).toEqual([field, real[field] ?? null]);
          if (level === "MASKED" && real[field] != null) expect(value).not.toEqual(real[field]);
        }
        if (withHousehold) {
          const household = got.household as { address: unknown } | null | undefined;
          const allowed = oracle(dept, purpose, "Person.household") === "FULL";
          const expected = allowed ? (real.household as { address: unknown }).address : null;
          expect(household?.address ?? null).toEqual(expected);
        }
        if (withLicences) {
          const returned = ((got.licences as { type: string; identifier: string }[] | null) ?? [])
            .map((l) => l.identifier)
            .sort();
          const expected = (real.licences as { type: string; identifier: string }[])
            .filter((l) => licenceOracle(dept, purpose, l.type))
            .map((l) => l.identifier)
            .sort();
          expect(returned).toEqual(expected);
        }
      },
    ),
    { numRuns: 150 },
  );
});
