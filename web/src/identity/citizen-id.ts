/**
 * GB 11643 citizen ID numbers, checked as they are typed: 17 digits (area, birth date,
 * sequence) and an ISO 7064 MOD 11-2 check character. The hub checks again; this only spares
 * the agent a round trip. Returns the problem's message key, or null when the number is valid.
 */
export type CitizenIdProblem =
  | "citizenId.tooShort"
  | "citizenId.tooLong"
  | "citizenId.notDigits"
  | "citizenId.badDate"
  | "citizenId.badCheck";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function validDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getTime() <= Date.now()
  );
}

export interface CitizenIdCheck {
  problem: CitizenIdProblem | null;
  /** The check character the first 17 digits call for, once they are typed. */
  expected: string | null;
}

export function checkCitizenId(value: string): CitizenIdCheck {
  const id = value.trim().toUpperCase();
  if (id.length > 18) return { problem: "citizenId.tooLong", expected: null };
  if (!/^\d{0,17}[\dX]?$/.test(id)) return { problem: "citizenId.notDigits", expected: null };
  if (id.length >= 14 && !validDate(id.slice(6, 14))) {
    return { problem: "citizenId.badDate", expected: null };
  }
  if (id.length < 18) return { problem: "citizenId.tooShort", expected: null };
  const expected = checkCharacter(id.slice(0, 17));
  return { problem: id[17] === expected ? null : "citizenId.badCheck", expected };
}
