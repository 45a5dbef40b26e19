import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  buildASTSchema,
  buildSchema,
  isObjectType,
  isScalarType,
  parse,
  specifiedScalarTypes,
} from "graphql";
import { Action, enforceActions } from "@gongxiang/kit";
import { REPO_ROOT, composeSchemas, subgraphSources } from "@gongxiang/scripts";

it("keeps the committed schema/*.graphql in step with the code (run npm run compose)", async () => {
  const composed = await composeSchemas();
  const read = (file: string) => readFile(path.join(REPO_ROOT, "schema", file), "utf8");
  for (const [name, sdl] of Object.entries(composed.subgraphs)) {
    expect(await read(`${name}.graphql`)).toContain(sdl.trim());
  }
  expect(await read("supergraph.graphql")).toContain(composed.supergraph.trim());
});

it("describes every object type and field of every subgraph", async () => {
  const undescribed: string[] = [];
  for (const source of subgraphSources) {
    const schema = await source.build();
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith("_") ||
        type.name.startsWith("link__") ||
        type.name.startsWith("federation__")
      )
        continue;
      if (isScalarType(type) && specifiedScalarTypes.some((s) => s.name === type.name)) continue;
      const root = ["Query", "Mutation", "Subscription"].includes(type.name);
      if (!type.description && !root) undescribed.push(`${source.name}: ${type.name}`);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.name.startsWith("_") && !field.description) {
            undescribed.push(`${source.name}: ${type.name}.${field.name}`);
          }
        }
      }
    }
  }
  expect(undescribed).toEqual([]);
});

/** Each root field of a supergraph and the action it declares (null: none). */
function rootActions(sdl: string): Map<string, string | null> {
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const actions = new Map<string, string | null>();
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === "action");
      const name = directive?.arguments?.find((a) => a.name.value === "name")?.value;
      actions.set(`${type!.name}.${field.name}`, name?.kind === "StringValue" ? name.value : null);
    }
  }
  return actions;
}

describe("secure by default for operations (issue 11)", () => {
  it("finds a known action declared on every root field of the composed supergraph", async () => {
    const sdl = await readFile(path.join(REPO_ROOT, "schema", "supergraph.graphql"), "utf8");
    const actions = rootActions(sdl);
    expect(actions.size).toBeGreaterThan(40);
    const known = new Set<string>(Object.values(Action));
    const missing = [...actions].filter(([, action]) => action === null || !known.has(action));
    expect(missing).toEqual([]);
  });

  it("fails when a root field declares no action", async () => {
    const sdl = (
      await readFile(path.join(REPO_ROOT, "schema", "supergraph.graphql"), "utf8")
    ).replace(/(type Query\n[^{]*\{\n)/, `$1  backdoor: String @join__field(graph: POPULATION)\n`);
    expect([...rootActions(sdl)].filter(([, action]) => action === null)).toEqual([
      ["Query.backdoor", null],
    ]);
  });

  it("refuses to build a subgraph whose root field declares no action", () => {
    const schema = buildSchema(`type Query { backdoor: String }`);
    expect(() => enforceActions(schema)).toThrow("Query.backdoor declares no known action");
  });
});
