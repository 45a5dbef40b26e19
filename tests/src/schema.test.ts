import { readFile } from "node:fs/promises";
import path from "node:path";
import { isObjectType, isScalarType, specifiedScalarTypes } from "graphql";
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
