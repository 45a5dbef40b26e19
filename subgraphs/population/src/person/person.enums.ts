import { registerEnumType } from "type-graphql";

export enum Gender {
  MALE = "MALE",
  FEMALE = "FEMALE",
}
export enum PersonStatus {
  ALIVE = "ALIVE",
  DECEASED = "DECEASED",
  MIGRATED_OUT = "MIGRATED_OUT",
}
export enum MaritalStatus {
  SINGLE = "SINGLE",
  MARRIED = "MARRIED",
  DIVORCED = "DIVORCED",
  WIDOWED = "WIDOWED",
}
export enum RelationToHead {
  HEAD = "HEAD",
  SPOUSE = "SPOUSE",
  CHILD = "CHILD",
  CHILD_IN_LAW = "CHILD_IN_LAW",
  GRANDCHILD = "GRANDCHILD",
  PARENT = "PARENT",
  SIBLING = "SIBLING",
  OTHER = "OTHER",
}
export enum IdentityMatch {
  MATCH = "MATCH",
  NO_MATCH = "NO_MATCH",
}

registerEnumType(Gender, { name: "Gender", description: "Gender as registered (GB/T 2261.1)." });
registerEnumType(PersonStatus, {
  name: "PersonStatus",
  description: "Registration status of a person in the population base.",
  valuesConfig: {
    ALIVE: { description: "Living and registered here." },
    DECEASED: { description: "Deceased; see deathDate." },
    MIGRATED_OUT: { description: "Registration moved to another jurisdiction." },
  },
});
registerEnumType(MaritalStatus, {
  name: "MaritalStatus",
  description: "Marital status as registered.",
});
registerEnumType(RelationToHead, {
  name: "RelationToHead",
  description: "A household member's relation to the head of the household.",
});
registerEnumType(IdentityMatch, {
  name: "IdentityMatch",
  description: "A VERIFY-level answer: whether the name matches the citizen ID, and nothing more.",
});
