import { divisionLevel, withinScope } from "./division.js";

describe("division codes", () => {
  it("knows the level of a site from its code", () => {
    expect(divisionLevel("130926101216")).toBe("VILLAGE");
    expect(divisionLevel("130926101")).toBe("TOWN");
    expect(divisionLevel("130926")).toBe("COUNTY");
    expect(divisionLevel("130900")).toBe("CITY");
    expect(divisionLevel("13092")).toBeNull();
  });

  it("checks handling scope between a site and a registration", () => {
    expect(withinScope("COUNTY", "130926101216", "130926102201")).toBe(true);
    expect(withinScope("COUNTY", "130926101216", "130927102201")).toBe(false);
    expect(withinScope("CITY", "130926101216", "130927102201")).toBe(true);
    expect(withinScope("SITE", "130926101216", "130926101216")).toBe(true);
    expect(withinScope("TOWN", "130926101216", "130926102216")).toBe(false);
  });
});
