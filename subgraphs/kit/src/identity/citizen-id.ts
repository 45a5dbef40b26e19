import { BadUserInputError } from "../errors/errors.js";
import { isRealDate } from "./dates.js";

/** Province-level codes of GB/T 2260 (first two digits of a citizen ID). */
const PROVINCES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export interface CitizenIdParts {
  region: string;
  birthDate: string;
  sequence: string;
  gender: "MALE" | "FEMALE";
}

/** Returns the rule a citizen ID number breaks (GB 11643), or null when it is valid. */
export function citizenIdProblem(value: string, today = new Date()): string | null {
  if (value.length !== 18) return `must be 18 characters long, got ${Math.min(value.length, 9999)}`;
  if (!/^\d{17}[\dX]$/.test(value)) return "must be 17 digits followed by a digit or X";
  const region = value.slice(0, 6);
  if (!PROVINCES.has(region.slice(0, 2)) || region.endsWith("0000")) {
    return `region code ${region} is not a county-level division`;
  }
  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)];
  const birth = `${y}-${m}-${d}`;
  if (!isRealDate(birth)) return `birth date ${birth} is not a real date`;
  if (Number(y) < 1880 || birth > today.toISOString().slice(0, 10)) {
    return `birth date ${birth} is out of range`;
  }
  const expected = citizenIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return `check digit is wrong: expected ${expected}, got ${value[17]}`;
  return null;
}

/** Validates a citizen ID number from input, or throws BAD_USER_INPUT naming the failed rule. */
export function parseCitizenId(value: string, argument = "citizenId"): CitizenIdParts {
  const problem = citizenIdProblem(value);
  if (problem) throw new BadUserInputError(`invalid citizen ID number: ${problem}`, argument);
  return {
    region: value.slice(0, 6),
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sequence: value.slice(14, 17),
    gender: (value.charCodeAt(16) - 48) % 2 === 1 ? "MALE" : "FEMALE",
  };
}
