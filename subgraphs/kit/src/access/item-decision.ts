import type { Caller } from "../auth/caller.js";
import { isCitizen } from "../auth/caller.js";
import { PurposeRequiredError, UnauthorizedFieldError } from "../errors/errors.js";
import type { FieldDecision } from "./field-view.js";
import { maskValue } from "./masking.js";
import type { GrantLevel, SharingSnapshot } from "./sharing-rules.js";

/**
 * How the caller stands to the subject of the data, as far as the base holding it can see:
 * facts, never rules. The decision below turns them into a level.
 */
export interface Relations {
  /** A citizen reading their own record. */
  self: boolean;
  /** A citizen reading a member of their own household. */
  callerHousehold: boolean;
  /** The subject is the applicant of the caller's confirmed case purpose. */
  applicant: boolean;
  /** The subject lives in that applicant's household. */
  applicantHousehold: boolean;
  /**
   * The caller's department keeps this record as its own (a case's handling department, at a
   * site covering the case's): it stands in for the item's provider. Undefined: the provider
   * named by the sharing rules owns it.
   */
  keeper: boolean | undefined;
  /** The caller's department issued this record (a licence of a type it issues). */
  issuer: boolean;
}

export const NO_RELATIONS: Relations = {
  self: false,
  callerHousehold: false,
  applicant: false,
  applicantHousehold: false,
  keeper: undefined,
  issuer: false,
};

/** A confirmed `case:<id>` purpose: the cases base vouched it is an open case of the caller's. */
export interface ConfirmedCasePurpose {
  caseId: string;
  itemCode: string;
  applicant: string;
  /** The case number people know it by (the access log names it); absent from older bases. */
  number?: string | null;
}

/** One field of a base's record: the data item it carries, and how it may be released. */
export interface FieldSpec {
  item: string;
  /** Released in full or not at all (a household, a licence's content): MASKED is refused. */
  whole?: boolean;
}

const RANK: Record<GrantLevel, number> = { VERIFY: 1, MASKED: 2, FULL: 3 };
const FULL: FieldDecision = { level: "FULL" };

const refusal = (item: string, rule: string) => new UnauthorizedFieldError(item, rule);

const refused = (item: string, rule: string): FieldDecision => ({
  level: "DENIED",
  error: refusal(item, rule),
});

/**
 * THE decision sequence for one data item of one subject (DESIGN.md, sharing rules 1-4 and 7-9).
 * Refusals name the rule that refused, never a value. In order:
 *  1. a citizen reads their own record and their household's, nothing else;
 *  2. the department that keeps the record (or issued it) reads it in full;
 *  3. without rules in force nothing more is released (fail closed);
 *  4. the item's provider reads it in full, unless a keeper stands in for it;
 *  5. unclassified and NOT_SHARED items go to nobody else;
 *  6. a case purpose counts only when confirmed, and covers only its applicant (and their
 *     household for household-scoped items); it stands for its service item;
 *  7. the best grant in force for the department, for the purpose when the item is CONDITIONAL:
 *     FULL the value, MASKED the value masked by the item's rule, VERIFY yes/no answers only.
 */
export function decideItem(
  rules: SharingSnapshot | null,
  caller: Caller,
  casePurpose: ConfirmedCasePurpose | null,
  relations: Relations,
  spec: FieldSpec,
): FieldDecision {
  const { item } = spec;
  if (isCitizen(caller)) {
    return relations.self || relations.callerHousehold
      ? FULL
      : refused(item, "a citizen reads only their own records");
  }
  if (relations.keeper === true || relations.issuer) return FULL;
  if (!rules) return refused(item, "the sharing rules cannot be read right now");
  const rule = rules.items[item];
  if (relations.keeper === undefined && rule?.provider === caller.dept && caller.dept !== null) {
    return FULL;
  }
  if (!rule) return refused(item, "not classified in the data-resource catalog, so not shared");
  if (rule.shareType === "NOT_SHARED") return refused(item, "not shared");

  let purposeCode: string | null = null;
  if (caller.purpose?.startsWith("case:")) {
    if (!casePurpose)
      return refused(item, "the case purpose is not an open case of your department");
    const covered =
      relations.applicant || (relations.applicantHousehold && rule.householdScope === true);
    if (!covered) return refused(item, "the case's purpose covers only its applicant");
    purposeCode = casePurpose.itemCode;
  } else if (caller.purpose?.startsWith("item:")) {
    purposeCode = caller.purpose.slice("item:".length);
  }

  const grants = rules.grants.filter((g) => g.consumer === caller.dept && g.items.includes(item));
  if (grants.length === 0) return refused(item, "no grant in force for your department");
  let usable = grants;
  if (rule.shareType === "CONDITIONAL") {
    if (purposeCode === null) {
      // A purpose would unlock yes/no answers only: asking for one would mislead.
      return grants.every((g) => g.level === "VERIFY")
        ? refused(item, "granted for verification only (yes/no answers, for a purpose)")
        : { level: "DENIED", error: new PurposeRequiredError(item) };
    }
    usable = grants.filter((g) => g.purposes.includes(purposeCode));
    if (usable.length === 0) return refused(item, "not granted for this purpose");
  }
  const level = usable.map((g) => g.level).reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
  if (level === "FULL") return FULL;
  if (level === "MASKED") {
    if (spec.whole) return refused(item, "granted masked only: released whole or not at all");
    return { level: "MASKED", mask: (value) => maskValue(rule.masking, value) };
  }
  return { level: "VERIFY", error: refusal(item, "granted for verification only: no values") };
}

/** True when a decision answers at least yes/no questions about the item. */
export function mayVerify(decision: FieldDecision): boolean {
  return decision.level !== "DENIED";
}

/** True when a decision releases a value (full or masked). */
export function releasesValue(decision: FieldDecision): boolean {
  return decision.level === "FULL" || decision.level === "MASKED";
}
