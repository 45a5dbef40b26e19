import { ageOn } from "@gongxiang/kit";
import type { CaseField, CaseMaterial, Provenance } from "../case/case.data.js";
import type { GatewayError } from "@gongxiang/kit";
import { REGISTER_TYPE, licenceAlias, licenceTypesOf } from "./prefill-query.js";
import type { ServiceItem } from "./service-item.js";

export interface PrefilledLicence {
  identifier: string;
  type: string;
  status: string;
  data: Record<string, unknown>;
  /** The salts of the fields released, to check them against the seal's digests. */
  sealDisclosures?: { field: string; salt: string }[];
  [field: string]: unknown;
}

export type PrefilledPerson = Record<string, unknown> & { id: string; citizenId: string };

export interface Prefill {
  fields: CaseField[];
  materials: CaseMaterial[];
  /** Eligibility facts by binding; absent when they could not be read. */
  facts: Map<string, unknown>;
  /** Why a fact is absent: the owner's refusal, or no value on record. */
  unreadable: Map<string, string>;
  applicantName: string | null;
  applicantDivision: string | null;
}

/** Every licence the answer holds, of the types the item reads. */
export function prefilledLicences(item: ServiceItem, person: PrefilledPerson): PrefilledLicence[] {
  return licenceTypesOf(item).flatMap(
    (type) => (person[licenceAlias(type)] as PrefilledLicence[] | null | undefined) ?? [],
  );
}

/** The household register that lists the applicant (held by the head), if the answer has one. */
export function listingRegister(person: PrefilledPerson): PrefilledLicence | null {
  return (person.householdRegister as PrefilledLicence | null | undefined) ?? null;
}

/** The error (if any) that explains why the value at `path` under the person is missing. */
function errorAt(errors: GatewayError[], path: string[]): GatewayError | undefined {
  return errors.find((error) => {
    const at = (error.path ?? []).filter((part) => typeof part === "string") as string[];
    if (at[0] !== "personByCitizenId") return false;
    const rest = at.slice(1);
    return rest.length > 0 && rest.every((part, i) => path[i] === part);
  });
}

function read(value: unknown, path: string[]): unknown {
  if (path.length === 0) return value;
  if (Array.isArray(value)) return value.map((item) => read(item, path));
  if (value === null || typeof value !== "object") return null;
  return read((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

const asText = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === "string"
      ? value
      : Array.isArray(value) || typeof value === "object"
        ? JSON.stringify(value)
        : String(value as number | boolean);

const reasonOf = (error: GatewayError | undefined, fallback: string) =>
  error ? `${error.extensions?.code ?? "ERROR"}: ${error.message}` : fallback;

/**
 * Turns the federated answer into form values with provenance, materials and eligibility facts.
 * A value the department may not read, or that no record holds, is marked for manual entry with
 * the reason, never left silently blank.
 */
export function applyPrefill(
  item: ServiceItem,
  person: PrefilledPerson,
  errors: GatewayError[],
  verified: ReadonlyMap<string, boolean>,
  applicationDate: string,
  fetchedAt: string,
): Prefill {
  const licencesError = (type: string) => errorAt(errors, [licenceAlias(type)]);
  const licenceOf = (type: string) =>
    (person[licenceAlias(type)] as PrefilledLicence[] | null | undefined)?.[0] ?? null;
  const fromPopulation: Provenance = {
    base: "population",
    recordId: person.id,
    licenceIdentifier: null,
    fetchedAt,
    verified: true,
  };
  const age = (() => {
    const birthDate = person.birthDate;
    return typeof birthDate === "string" ? ageOn(birthDate, applicationDate) : null;
  })();

  const resolve = (
    binding: string,
  ): { value: unknown; source: Provenance | null; reason: string | null } => {
    const [base, rest] = [
      binding.slice(0, binding.indexOf(":")),
      binding.slice(binding.indexOf(":") + 1),
    ];
    if (base === "derived") {
      if (rest !== "age") return { value: null, source: null, reason: `cannot derive ${rest}` };
      if (age === null) {
        return {
          value: null,
          source: null,
          reason: reasonOf(errorAt(errors, ["birthDate"]), "no date of birth on record"),
        };
      }
      return { value: age, source: { ...fromPopulation, base: "derived" }, reason: null };
    }
    if (base === "population") {
      const path = rest.split(".").slice(1);
      const value = read(person, path);
      const empty =
        value === null ||
        value === undefined ||
        (Array.isArray(value) && value.every((v) => v === null));
      if (empty)
        return {
          value: null,
          source: null,
          reason: reasonOf(errorAt(errors, path), "no value on record"),
        };
      return { value, source: fromPopulation, reason: null };
    }
    const [type, field, key] = rest.split(".") as [string, string | undefined, string | undefined];
    const refused = licencesError(type);
    if (refused) return { value: null, source: null, reason: reasonOf(refused, "") };
    const licence = licenceOf(type);
    if (!licence)
      return { value: null, source: null, reason: `the applicant holds no valid ${type} licence` };
    const source: Provenance = {
      base: "licences",
      recordId: null,
      licenceIdentifier: licence.identifier,
      fetchedAt,
      verified: verified.get(licence.identifier) === true,
    };
    if (field === undefined) return { value: true, source, reason: null };
    const value = field === "data" ? licence.data[key!] : licence[field];
    if (value === null || value === undefined)
      return { value: null, source: null, reason: `${type} carries no ${key ?? field}` };
    return { value, source, reason: null };
  };

  const fields = item.formFields.map((field): CaseField => {
    const base = {
      key: field.key,
      label: field.label,
      type: field.type,
      required: field.required,
      options: field.options,
      binding: field.source,
    };
    if (!field.source) return { ...base, value: null, manual: true, reason: null, source: null };
    const { value, source, reason } = resolve(field.source);
    return source
      ? { ...base, value: asText(value), manual: false, reason: null, source }
      : { ...base, value: null, manual: true, reason, source: null };
  });

  const materials = item.materials.map((material): CaseMaterial => {
    const base = {
      name: material.name,
      required: material.required,
      satisfiedBy: material.satisfiedBy,
      originalRequired: material.originalRequired,
      uploadId: null,
      uploadSha256: null,
    };
    const outstanding = (reason: string): CaseMaterial => ({
      ...base,
      status: "OUTSTANDING",
      licenceIdentifier: null,
      sealVerified: false,
      reason,
    });
    if (material.satisfiedBy === "UPLOAD") return outstanding("upload a scan");
    const refused = licencesError(material.satisfiedBy);
    if (refused) return outstanding(`${reasonOf(refused, "")}: upload a scan instead`);
    const licence = licenceOf(material.satisfiedBy);
    const register = material.satisfiedBy === REGISTER_TYPE ? listingRegister(person) : null;
    if (!licence && register) {
      // The head's register, when its seal covers the applicant as a listed member.
      if (verified.get(register.identifier) !== true) {
        return outstanding(
          `the household register ${register.identifier} does not verify as listing the applicant: upload a scan`,
        );
      }
      return {
        ...base,
        status: "BY_LICENCE",
        licenceIdentifier: register.identifier,
        sealVerified: true,
        reason: "listed in the household register held by the head of the household",
      };
    }
    if (!licence)
      return outstanding(
        `the applicant holds no valid ${material.satisfiedBy} licence: upload a scan`,
      );
    if (verified.get(licence.identifier) !== true) {
      return outstanding(`the seal of ${licence.identifier} did not verify: upload a scan`);
    }
    return {
      ...base,
      status: "BY_LICENCE",
      licenceIdentifier: licence.identifier,
      sealVerified: true,
      reason: null,
    };
  });

  const facts = new Map<string, unknown>();
  const unreadable = new Map<string, string>();
  for (const rule of item.eligibility) {
    if (rule.operator === "HOLDS_VALID_LICENCE") {
      const type = rule.fact.slice(9);
      const refused = licencesError(type);
      if (refused) {
        unreadable.set(rule.fact, reasonOf(refused, ""));
      } else {
        const licence = licenceOf(type);
        facts.set(rule.fact, licence !== null && verified.get(licence.identifier) === true);
      }
      continue;
    }
    const { value, source, reason } = resolve(rule.fact);
    if (source) facts.set(rule.fact, value);
    else unreadable.set(rule.fact, reason ?? "not on record");
  }
  const name = person.name;
  const division = person.divisionCode;
  return {
    fields,
    materials,
    facts,
    unreadable,
    applicantName: typeof name === "string" ? name : null,
    applicantDivision: typeof division === "string" ? division : null,
  };
}
