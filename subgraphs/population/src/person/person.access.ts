import type { FieldSet, FieldSpecs } from "@gongxiang/kit";

/** Person fields that carry personal data, each the data item of the same name. */
const PERSONAL = [
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
] as const;

const fields: FieldSpecs = {
  ...Object.fromEntries(PERSONAL.map((field) => [field, { item: `Person.${field}` }])),
  // A household is a list of people: released whole or not at all.
  household: { item: "Person.household", whole: true },
};

/** A person reached by their citizen ID: the caller named it, so the number itself is no news. */
export const PERSON_BY_CITIZEN_ID: FieldSet = { name: "Person@citizenId", fields };

/** A person reached otherwise (a household's members, a record id): the number is decided too. */
export const PERSON: FieldSet = {
  name: "Person",
  fields: { ...fields, citizenId: { item: "Person.citizenId" } },
};

/** What verifyIdentity answers about: whether a name belongs to a citizen ID. */
export const IDENTITY: FieldSet = {
  name: "Person@identity",
  fields: { name: { item: "Person.name" }, citizenId: { item: "Person.citizenId" } },
};
