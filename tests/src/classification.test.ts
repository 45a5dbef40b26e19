import { readFile } from "node:fs/promises";
import path from "node:path";
import { SupergraphIndex } from "@gongxiang/catalog";
import { LICENCE_TYPES } from "@gongxiang/licences";
import { REPO_ROOT } from "@gongxiang/scripts";

interface DemoCatalog {
  dataResources: { item: string; dataKeys?: string[] }[];
  serviceItems: {
    code: string;
    department: string;
    scope: string;
    promisedWorkingDays: number;
    statutoryWorkingDays: number;
    formFields: { key: string; source: string | null }[];
    materials: { name: string; satisfiedBy: string }[];
  }[];
}

const read = (...parts: string[]) => readFile(path.join(REPO_ROOT, ...parts), "utf8");
const supergraphSdl = () => read("schema", "supergraph.graphql");
const demoCatalog = async () => JSON.parse(await read("demo", "catalog.json")) as DemoCatalog;

/** Personal fields of a supergraph that the demo classification leaves out. */
async function unclassified(sdl: string): Promise<string[]> {
  const classified = new Set((await demoCatalog()).dataResources.map((entry) => entry.item));
  return SupergraphIndex.fromSdl(sdl)
    .personalFields()
    .filter((field) => !classified.has(field));
}

describe("the data-resource classification check (issue 4, acceptance 4)", () => {
  it("finds the personal fields of the supergraph and every one of them classified", async () => {
    const personal = SupergraphIndex.fromSdl(await supergraphSdl()).personalFields();
    expect(personal).toEqual(
      expect.arrayContaining([
        "Person.phone",
        "Person.licences",
        "Household.members",
        "Licence.holderName",
      ]),
    );
    expect(personal).not.toContain("ServiceItem.name");
    expect(await unclassified(await supergraphSdl())).toEqual([]);
  });

  it("fails when a personal field is added unclassified", async () => {
    const sdl = (await supergraphSdl()).replace(
      /(type Person\n[^{]*\{\n)/,
      `$1  favouriteColour: String @join__field(graph: POPULATION)\n`,
    );
    expect(sdl).toContain("favouriteColour");
    expect(await unclassified(sdl)).toEqual(["Person.favouriteColour"]);
  });

  it("treats a new type that refers to a Person as personal, every field of it", async () => {
    const sdl = `${await supergraphSdl()}
type Pet @join__type(graph: POPULATION) { name: String owner: Person }`;
    expect(await unclassified(sdl)).toEqual(["Pet.name", "Pet.owner"]);
  });
});

describe("the demo catalog", () => {
  it("holds the seven items of demo.json exactly as it lists them", async () => {
    const demo = JSON.parse(await read("demo", "demo.json")) as {
      serviceItems: {
        code: string;
        department: string;
        scope: string;
        promisedWorkingDays: number;
        statutoryWorkingDays?: number;
        formFields: string[];
        manualFields?: string[];
        materials: { name: string; satisfiedBy: string }[];
      }[];
    };
    const catalog = await demoCatalog();
    expect(catalog.serviceItems.map((item) => item.code).sort()).toEqual(
      demo.serviceItems.map((item) => item.code).sort(),
    );
    for (const expected of demo.serviceItems) {
      const item = catalog.serviceItems.find((entry) => entry.code === expected.code)!;
      expect({
        code: item.code,
        department: item.department,
        scope: item.scope,
        promisedWorkingDays: item.promisedWorkingDays,
        formFields: item.formFields.map((field) => field.key),
        manualFields: item.formFields.filter((field) => !field.source).map((field) => field.key),
        materials: item.materials.map(({ name, satisfiedBy }) => ({ name, satisfiedBy })),
      }).toEqual({
        code: expected.code,
        department: expected.department,
        scope: expected.scope,
        promisedWorkingDays: expected.promisedWorkingDays,
        formFields: expected.formFields,
        manualFields: expected.manualFields ?? [],
        materials: expected.materials,
      });
      if (expected.statutoryWorkingDays !== undefined) {
        expect(item.statutoryWorkingDays).toBe(expected.statutoryWorkingDays);
      }
    }
  });

  it("knows every licence type the e-licence base issues, with the same data keys", async () => {
    const catalog = await demoCatalog();
    const licenceTypes = catalog.dataResources
      .filter((entry) => entry.item.startsWith("Licence:"))
      .map((entry) => [entry.item.slice("Licence:".length), entry.dataKeys]);
    expect(Object.fromEntries(licenceTypes)).toEqual(
      Object.fromEntries(LICENCE_TYPES.map((type) => [type.code, type.fields.map((f) => f.key)])),
    );
  });
});
