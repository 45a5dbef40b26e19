import { notModified } from "./conditional.js";

it("answers 304 only for the tag the response carries", () => {
  expect(notModified('"abc"', '"abc"')).toBe(true);
  expect(notModified('W/"abc"', '"abc"')).toBe(true);
  expect(notModified('"x", "abc"', '"abc"')).toBe(true);
  expect(notModified("*", '"abc"')).toBe(true);
  expect(notModified('"abd"', '"abc"')).toBe(false);
  expect(notModified(undefined, '"abc"')).toBe(false);
  expect(notModified('"abc"', undefined)).toBe(false);
});
