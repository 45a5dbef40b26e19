import { FULL, UnauthorizedFieldError, isCitizen, type FieldDecision } from "@gongxiang/kit";
import { POPULATION_PROVIDER, type AccessScope } from "../person/person.access.js";

export const PERSONAL_HOUSEHOLD_FIELDS = ["divisionCode", "address", "head", "members"] as const;

const all = (decide: (field: string) => FieldDecision) =>
  Object.freeze(Object.fromEntries(PERSONAL_HOUSEHOLD_FIELDS.map((f) => [f, decide(f)])));
const ALL_FULL = all(() => FULL);
const NOT_THEIRS = all((f) => ({
  level: "DENIED",
  error: new UnauthorizedFieldError("Household", f, "a citizen reads only their own household"),
}));
const OUTSIDE_CASE = all((f) => ({
  level: "DENIED",
  error: new UnauthorizedFieldError(
    "Household",
    f,
    "the case's purpose covers only its applicant's household",
  ),
}));

/**
 * The providing department and the household's own members read it; another department reads
 * it as far as its grant of `Person.household` goes (the grant unit for household data; the
 * members' own fields are then decided as persons), and under a case purpose only the
 * applicant's household.
 */
export function householdDecisions(
  scope: AccessScope,
  householdId: string,
): Readonly<Record<string, FieldDecision>> {
  const { caller } = scope;
  if (caller.dept === POPULATION_PROVIDER || !scope.enforced) return ALL_FULL;
  if (isCitizen(caller)) return scope.callerHouseholdId === householdId ? ALL_FULL : NOT_THEIRS;
  if (scope.caseApplicant !== null && scope.caseHouseholdId !== householdId) return OUTSIDE_CASE;
  const decision = scope.sharing.decide(scope.sharingCaller, "Person.household");
  // A masked household would be a list of masked people: only FULL releases it.
  if (decision.level === "MASKED") {
    return all((f) => ({
      level: "DENIED",
      error: new UnauthorizedFieldError("Household", f, "granted masked only"),
    }));
  }
  return decision.level === "FULL" ? ALL_FULL : all(() => decision);
}
