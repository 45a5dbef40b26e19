import {
  formatLicenceIdentifier,
  licenceIdentifierProblem,
  mod3736CheckChar,
  parseLicenceIdentifier,
  usccCheckChar,
} from "./licence-identifier.js";

describe("licence identifiers", () => {
  const issuer = "11130926MB0000011" + usccCheckChar("11130926MB0000011");

  it("round-trips and validates the MOD 37,36 check", () => {
    const id = formatLicenceIdentifier({
      typeCode: "111",
      issuerCode: issuer,
      serial: "42",
      version: 1,
    });
    expect(id).toMatch(/^1\.2\.156\.3005\.2\.111\.[0-9A-Z]{18}\.42\.001\.[0-9A-Z]$/);
    expect(licenceIdentifierProblem(id)).toBeNull();
    expect(parseLicenceIdentifier(id)).toEqual({
      typeCode: "111",
      issuerCode: issuer,
      serial: "42",
      version: 1,
    });
  });

  it("detects a changed character or a wrong check", () => {
    const id = formatLicenceIdentifier({
      typeCode: "111",
      issuerCode: issuer,
      serial: "42",
      version: 1,
    });
    const wrongCheck = id.slice(0, -1) + (id.endsWith("0") ? "1" : "0");
    expect(licenceIdentifierProblem(wrongCheck)).toMatch(/check character is wrong/);
    const changed = id.replace(".42.", ".43.");
    expect(licenceIdentifierProblem(changed)).toMatch(/check character is wrong/);
    expect(licenceIdentifierProblem("1.2.3")).toMatch(/must read/);
    expect(() => parseLicenceIdentifier("x".repeat(10_000))).toThrow(/longer than 80/);
  });

  it("follows ISO 7064 MOD 37,36: the check makes the hybrid sum end at 1", () => {
    // The Global Release Identifier example A1-2425G-ABC1234002-M uses the same system.
    expect(mod3736CheckChar("A12425GABC1234002")).toBe("M");
    expect(mod3736CheckChar("RABD")).toBe("A");
  });
});
