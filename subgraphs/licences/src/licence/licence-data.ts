import { BadUserInputError, citizenIdProblem, isRealDate } from "@gongxiang/kit";
import type { LicenceTypeDefinition } from "../licence-type/licence-types.js";

const MAX_TEXT = 200;

/** Checks type-specific data against the type's fields: required, typed, nothing unknown. */
export function validateLicenceData(
  type: LicenceTypeDefinition,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const known = new Map(type.fields.map((field) => [field.key, field]));
  for (const key of Object.keys(data)) {
    if (!known.has(key))
      throw new BadUserInputError(`${type.code} has no data field "${key}"`, "data");
  }
  const clean: Record<string, unknown> = {};
  for (const field of type.fields) {
    const value = data[field.key];
    if (value === undefined || value === null) {
      if (field.required)
        throw new BadUserInputError(`${type.code}.data.${field.key} is required`, "data");
      continue;
    }
    const where = `${type.code}.data.${field.key}`;
    switch (field.type) {
      case "STRING":
        if (typeof value !== "string" || value.length === 0 || value.length > MAX_TEXT) {
          throw new BadUserInputError(
            `${where} must be text of 1 to ${MAX_TEXT} characters`,
            "data",
          );
        }
        break;
      case "DATE":
        if (typeof value !== "string" || !isRealDate(value)) {
          throw new BadUserInputError(`${where} must be a real date (YYYY-MM-DD)`, "data");
        }
        break;
      case "INTEGER":
        if (typeof value !== "number" || !Number.isInteger(value) || Math.abs(value) > 1_000_000) {
          throw new BadUserInputError(`${where} must be a whole number`, "data");
        }
        break;
      case "CITIZEN_ID": {
        const problem = typeof value === "string" ? citizenIdProblem(value) : "must be text";
        if (problem) throw new BadUserInputError(`${where}: ${problem}`, "data");
        break;
      }
      case "CITIZEN_ID_LIST": {
        const list: unknown[] = Array.isArray(value) ? value : [];
        const problem =
          !Array.isArray(value) || list.length === 0 || list.length > 30
            ? "must list 1 to 30 citizen ID numbers"
            : new Set(list).size !== list.length
              ? "lists a citizen ID number twice"
              : list
                  .map((id) => (typeof id === "string" ? citizenIdProblem(id) : "must be text"))
                  .find(Boolean);
        if (problem) throw new BadUserInputError(`${where}: ${problem}`, "data");
        break;
      }
    }
    clean[field.key] = value;
  }
  return clean;
}
