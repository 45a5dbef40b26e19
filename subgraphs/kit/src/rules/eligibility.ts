/**
 * Eligibility rules of service items in a small declarative form: a fact (a source binding such
 * as `derived:age`, `population:Person.status` or `licences:DISABILITY_CERT`), an operator and
 * a value. The catalog validates them; the cases base evaluates them on pre-filled data.
 */
export const eligibilityOperators = [
  "GTE",
  "LTE",
  "EQ",
  "NEQ",
  "IN",
  "HOLDS_VALID_LICENCE",
] as const;
export type EligibilityOperator = (typeof eligibilityOperators)[number];

export interface EligibilityRule {
  fact: string;
  operator: EligibilityOperator;
  /** Compared value; a comma-separated list for IN; empty for HOLDS_VALID_LICENCE. */
  value: string;
  /** What the rule means, shown when it fails (e.g. "aged 80 or over on the application date"). */
  description: string;
  /**
   * The item says so: when the handling department cannot read the fact, the rule is checked by
   * an official who attests it (a sealed step before approval) instead of blocking publication.
   */
  manualCheck?: boolean;
}

export type EligibilityOutcome =
  | { eligible: true }
  | { eligible: false; rule: EligibilityRule; reason: string }
  | { eligible: null; rule: EligibilityRule; reason: string };

/**
 * Evaluates rules in order. A fact that is missing (unreadable or absent) makes the outcome
 * undecided (`eligible: null`) rather than a refusal: a clerk checks it by hand.
 * For HOLDS_VALID_LICENCE the fact's value is whether the applicant holds such a licence in force.
 */
export function evaluateEligibility(
  rules: readonly EligibilityRule[],
  facts: ReadonlyMap<string, unknown>,
): EligibilityOutcome {
  let undecided: EligibilityOutcome | null = null;
  for (const rule of rules) {
    const actual = facts.get(rule.fact);
    if (actual === undefined || actual === null) {
      undecided ??= { eligible: null, rule, reason: `${rule.fact} is not available` };
      continue;
    }
    if (!holds(rule, actual)) {
      // The rule, never the value: the refusal is shown to whoever started the case.
      return { eligible: false, rule, reason: `${rule.description} (${ruleText(rule)})` };
    }
  }
  return undecided ?? { eligible: true };
}

const OPERATOR_TEXT: Record<EligibilityOperator, string> = {
  GTE: ">=",
  LTE: "<=",
  EQ: "=",
  NEQ: "!=",
  IN: "in",
  HOLDS_VALID_LICENCE: "holds a valid",
};

/** A rule in words a counter can show: `derived:age >= 80`. */
export function ruleText(rule: EligibilityRule): string {
  return rule.operator === "HOLDS_VALID_LICENCE"
    ? `${OPERATOR_TEXT[rule.operator]} ${rule.fact}`
    : `${rule.fact} ${OPERATOR_TEXT[rule.operator]} ${rule.value}`;
}

function holds(rule: EligibilityRule, actual: unknown): boolean {
  switch (rule.operator) {
    case "GTE":
      return Number(actual) >= Number(rule.value);
    case "LTE":
      return Number(actual) <= Number(rule.value);
    case "EQ":
      return String(actual) === rule.value;
    case "NEQ":
      return String(actual) !== rule.value;
    case "IN":
      return rule.value
        .split(",")
        .map((v) => v.trim())
        .includes(String(actual));
    case "HOLDS_VALID_LICENCE":
      return actual === true;
  }
}

/** How one rule stands on the data a case was filled with. */
export type RuleOutcome = "HOLDS" | "FAILS" | "UNDECIDED";

export interface RuleCheck {
  rule: EligibilityRule;
  outcome: RuleOutcome;
  /** Why the rule is undecided (the fact's refusal or absence), or what failed (the rule). */
  reason: string | null;
}

/**
 * Every rule, each decided on the facts or left UNDECIDED with the reason (never skipped):
 * an undecided rule is for an official to attest. `unreadable` says why a fact is missing.
 */
export function checkRules(
  rules: readonly EligibilityRule[],
  facts: ReadonlyMap<string, unknown>,
  unreadable: ReadonlyMap<string, string> = new Map(),
): RuleCheck[] {
  return rules.map((rule) => {
    const actual = facts.get(rule.fact);
    if (actual === undefined || actual === null) {
      const why = unreadable.get(rule.fact) ?? `${rule.fact} is not on record`;
      return { rule, outcome: "UNDECIDED", reason: why };
    }
    return holds(rule, actual)
      ? { rule, outcome: "HOLDS", reason: null }
      : { rule, outcome: "FAILS", reason: `${rule.description} (${ruleText(rule)})` };
  });
}
