import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveBinding, type LicenceTypeLookup } from "./source-binding.js";
import { SupergraphIndex } from "./supergraph-index.js";

const root = path.resolve(__dirname, "../../../..");
const supergraph = SupergraphIndex.fromSdl(
  readFileSync(path.join(root, "schema", "supergraph.graphql"), "utf8"),
);
const licenceTypes: LicenceTypeLookup = {
  dataKeys: (type) => ({ DISABILITY_CERT: ["category", "grade"], ID_CARD: ["name"] })[type] ?? null,
};
const resolve = (binding: string) => resolveBinding(binding, supergraph, licenceTypes);

describe("source bindings against the supergraph", () => {
  it("resolves fields, nested fields, licence data and derived values to their data items", () => {
    expect(resolve("population:Person.birthDate")).toEqual({
      ok: true,
      binding: { base: "population", dataItems: ["Person.birthDate"], value: true },
    });
    expect(resolve("population:Person.household.members.name")).toMatchObject({
      ok: true,
      binding: { dataItems: ["Person.household", "Household.members", "Person.name"] },
    });
    expect(resolve("licences:DISABILITY_CERT.data.grade")).toMatchObject({
      ok: true,
      binding: { dataItems: ["Licence:DISABILITY_CERT"], value: true },
    });
    expect(resolve("licences:ID_CARD.identifier")).toMatchObject({ ok: true });
    expect(resolve("licences:ID_CARD")).toMatchObject({ ok: true, binding: { value: false } });
    expect(resolve("derived:age")).toMatchObject({
      ok: true,
      binding: { dataItems: ["Person.birthDate"] },
    });
  });

  it("names what is wrong with a binding", () => {
    const problem = (binding: string) => {
      const result = resolve(binding);
      return result.ok ? null : result.problem;
    };
    expect(problem("population:Person.favouriteColour")).toBe(
      "Person has no field favouriteColour in the supergraph",
    );
    expect(problem("population:Person.household")).toBe(
      "Person.household is an object: bind one of its fields",
    );
    expect(problem("population:Person.licences")).toBe(
      "Person.licences is not served by population",
    );
    expect(problem("population:Pet.name")).toBe("the supergraph has no type Pet");
    expect(problem("licences:DISABILITY_CERT.data.colour")).toContain("have no data key colour");
    expect(problem("licences:PASSPORT.data.number")).toBe(
      "no licence type PASSPORT in the data-resource catalog",
    );
    expect(problem("derived:shoeSize")).toContain("unknown derived value shoeSize");
  });
});
