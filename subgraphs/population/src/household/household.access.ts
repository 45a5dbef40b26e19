import {
  FULL,
  UnauthorizedFieldError,
  isCitizen,
  type Caller,
  type FieldDecision,
} from "@gongxiang/kit";
import { POPULATION_PROVIDER } from "../person/person.access.js";

export const PERSONAL_HOUSEHOLD_FIELDS = ["divisionCode", "address", "head", "members"] as const;

const ALL_FULL = Object.freeze(Object.fromEntries(PERSONAL_HOUSEHOLD_FIELDS.map((f) => [f, FULL])));
const ALL_DENIED = Object.freeze(
  Object.fromEntries(
    PERSONAL_HOUSEHOLD_FIELDS.map((f): [string, FieldDecision] => [
      f,
      { level: "DENIED", error: new UnauthorizedFieldError("Household", f) },
    ]),
  ),
);

/** The providing department and the household's own members read it; nobody else yet. */
export function householdDecisions(
  caller: Caller,
  householdId: string,
  callerHouseholdId: string | null,
): Readonly<Record<string, FieldDecision>> {
  if (caller.dept === POPULATION_PROVIDER) return ALL_FULL;
  if (isCitizen(caller) && callerHouseholdId === householdId) return ALL_FULL;
  return ALL_DENIED;
}
