import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { REPO_ROOT } from "@gongxiang/scripts";
import { codes, startTestHub, type TestHub } from "../support/test-hub.js";
import { TYPED_CODES, storedState } from "./stored-state.js";

/**
 * Issue 11: every root field of the supergraph, called by callers of every kind with hostile
 * values in every argument (SQL, NUL, an oversize string, a lone surrogate, markup, paths,
 * numbers at the edges, look-alike identifiers): typed 4xx answers only, never a 500 or an
 * internal error, no SQL, stack or internal address in any message, and nothing stored changes.
 */
const HOSTILE = [
  "",
  "'; drop table person; --",
  "a\u0000b",
  "长".repeat(100_000),
  "\ud800",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "130926193604120318",
  "00000000-0000-4000-8000-000000000000",
  "1.2.156.3005.2.111.X.1.001.Z",
  "9".repeat(40),
];
const NUMBERS = [-1, 0, 2_147_483_647, -2_147_483_648];
const LEAK =
  /select |insert into|update \w+ set|\bSQL\b|127\.0\.0\.1|localhost:|node_modules|\.js:\d+/i;

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

/** A value of the type with the hostile string (or number) wherever text (or a number) goes. */
function hostileValue(type: GraphQLInputType, text: string, number: number): unknown {
  if (isNonNullType(type)) return hostileValue(type.ofType, text, number);
  if (isListType(type)) return [hostileValue(type.ofType, text, number)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, hostileValue(f.type, text, number)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === "Int" || type.name === "Float") return number;
    if (type.name === "Boolean") return true;
    if (type.name === "JSONObject" || type.name === "JSON") return { [text.slice(0, 20)]: text };
  }
  return text;
}

/** The operation calling a root field with every argument as a variable. */
function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(", ");
  const args = field.args.map((arg, i) => `${arg.name}: $a${i}`).join(", ");
  const leaf = isLeafType(getNamedType(field.type));
  return `${kind} Sweep${variables ? `(${variables})` : ""} { ${field.name}${
    args ? `(${args})` : ""
  }${leaf ? "" : " { __typename }"} }`;
}

it("answers hostile values in every argument of every root field with typed 4xx only, and stores nothing", async () => {
  const sdl = await readFile(path.join(REPO_ROOT, "schema", "supergraph.graphql"), "utf8");
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const callers = [
    await t.token({
      sub: "sweep-ca",
      dept: "civil-affairs",
      roles: ["agent", "clerk", "approver", "issuer", "data-officer", "auditor"],
      site: "130926101216",
    }),
    await t.token({
      sub: "sweep-db",
      dept: "data-bureau",
      roles: ["clerk", "issuer", "data-officer", "auditor"],
    }),
    await t.token({ sub: "130926193604120317", roles: ["citizen"] }),
  ];
  const before = await storedState(t.hub);
  const problems: string[] = [];
  let sent = 0;
  for (const [kind, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type!.getFields())) {
      const query = operation(kind, field);
      for (const [i, text] of HOSTILE.entries()) {
        const number = NUMBERS[i % NUMBERS.length]!;
        const variables = Object.fromEntries(
          field.args.map((arg, a) => [`a${a}`, hostileValue(arg.type, text, number)]),
        );
        for (const token of callers) {
          const response = await t.query(query, { token, variables });
          sent++;
          const untyped = codes(response).filter((code) => !TYPED_CODES.has(String(code)));
          const leaked = (response.errors ?? []).find((e) => LEAK.test(e.message));
          if (response.status >= 500 || untyped.length || leaked) {
            problems.push(
              `${response.status} ${JSON.stringify(untyped)} ${leaked?.message.slice(0, 80) ?? ""} <- ${field.name} with ${JSON.stringify(text.slice(0, 20))}`,
            );
          }
        }
      }
    }
  }
  expect(sent).toBeGreaterThan(1_000);
  expect(problems).toEqual([]);
  expect(await storedState(t.hub)).toEqual(before);
});
