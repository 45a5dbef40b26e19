import {
  FULL,
  UnauthorizedFieldError,
  isCitizen,
  type Caller,
  type FieldDecision,
} from "@gongxiang/kit";

/** The department that owns the population base and reads it in full. */
export const POPULATION_PROVIDER = "public-security";

/** Person fields that carry personal data; each is decided per caller and subject. */
export const PERSONAL_PERSON_FIELDS = [
  "name",
  "gender",
  "birthDate",
  "age",
  "ethnicity",
  "address",
  "divisionCode",
  "phone",
  "maritalStatus",
  "status",
  "deathDate",
  "relationToHead",
  "household",
] as const;

function allFields(
  decide: (field: string) => FieldDecision,
): Readonly<Record<string, FieldDecision>> {
  return Object.freeze(Object.fromEntries(PERSONAL_PERSON_FIELDS.map((f) => [f, decide(f)])));
}

const ALL_FULL = allFields(() => FULL);
const ALL_DENIED = allFields((field) => ({
  level: "DENIED",
  error: new UnauthorizedFieldError("Person", field),
}));

export interface PersonSubject {
  citizenId: string;
  householdId: string | null;
}

/**
 * Decides which of a person's fields a caller reads. Secure by default: the providing
 * department reads in full, a citizen reads their own record and their household's, and
 * anyone else reads nothing personal (grants for other departments come with data sharing).
 */
export function personDecisions(
  caller: Caller,
  subject: PersonSubject,
  callerHouseholdId: string | null,
): Readonly<Record<string, FieldDecision>> {
  if (caller.dept === POPULATION_PROVIDER) return ALL_FULL;
  if (isCitizen(caller)) {
    if (caller.sub === subject.citizenId) return ALL_FULL;
    if (callerHouseholdId !== null && callerHouseholdId === subject.householdId) return ALL_FULL;
  }
  return ALL_DENIED;
}
