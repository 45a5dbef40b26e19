import { citizenIdCheckChar, citizenIdProblem, parseCitizenId } from "./citizen-id.js";
import { BadUserInputError } from "../errors/errors.js";
import { ageOn, isRealDate } from "./dates.js";

describe("citizen ID (GB 11643)", () => {
  it("accepts the standard's example and the demo IDs", () => {
    for (const id of ["11010519491231002X", "130926193604120317", "450803198802290242"]) {
      expect(citizenIdProblem(id)).toBeNull();
    }
  });

  it("names the rule that fails", () => {
    expect(citizenIdProblem("130926193604120318")).toBe("check digit is wrong: expected 7, got 8");
    expect(citizenIdProblem("13092619360412031")).toMatch(/18 characters/);
    expect(citizenIdProblem("1309261936041203A7")).toMatch(/17 digits/);
    expect(citizenIdProblem("990926193604120317")).toMatch(/region code 990926/);
    expect(citizenIdProblem("130926193613320317")).toMatch(/1936-13-32 is not a real date/);
    expect(citizenIdProblem("130926190102290317")).toMatch(/1901-02-29 is not a real date/);
    expect(citizenIdProblem("x".repeat(10_000))).toMatch(/18 characters long, got 9999/);
  });

  it("throws BAD_USER_INPUT from parse and reads the gender digit", () => {
    expect(() => parseCitizenId("130926193604120318")).toThrow(BadUserInputError);
    expect(parseCitizenId("130926193604120317")).toEqual({
      region: "130926",
      birthDate: "1936-04-12",
      sequence: "031",
      gender: "MALE",
    });
    expect(parseCitizenId("130926193912010486").gender).toBe("FEMALE");
  });

  it("computes check characters including X", () => {
    expect(citizenIdCheckChar("11010519491231002")).toBe("X");
  });
});

describe("dates", () => {
  it("knows real dates and leap days", () => {
    expect(isRealDate("1988-02-29")).toBe(true);
    expect(isRealDate("1989-02-29")).toBe(false);
    expect(isRealDate("2026-1-01")).toBe(false);
  });

  it("counts a leap-day birthday as reached on 1 March in common years", () => {
    expect(ageOn("1988-02-29", "2026-02-28")).toBe(37);
    expect(ageOn("1988-02-29", "2026-03-01")).toBe(38);
    expect(ageOn("1988-02-29", "2028-02-29")).toBe(40);
    expect(ageOn("1936-04-12", "2026-11-22")).toBe(90);
  });
});
