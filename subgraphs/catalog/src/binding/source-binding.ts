import type { SupergraphIndex } from "./supergraph-index.js";

/** Values the catalog knows how to derive, and the data items each is derived from. */
export const DERIVED_SOURCES: Record<string, { dataItems: string[]; description: string }> = {
  age: {
    dataItems: ["Person.birthDate"],
    description: "completed years on the application date, from Person.birthDate",
  },
};

/** What the catalog knows of licence types: the data keys each one's licences carry. */
export interface LicenceTypeLookup {
  dataKeys(licenceType: string): readonly string[] | null;
}

export interface ResolvedBinding {
  base: "population" | "licences" | "derived";
  /** The data-resource items a read of this binding releases (what grants are checked against). */
  dataItems: string[];
  /** True when the binding names one value (a form field); false for "holds a licence". */
  value: boolean;
}

export type BindingResult = { ok: true; binding: ResolvedBinding } | { ok: false; problem: string };

const fail = (problem: string): BindingResult => ({ ok: false, problem });

/**
 * Checks a source binding against the supergraph (and the licence types the catalog holds):
 * every path segment must exist and be served by the named base.
 */
export function resolveBinding(
  binding: string,
  supergraph: SupergraphIndex,
  licenceTypes: LicenceTypeLookup,
): BindingResult {
  const colon = binding.indexOf(":");
  const base = binding.slice(0, colon);
  const path = binding.slice(colon + 1).split(".");
  if (base === "derived") {
    const derived = path.length === 1 ? DERIVED_SOURCES[path[0]!] : undefined;
    if (!derived) {
      return fail(
        `unknown derived value ${path.join(".")}; known: ${Object.keys(DERIVED_SOURCES).join(", ")}`,
      );
    }
    return { ok: true, binding: { base, dataItems: derived.dataItems, value: true } };
  }
  if (base === "licences") return resolveLicence(path, supergraph, licenceTypes);
  if (base === "population") return resolvePath("population", path, supergraph);
  return fail(`unknown base ${base}`);
}

function resolvePath(
  base: "population",
  path: string[],
  supergraph: SupergraphIndex,
): BindingResult {
  const [typeName, ...fields] = path as [string, ...string[]];
  if (!supergraph.objectType(typeName)) return fail(`the supergraph has no type ${typeName}`);
  if (!supergraph.typeGraphs(typeName).includes(base))
    return fail(`${base} does not serve ${typeName}`);
  if (fields.length === 0) return fail(`name a field of ${typeName}`);
  const dataItems: string[] = [];
  let current = typeName;
  for (const [i, name] of fields.entries()) {
    const field = supergraph.field(current, name);
    if (!field) return fail(`${current} has no field ${name} in the supergraph`);
    if (!field.graphs.includes(base)) return fail(`${current}.${name} is not served by ${base}`);
    dataItems.push(`${current}.${name}`);
    const last = i === fields.length - 1;
    if (last && !field.leaf) return fail(`${current}.${name} is an object: bind one of its fields`);
    if (!last && field.leaf) return fail(`${current}.${name} has no fields`);
    current = field.returns.name;
  }
  return { ok: true, binding: { base, dataItems, value: true } };
}

function resolveLicence(
  path: string[],
  supergraph: SupergraphIndex,
  licenceTypes: LicenceTypeLookup,
): BindingResult {
  const [type, field, key, ...rest] = path;
  const keys = licenceTypes.dataKeys(type!);
  if (!keys) return fail(`no licence type ${type} in the data-resource catalog`);
  const binding: ResolvedBinding = {
    base: "licences",
    dataItems: [`Licence:${type}`],
    value: true,
  };
  if (field === undefined) return { ok: true, binding: { ...binding, value: false } };
  const licenceField = supergraph.field("Licence", field);
  if (!licenceField || !licenceField.graphs.includes("licences")) {
    return fail(`Licence has no field ${field} in the supergraph`);
  }
  if (field === "data") {
    if (key === undefined || rest.length > 0)
      return fail(`name one data key of ${type}: ${keys.join(", ")}`);
    if (!keys.includes(key))
      return fail(`${type} licences have no data key ${key}; they have ${keys.join(", ")}`);
    return { ok: true, binding };
  }
  if (key !== undefined) return fail(`Licence.${field} has no fields`);
  if (!licenceField.leaf) return fail(`Licence.${field} is an object: bind one of its fields`);
  return { ok: true, binding };
}

/** The data items a binding reads, or none when it names nothing real (drafts may be unfinished). */
export function bindingDataItems(
  binding: string | null,
  supergraph: SupergraphIndex,
  licenceTypes: LicenceTypeLookup,
): string[] {
  if (!binding) return [];
  const result = resolveBinding(binding, supergraph, licenceTypes);
  return result.ok ? result.binding.dataItems : [];
}
