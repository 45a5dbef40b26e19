import type { Caller } from "../auth/caller.js";
import { decideItem, NO_RELATIONS, type Relations } from "./item-decision.js";
import type { SharingSnapshot } from "./sharing-rules.js";

/**
 * The decision sequence alone, without a hub: every level, every kind of purpose, citizens,
 * owners, keepers, issuers and other departments.
 */
const rules: SharingSnapshot = {
  version: "t",
  items: {
    "Person.name": {
      shareType: "CONDITIONAL",
      masking: "NAME",
      provider: "public-security",
      householdScope: true,
    },
    "Person.phone": {
      shareType: "CONDITIONAL",
      masking: "PHONE",
      provider: "public-security",
      householdScope: false,
    },
    "Person.gender": {
      shareType: "UNCONDITIONAL",
      masking: "NONE",
      provider: "public-security",
      householdScope: true,
    },
    "Person.ethnicity": {
      shareType: "NOT_SHARED",
      masking: "NONE",
      provider: "public-security",
      householdScope: false,
    },
    "Person.household": {
      shareType: "CONDITIONAL",
      masking: "NONE",
      provider: "public-security",
      householdScope: true,
    },
    "Case.formFields": {
      shareType: "NOT_SHARED",
      masking: "NONE",
      provider: "data-bureau",
      householdScope: false,
    },
  },
  grants: [
    {
      id: "g1",
      consumer: "civil-affairs",
      items: ["Person.name", "Person.household"],
      level: "FULL",
      purposes: ["elderly-allowance"],
    },
    {
      id: "g2",
      consumer: "civil-affairs",
      items: ["Person.phone", "Person.household"],
      level: "MASKED",
      purposes: ["elderly-allowance", "senior-card"],
    },
    {
      id: "g3",
      consumer: "medical-insurance",
      items: ["Person.name"],
      level: "VERIFY",
      purposes: ["resident-medical-enrolment"],
    },
    {
      id: "g4",
      consumer: "hrss",
      items: ["Person.gender"],
      level: "FULL",
      purposes: [],
    },
  ],
};

const SUBJECT = "130926193604120317";
const staff = (dept: Caller["dept"], purpose: string | null = null): Caller => ({
  sub: "official-1",
  dept,
  roles: ["clerk"],
  site: "130926",
  purpose,
});
const citizen: Caller = { sub: SUBJECT, dept: null, roles: ["citizen"], site: null, purpose: null };
const relations = (overrides: Partial<Relations> = {}): Relations => ({
  ...NO_RELATIONS,
  ...overrides,
});
const elderlyCase = { caseId: "c1", itemCode: "elderly-allowance", applicant: SUBJECT };

function decide(
  caller: Caller,
  item: string,
  options: {
    relations?: Partial<Relations>;
    purpose?: typeof elderlyCase | null;
    whole?: boolean;
    rules?: SharingSnapshot | null;
  } = {},
) {
  return decideItem(
    options.rules === undefined ? rules : options.rules,
    caller,
    options.purpose ?? null,
    relations(options.relations),
    { item, whole: options.whole },
  );
}
const outcome = (decision: ReturnType<typeof decide>) =>
  decision.level === "DENIED" || decision.level === "VERIFY"
    ? `${decision.level}:${String(decision.error.extensions.code)}:${decision.error.message}`
    : decision.level;

describe("decideItem: citizens", () => {
  it("releases a citizen's own record and their household's, and nothing else", () => {
    expect(decide(citizen, "Person.ethnicity", { relations: { self: true } }).level).toBe("FULL");
    expect(decide(citizen, "Person.phone", { relations: { callerHousehold: true } }).level).toBe(
      "FULL",
    );
    expect(outcome(decide(citizen, "Person.name"))).toBe(
      "DENIED:UNAUTHORIZED_FIELD_OR_TYPE:Person.name: a citizen reads only their own records",
    );
  });

  it("holds without sharing rules: their own data is theirs", () => {
    expect(decide(citizen, "Person.name", { relations: { self: true }, rules: null }).level).toBe(
      "FULL",
    );
  });
});

describe("decideItem: owners, keepers and issuers", () => {
  it("releases an item to its provider in full, from the snapshot", () => {
    expect(decide(staff("public-security"), "Person.ethnicity").level).toBe("FULL");
    expect(decide(staff("data-bureau"), "Person.name").level).toBe("DENIED");
  });

  it("lets a record's keeper stand in for the provider, and shuts the provider out", () => {
    expect(
      decide(staff("civil-affairs"), "Case.formFields", { relations: { keeper: true } }).level,
    ).toBe("FULL");
    // The data bureau provides Case.* in the catalog, but a case is its department's record.
    expect(
      outcome(decide(staff("data-bureau"), "Case.formFields", { relations: { keeper: false } })),
    ).toBe("DENIED:UNAUTHORIZED_FIELD_OR_TYPE:Case.formFields: not shared");
  });

  it("releases a record to the department that issued it", () => {
    expect(
      decide(staff("civil-affairs"), "Person.ethnicity", { relations: { issuer: true } }).level,
    ).toBe("FULL");
  });

  it("fails closed without sharing rules for everyone else", () => {
    expect(outcome(decide(staff("public-security"), "Person.name", { rules: null }))).toBe(
      "DENIED:UNAUTHORIZED_FIELD_OR_TYPE:Person.name: the sharing rules cannot be read right now",
    );
  });
});

describe("decideItem: classification", () => {
  it("shares no unclassified and no NOT_SHARED item, grant or not", () => {
    expect(
      outcome(decide(staff("civil-affairs", "item:elderly-allowance"), "Person.favourite")),
    ).toMatch(/not classified/);
    expect(
      outcome(decide(staff("civil-affairs", "item:elderly-allowance"), "Person.ethnicity")),
    ).toMatch(/Person.ethnicity: not shared$/);
  });
});

describe("decideItem: grants, levels and item purposes", () => {
  it("releases FULL for a purpose the grant names", () => {
    expect(decide(staff("civil-affairs", "item:elderly-allowance"), "Person.name").level).toBe(
      "FULL",
    );
  });

  it("masks by the item's rule at MASKED, and refuses MASKED where a field is released whole", () => {
    const masked = decide(staff("civil-affairs", "item:senior-card"), "Person.phone");
    expect(masked.level === "MASKED" && masked.mask("13803171234")).toBe("138****1234");
    expect(decide(staff("civil-affairs", "item:senior-card"), "Person.household").level).toBe(
      "MASKED",
    );
    expect(
      outcome(
        decide(staff("civil-affairs", "item:senior-card"), "Person.household", { whole: true }),
      ),
    ).toMatch(/released whole or not at all/);
  });

  it("takes the best level among the grants that serve the purpose", () => {
    // g1 (FULL) and g2 (MASKED) both grant the household for elderly-allowance.
    expect(decide(staff("civil-affairs", "item:elderly-allowance"), "Person.household").level).toBe(
      "FULL",
    );
  });

  it("answers VERIFY with no value, and does not ask for a purpose it would not help", () => {
    const verify = decide(
      staff("medical-insurance", "item:resident-medical-enrolment"),
      "Person.name",
    );
    expect(outcome(verify)).toMatch(/^VERIFY:UNAUTHORIZED_FIELD_OR_TYPE:.*verification only/);
    expect(outcome(decide(staff("medical-insurance"), "Person.name"))).toMatch(
      /^DENIED:.*verification only/,
    );
  });

  it("asks for a purpose for a CONDITIONAL item, and refuses another purpose", () => {
    expect(outcome(decide(staff("civil-affairs"), "Person.name"))).toMatch(
      /^DENIED:PURPOSE_REQUIRED:/,
    );
    expect(
      outcome(decide(staff("civil-affairs", "item:disability-subsidy"), "Person.name")),
    ).toMatch(/not granted for this purpose/);
  });

  it("releases an UNCONDITIONAL item with any grant in force, purpose or not", () => {
    expect(decide(staff("hrss"), "Person.gender").level).toBe("FULL");
    expect(outcome(decide(staff("hrss"), "Person.name"))).toMatch(/no grant in force/);
  });
});

describe("decideItem: case purposes", () => {
  const ca = staff("civil-affairs", "case:c1");

  it("stands a confirmed case for its item, for its applicant", () => {
    expect(
      decide(ca, "Person.name", { purpose: elderlyCase, relations: { applicant: true } }).level,
    ).toBe("FULL");
  });

  it("covers the applicant's household for household-scoped items only", () => {
    const member = { purpose: elderlyCase, relations: { applicantHousehold: true } };
    expect(decide(ca, "Person.name", member).level).toBe("FULL");
    expect(outcome(decide(ca, "Person.phone", member))).toMatch(/covers only its applicant/);
  });

  it("covers nobody else, and counts for nothing unconfirmed", () => {
    expect(outcome(decide(ca, "Person.name", { purpose: elderlyCase }))).toMatch(
      /covers only its applicant/,
    );
    expect(outcome(decide(ca, "Person.name", { relations: { applicant: true } }))).toMatch(
      /not an open case of your department/,
    );
  });
});
