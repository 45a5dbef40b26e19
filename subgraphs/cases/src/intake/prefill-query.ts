import type { ServiceItem } from "./service-item.js";

/** A selection tree: field name -> sub-selection (empty for a leaf). */
type Selection = Map<string, Selection>;

// The seal travels with the licence, with the salts of the fields released: the cases base
// checks them against the issuers' keys.
const LICENCE_FIELDS = ["identifier", "type", "status", "data", "validUntil", "seal"];

function add(tree: Selection, path: string[]): void {
  let node = tree;
  for (const name of path) {
    let next = node.get(name);
    if (!next) {
      next = new Map();
      node.set(name, next);
    }
    node = next;
  }
}

function print(tree: Selection): string {
  return [...tree].map(([name, sub]) => (sub.size ? `${name} { ${print(sub)} }` : name)).join(" ");
}

/** A household register that lists the applicant satisfies their register material. */
export const REGISTER_TYPE = "HOUSEHOLD_REGISTER";

/** The response key holding the applicant's licences of one type. */
export function licenceAlias(type: string): string {
  return `licences_${type}`;
}

/** The licence types an item reads: bound fields, eligibility facts and materials. */
export function licenceTypesOf(item: ServiceItem): string[] {
  const types = new Set<string>();
  const fromBinding = (binding: string | null) => {
    if (binding?.startsWith("licences:")) types.add(binding.slice(9).split(".")[0]!);
  };
  item.formFields.forEach((field) => fromBinding(field.source));
  item.eligibility.forEach((rule) => fromBinding(rule.fact));
  item.materials.forEach((material) => {
    if (material.satisfiedBy !== "UPLOAD") types.add(material.satisfiedBy);
  });
  return [...types].sort();
}

/**
 * Exactly the item's bound data in one federated query: the person's bound fields (and what
 * derived values and the scope check need), and their licences of the types the item reads.
 * The text depends only on the item version, so the gateway's plan cache serves every case.
 */
export function prefillQuery(item: ServiceItem): string {
  const person: Selection = new Map();
  for (const name of ["id", "citizenId", "divisionCode"]) add(person, [name]);
  const bindings = [
    ...item.formFields.map((field) => field.source),
    ...item.eligibility.map((rule) => rule.fact),
  ];
  for (const binding of bindings) {
    if (binding?.startsWith("population:Person.")) add(person, binding.slice(18).split("."));
    if (binding === "derived:age") add(person, ["birthDate"]);
  }
  const licence: Selection = new Map();
  LICENCE_FIELDS.forEach((name) => add(licence, [name]));
  add(licence, ["sealDisclosures", "field"]);
  add(licence, ["sealDisclosures", "salt"]);
  for (const field of item.formFields) {
    const path = field.source?.startsWith("licences:") ? field.source.slice(9).split(".") : [];
    if (path[1] && path[1] !== "data") add(licence, [path[1]]);
  }
  // One alias per type: a type the department may not read fails alone, with its own reason.
  for (const type of licenceTypesOf(item)) {
    person.set(`${licenceAlias(type)}: licences(types: ["${type}"], status: VALID)`, licence);
  }
  // A member of a household relies on the register its head holds, when it lists them.
  if (item.materials.some((material) => material.satisfiedBy === REGISTER_TYPE)) {
    person.set("householdRegister", licence);
  }
  return `query Prefill($citizenId: String!) { personByCitizenId(citizenId: $citizenId) { ${print(person)} } }`;
}
