import { checkRules, evaluateEligibility, type EligibilityRule } from "./eligibility.js";

const elderly: EligibilityRule[] = [
  {
    fact: "population:Person.status",
    operator: "EQ",
    value: "ALIVE",
    description: "applicant alive",
  },
  { fact: "derived:age", operator: "GTE", value: "80", description: "aged 80 or over" },
];

describe("eligibility rules", () => {
  it("passes when every rule holds", () => {
    const facts = new Map<string, unknown>([
      ["population:Person.status", "ALIVE"],
      ["derived:age", 90],
    ]);
    expect(evaluateEligibility(elderly, facts)).toEqual({ eligible: true });
  });

  it("names the first rule that fails", () => {
    const facts = new Map<string, unknown>([
      ["population:Person.status", "DECEASED"],
      ["derived:age", 96],
    ]);
    const outcome = evaluateEligibility(elderly, facts);
    expect(outcome.eligible).toBe(false);
    expect(outcome.eligible === false && outcome.rule.description).toBe("applicant alive");
    const young = evaluateEligibility(
      elderly,
      new Map<string, unknown>([
        ["population:Person.status", "ALIVE"],
        ["derived:age", 38],
      ]),
    );
    expect(young.eligible === false && young.reason).toBe("aged 80 or over (derived:age >= 80)");
  });

  it("is undecided, not refused, when a fact cannot be read", () => {
    const outcome = evaluateEligibility(elderly, new Map([["population:Person.status", "ALIVE"]]));
    expect(outcome.eligible).toBeNull();
  });

  it("supports IN and licence holding", () => {
    const rules: EligibilityRule[] = [
      {
        fact: "population:Person.maritalStatus",
        operator: "IN",
        value: "SINGLE, WIDOWED",
        description: "no spouse",
      },
      {
        fact: "licences:DISABILITY_CERT",
        operator: "HOLDS_VALID_LICENCE",
        value: "",
        description: "holds a disability certificate",
      },
    ];
    const facts = new Map<string, unknown>([
      ["population:Person.maritalStatus", "WIDOWED"],
      ["licences:DISABILITY_CERT", false],
    ]);
    const outcome = evaluateEligibility(rules, facts);
    expect(outcome.eligible === false && outcome.rule.fact).toBe("licences:DISABILITY_CERT");
  });
});

describe("rule checks (each rule decided or undecided, never skipped)", () => {
  it("decides each rule and says why one is undecided", () => {
    const checks = checkRules(
      elderly,
      new Map([["population:Person.status", "DECEASED"]]),
      new Map([["derived:age", "UNAUTHORIZED_FIELD_OR_TYPE: Person.birthDate: no grant"]]),
    );
    expect(checks.map((c) => c.outcome)).toEqual(["FAILS", "UNDECIDED"]);
    expect(checks[0]!.reason).toBe("applicant alive (population:Person.status = ALIVE)");
    expect(checks[1]!.reason).toContain("no grant");
  });

  it("holds every rule on complete facts, and names an absent fact", () => {
    const all = checkRules(
      elderly,
      new Map<string, unknown>([
        ["population:Person.status", "ALIVE"],
        ["derived:age", 100],
      ]),
    );
    expect(all.every((c) => c.outcome === "HOLDS")).toBe(true);
    const absent = checkRules(elderly, new Map([["population:Person.status", "ALIVE"]]));
    expect(absent[1]).toMatchObject({
      outcome: "UNDECIDED",
      reason: "derived:age is not on record",
    });
  });
});
