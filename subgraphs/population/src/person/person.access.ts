import {
  ErrorCode,
  FULL,
  HubError,
  UnauthorizedFieldError,
  isCitizen,
  type Caller,
  type FieldDecision,
  type SharingDirectory,
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
const NOT_THEIRS = allFields((field) => ({
  level: "DENIED",
  error: new UnauthorizedFieldError("Person", field, "a citizen reads only their own records"),
}));

export interface PersonSubject {
  citizenId: string;
  householdId: string | null;
}

/** Who may see whose records in this request, beyond the sharing rules. */
export interface AccessScope {
  caller: Caller;
  /** The caller as the sharing rules see it (a confirmed case stands for its item). */
  sharingCaller: Caller;
  sharing: SharingDirectory;
  /** A citizen's own household. */
  callerHouseholdId: string | null;
  /** For a confirmed case purpose: the applicant and their household. */
  caseApplicant: string | null;
  caseHouseholdId: string | null;
  enforced: boolean;
}

const OUTSIDE_CASE = allFields((field) => ({
  level: "DENIED",
  error: new UnauthorizedFieldError(
    "Person",
    field,
    "the case's purpose covers only its applicant",
  ),
}));

/**
 * Decides which of a person's fields a caller reads: the providing department in full, a
 * citizen their own record and their household's, any other department what its grants allow
 * for its purpose (memoised per snapshot, department and purpose, not evaluated per field). A
 * case purpose covers the applicant, and their household members for household-scoped items.
 */
export function personDecisions(
  scope: AccessScope,
  subject: PersonSubject,
): Readonly<Record<string, FieldDecision>> {
  const { caller } = scope;
  if (caller.dept === POPULATION_PROVIDER || !scope.enforced) return ALL_FULL;
  if (isCitizen(caller)) {
    if (caller.sub === subject.citizenId) return ALL_FULL;
    if (scope.callerHouseholdId !== null && scope.callerHouseholdId === subject.householdId) {
      return ALL_FULL;
    }
    return NOT_THEIRS;
  }
  const granted = scope.sharing.decisionsFor(scope.sharingCaller, "Person", PERSONAL_PERSON_FIELDS);
  if (scope.caseApplicant === null || scope.caseApplicant === subject.citizenId) return granted;
  if (scope.caseHouseholdId !== null && scope.caseHouseholdId === subject.householdId) {
    return allFields((field) =>
      scope.sharing.householdScoped(`Person.${field}`) ? granted[field]! : OUTSIDE_CASE[field]!,
    );
  }
  return OUTSIDE_CASE;
}

/**
 * verifyIdentity answers yes/no about a name and a citizen ID: the providing department, or a
 * department granted at least VERIFY on both items for its purpose.
 */
export function assertMayVerify(
  scope: Pick<AccessScope, "caller" | "sharingCaller" | "sharing">,
): void {
  const { caller, sharingCaller, sharing } = scope;
  if (caller.dept === POPULATION_PROVIDER) return;
  if (
    sharing.mayVerify(sharingCaller, "Person.name") &&
    sharing.mayVerify(sharingCaller, "Person.citizenId")
  ) {
    return;
  }
  throw new HubError(
    ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE,
    "verifyIdentity needs a grant (VERIFY or more) of Person.name and Person.citizenId for your purpose",
    { item: "Person.name" },
  );
}
