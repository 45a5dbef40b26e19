import type { FieldSet } from "@gongxiang/kit";

/**
 * A household's fields are released under the grant of `Person.household` (the grant unit for
 * household data; its members' own fields are then decided as persons), whole or not at all.
 */
export const HOUSEHOLD: FieldSet = {
  name: "Household",
  fields: Object.fromEntries(
    ["divisionCode", "address", "head", "members"].map((field) => [
      field,
      { item: "Person.household", whole: true },
    ]),
  ),
};
