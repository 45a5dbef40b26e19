import { readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { REPO_ROOT } from "@gongxiang/scripts";
import { insertCases, type FixtureCase } from "./support/case-fixture.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 15 acceptance 1: whatever a caller without a token asks, of every root field with random
 * arguments and every field beneath to some depth, no answer holds a value of a person from the
 * population or e-licence bases (names, ID numbers, phones, addresses, birth dates, in the forms
 * residents write them), though residents' published messages and their answers were written
 * full of them; no answer is an internal error; and every published count or figure equals an
 * oracle's count from the stored cases, or is withheld when it rests on fewer than 5 cases.
 * The oracle is written here from the fixture alone.
 */
interface DemoPerson {
  citizenId: string;
  name: string;
  birthDate: string;
  phone: string | null;
  address: string;
}
interface Demo {
  people: DemoPerson[];
  licences: { holder: string; data?: Record<string, unknown> }[];
  sites: { code: string }[];
}
interface CatalogItem {
  code: string;
  name: string;
  department: string;
  eligibility: { description: string }[];
}

const MINIMUM = 5;
const MONTHS = ["2026-09", "2026-10", "2026-11"];
const APPROVED = new Set(["APPROVED", "COMPLETING", "COMPLETED", "DELIVERED"]);
const HANDLED = [
  "DRAFT",
  "ACCEPTED",
  "SUPPLEMENT_REQUIRED",
  "REVIEWED",
  "APPROVED",
  "REJECTED",
  "COMPLETING",
  "COMPLETED",
  "DELIVERED",
];

let t: TestHub;
let demo: Demo;
let items: CatalogItem[];
let schema: GraphQLSchema;
let fixture: FixtureCase[];
let published = 0;
/** The items the public catalog lists: the others (drafts) publish no figures. */
let publishedItems: CatalogItem[];

/** Every form a person's values take in what residents and officials write. */
function secretsOf(person: DemoPerson): string[] {
  const wide = (text: string) =>
    text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const [y, m, d] = person.birthDate.split("-");
  const values = [
    person.name,
    person.citizenId,
    wide(person.citizenId),
    person.birthDate,
    `${y}${m}${d}`,
    `${y}年${Number(m)}月${Number(d)}日`,
    `${y}年${m}月${d}日`,
    person.address,
  ];
  // The part of an address after its village or community: the house itself.
  const house = /(?:村|社区)([^村社]{4,})$/.exec(person.address)?.[1];
  if (house) values.push(house);
  if (person.phone) {
    const p = person.phone;
    values.push(p, wide(p), `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`);
    values.push(`${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`);
  }
  return values;
}

/** How a secret might still be read in an answer: as written, or with digits run together. */
function leaks(text: string, secrets: string[]): string[] {
  const joined = text.replace(/(?<=[0-9０-９])[\s-]+(?=[0-9０-９])/g, "");
  return secrets.filter((s) => text.includes(s) || joined.includes(s.replace(/[\s-]/g, "")));
}

let secrets: string[];

/** A text as a resident or an official writes it, with personal values inside. */
const writing = () =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "您好，",
          "请问",
          "我家老人",
          "办理进度如何？",
          "电话",
          "住在",
          "谢谢。",
          "身份证号",
        ),
        fc.constantFrom(...secrets),
      ),
      { minLength: 2, maxLength: 8 },
    )
    .map((parts) => parts.join(""));

beforeAll(async () => {
  demo = JSON.parse(await readFile(path.join(REPO_ROOT, "demo/demo.json"), "utf8")) as Demo;
  items = (
    JSON.parse(await readFile(path.join(REPO_ROOT, "demo/catalog.json"), "utf8")) as {
      serviceItems: CatalogItem[];
    }
  ).serviceItems;
  secrets = demo.people.flatMap(secretsOf);
  for (const licence of demo.licences) {
    for (const value of Object.values(licence.data ?? {})) {
      // Dates and numbers of a person's licences (a spouse's ID, a registration date).
      if (typeof value === "string" && /[0-9]{4}/.test(value)) secrets.push(value);
    }
  }

  t = await startTestHub({
    env: {
      TRUSTED_PROXY_HOPS: "1",
      RATE_LIMIT_PUBLIC_PER_ADDRESS_PER_MINUTE: "100000",
      MESSAGES_PER_ADDRESS_PER_DAY: "1000",
      MESSAGES_PER_CITIZEN_PER_DAY: "1000",
    },
  });
  t.hub.subgraphs.cases.deps.clock.moveTo("2026-12-10");

  // Cases of every item, 0 to 9 a month, of every status, about the demo's people.
  fixture = fc
    .sample(
      fc.array(
        fc.record({
          item: fc.constantFrom(...items),
          month: fc.constantFrom(...MONTHS),
          day: fc.integer({ min: 1, max: 28 }),
          person: fc.constantFrom(...demo.people),
          site: fc.constantFrom(...demo.sites.map((s) => s.code)),
          status: fc.constantFrom("INTAKE", "REFUSED", "REFUSED", ...HANDLED),
          rule: fc.nat(1),
          auto: fc.integer({ min: 0, max: 4 }),
          days: fc.integer({ min: 0, max: 20 }),
          late: fc.boolean(),
          rating: fc.option(fc.integer({ min: 1, max: 5 })),
        }),
        { minLength: 150, maxLength: 150 },
      ),
      { numRuns: 1, seed: 15 },
    )[0]!
    .map((c, i) => {
      const created = `${c.month}-${String(c.day).padStart(2, "0")}`;
      const done = c.status === "COMPLETED" || c.status === "DELIVERED";
      const completed = done ? addDays(created, c.days) : null;
      return {
        itemCode: c.item.code,
        itemName: c.item.name,
        department: c.item.department,
        // One open case per applicant and item: the person's number, made one of a kind.
        applicant: `${c.person.citizenId.slice(0, 14)}${String(i).padStart(4, "0")}`,
        site: c.site,
        status: c.status,
        auto: c.auto,
        reason:
          c.status === "REFUSED"
            ? `not eligible: ${c.item.eligibility[c.rule % c.item.eligibility.length]!.description}`
            : null,
        accepted: c.status === "DRAFT" || c.status === "INTAKE" ? null : created,
        deadline: done ? addDays(created, c.late ? c.days - 1 : c.days) : null,
        completed,
        rating: done ? c.rating : null,
        created: `${created}T10:00:00+08:00`,
      };
    });
  await insertCases(t, fixture);
  const catalog = await t.query<{ serviceItems: { edges: { node: { code: string } }[] } }>(
    `{ serviceItems(first: 50) { edges { node { code } } } }`,
  );
  const listed = new Set(catalog.data!.serviceItems.edges.map((e) => e.node.code));
  publishedItems = items.filter((i) => listed.has(i.code));
  expect(publishedItems.length).toBeGreaterThan(1);

  // Residents write about items and sites, full of personal values; departments answer in kind.
  const messages = fc.sample(
    fc.record({
      about: fc.constantFrom("ITEM", "SITE"),
      item: fc.constantFrom(...publishedItems),
      site: fc.constantFrom(...demo.sites.map((s) => s.code)),
      writer: fc.option(fc.constantFrom(...demo.people)),
      contact: fc.constantFrom(...demo.people.flatMap((p) => (p.phone ? [p.phone] : []))),
      address: fc.ipV4(),
      question: writing(),
      answer: writing(),
    }),
    { numRuns: 20, seed: 15 },
  );
  for (const m of messages) {
    const writer = m.writer
      ? { token: await t.token({ sub: m.writer.citizenId, roles: ["citizen"] }) }
      : { headers: { "x-forwarded-for": m.address } };
    const sent = await t.query<{ submitMessage: { number: string; department: string } }>(
      `mutation($input: SubmitMessageInput!) { submitMessage(input: $input) { number department } }`,
      {
        ...writer,
        variables: {
          input: {
            about: m.about,
            ...(m.about === "ITEM" ? { itemCode: m.item.code } : { siteCode: m.site }),
            text: m.question.slice(0, 500),
            ...(m.writer ? {} : { contactPhone: m.contact }),
            publishable: true,
          },
        },
      },
    );
    expect(sent.errors).toBeUndefined();
    const { number, department } = sent.data!.submitMessage;
    const clerk = await t.token({ sub: `${department}-clerk`, dept: department, roles: ["clerk"] });
    const inbox = await t.query<{
      messageInbox: { edges: { node: { id: string; number: string } }[] };
    }>(`{ messageInbox(answered: false, first: 50) { edges { node { id number } } } }`, {
      token: clerk,
    });
    const id = inbox.data!.messageInbox.edges.find((e) => e.node.number === number)!.node.id;
    const answered = await t.query(
      `mutation($id: ID!, $a: String!) { answerMessage(id: $id, answer: $a, publish: true) { id } }`,
      { token: clerk, variables: { id, a: m.answer.slice(0, 500) } },
    );
    expect(answered.errors).toBeUndefined();
    published += 1;
  }

  const introspection = await t.query<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data!);
}, 300_000);
afterAll(() => t?.stop());

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every field beneath a type to `depth`, those without required arguments. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
  if (depth === 0) return "{ __typename }";
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => `${f.name} ${selection(f.type, depth - 1)}`);
  return `{ ${fields.join(" ")} }`;
}

/** A value for an argument, from what a caller might try: real codes, people's values, junk. */
function argument(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return argument(type.ofType);
  if (isListType(type)) return fc.array(argument(type.ofType), { maxLength: 2 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, argument(f.type)])));
  }
  switch (getNamedType(type).name) {
    case "Int":
      return fc.integer({ min: 1, max: 60 });
    case "Float":
      return fc.double({ min: 0, max: 100, noNaN: true });
    case "Boolean":
      return fc.boolean();
    default:
      return fc.oneof(
        fc.constantFrom(...items.map((i) => i.code)),
        fc.constantFrom(...demo.sites.map((s) => s.code)),
        fc.constantFrom(...MONTHS, "2026-12", "2026-10-16"),
        fc.constantFrom("civil-affairs", "hrss", "data-bureau", "ID_CARD", "DISABILITY_CERT"),
        fc.constantFrom(...demo.people.map((p) => p.citizenId)),
        fc.string({ maxLength: 12 }),
      );
  }
}

/** A root query with random arguments (required ones always, optional ones sometimes). */
function rootQuery(field: GraphQLField<unknown, unknown>): fc.Arbitrary<[string, object]> {
  const args = field.args.map((a) =>
    isNonNullType(a.type)
      ? argument(a.type).map((v) => [a, v] as const)
      : fc.option(argument(a.type)).map((v) => [a, v] as const),
  );
  return fc.tuple(...args).map((pairs) => {
    const given = pairs.filter(([, v]) => v !== null);
    const declared = given.map(([a]) => `$${a.name}: ${String(a.type)}`).join(", ");
    const passed = given.map(([a]) => `${a.name}: $${a.name}`).join(", ");
    const query = `query${declared ? `(${declared})` : ""} { ${field.name}${
      passed ? `(${passed})` : ""
    } ${selection(field.type, 4)} }`;
    return [query, Object.fromEntries(given.map(([a, v]) => [a.name, v]))];
  });
}

describe("what the public reads", () => {
  it("holds residents' messages, all published, with every personal value blanked out", async () => {
    const response = await t.query<{
      publishedMessages: {
        totalCount: number;
        edges: { node: { question: string; answer: string } }[];
      };
    }>(`{ publishedMessages(first: 50) { totalCount edges { node { question answer } } } }`);
    expect(response.data!.publishedMessages.totalCount).toBe(published);
    expect(published).toBe(20);
    const texts = response.data!.publishedMessages.edges.flatMap((e) => [
      e.node.question,
      e.node.answer,
    ]);
    expect(texts.filter((text) => leaks(text, secrets).length > 0)).toEqual([]);
    expect(texts.filter((text) => text.includes("〔已隐去〕")).length).toBeGreaterThan(20);
  });

  it("never holds a person's value and is never an internal error, whatever is asked", async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    await fc.assert(
      fc.asyncProperty(fc.oneof(...fields.map(rootQuery)), async ([query, variables]) => {
        const response = await t.query(query, {
          variables: variables as Record<string, unknown>,
          headers: { "x-forwarded-for": "203.0.113.9" },
        });
        const found = leaks(JSON.stringify(response), secrets);
        expect([query, variables, found]).toEqual([query, variables, []]);
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        expect([query, codes]).toEqual([
          query,
          codes.filter((c) =>
            ["BAD_USER_INPUT", "UNAUTHENTICATED", "NOT_FOUND"].includes(c as string),
          ),
        ]);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 300, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 1_000_000) },
    );
  }, 300_000);

  it("publishes every count and figure as the stored cases give it, or withholds it under 5", async () => {
    const cell = (n: number) => (n >= MINIMUM ? n : null);
    const china = (c: FixtureCase) => c.created.slice(0, 7);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...items),
        fc.constantFrom(...MONTHS),
        fc.constantFrom(...MONTHS),
        async (item, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const response = await t.query<{
            disclosedResults: { months: Record<string, unknown>[] };
            outcomeFigures: Record<string, number | null>;
          }>(
            `query($i: String!, $f: String, $t: String) {
               disclosedResults(itemCode: $i, from: $f, to: $t) { months { month received approved
                 refused refusedByRule { rule count } completed completedOnTime } }
               outcomeFigures(itemCode: $i, month: $t) { autoFillShare uploadsPerCase
                 averageRating medianWorkingDays sameVillageShare } }`,
            { variables: { i: item.code, f: from, t: to } },
          );
          expect(response.errors).toBeUndefined();
          if (!publishedItems.includes(item)) {
            // A draft publishes nothing.
            expect(response.data!.disclosedResults).toBeNull();
            expect(Object.values(response.data!.outcomeFigures).every((v) => v === null)).toBe(
              true,
            );
            return;
          }
          const months = MONTHS.filter((m) => m >= from && m <= to)
            .map((month) => ({
              month,
              cases: fixture.filter(
                (c) => c.itemCode === item.code && china(c) === month && c.status !== "INTAKE",
              ),
            }))
            .filter((m) => m.cases.length > 0)
            .map(({ month, cases }) => {
              const rules = new Map<string, number>();
              for (const c of cases.filter((c) => c.status === "REFUSED")) {
                rules.set(c.reason!, (rules.get(c.reason!) ?? 0) + 1);
              }
              return {
                month,
                received: cell(cases.length),
                approved: cell(cases.filter((c) => APPROVED.has(c.status)).length),
                refused: cell(
                  cases.filter((c) => c.status === "REFUSED" || c.status === "REJECTED").length,
                ),
                refusedByRule: [...rules]
                  .filter(([, count]) => count >= MINIMUM)
                  .map(([rule, count]) => ({ rule, count })),
                completed: cell(cases.filter((c) => c.completed).length),
                completedOnTime: cell(
                  cases.filter((c) => c.completed && c.completed <= c.deadline!).length,
                ),
              };
            });
          expect(response.data!.disclosedResults.months).toEqual(months);

          const handled = fixture.filter(
            (c) => c.itemCode === item.code && china(c) === to && HANDLED.includes(c.status),
          );
          const rated = handled.filter((c) => c.rating != null);
          const figures = response.data!.outcomeFigures;
          expect(figures.autoFillShare).toBe(
            handled.length >= MINIMUM
              ? round(handled.reduce((n, c) => n + (c.auto ?? 3), 0) / (4 * handled.length), 3)
              : null,
          );
          expect(figures.uploadsPerCase).toBe(handled.length >= MINIMUM ? 1 : null);
          expect(figures.averageRating).toBe(
            rated.length >= MINIMUM
              ? round(rated.reduce((n, c) => n + c.rating!, 0) / rated.length, 2)
              : null,
          );
          const completed = handled.filter((c) => c.completed).length;
          expect(figures.sameVillageShare === null).toBe(completed < MINIMUM);
          expect(figures.medianWorkingDays === null).toBe(completed < MINIMUM);
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});

function round(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
