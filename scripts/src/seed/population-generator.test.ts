import { citizenIdProblem } from "@gongxiang/kit";
import { loadVillages } from "./divisions.js";
import { PopulationGenerator } from "./population-generator.js";

function generate(seed: number, persons: number) {
  const generator = new PopulationGenerator(seed, loadVillages());
  const households = [];
  let count = 0;
  while (count < persons) {
    const next = generator.nextHousehold(persons - count);
    households.push(next);
    count += next.members.length;
  }
  return households;
}

describe("synthetic population", () => {
  const households = generate(7, 100_000);
  const persons = households.flatMap((h) => h.members);

  it("gives 100,000 persons valid and unique citizen IDs", () => {
    expect(persons).toHaveLength(100_000);
    expect(persons.filter((p) => citizenIdProblem(p.citizenId) !== null)).toEqual([]);
    expect(new Set(persons.map((p) => p.citizenId)).size).toBe(100_000);
  });

  it("keeps IDs consistent with the person: region, birth date and gender digit", () => {
    for (const p of persons.slice(0, 5_000)) {
      expect(p.citizenId.slice(0, 6)).toBe(p.divisionCode.slice(0, 6));
      expect(p.citizenId.slice(6, 14)).toBe(p.birthDate.replaceAll("-", ""));
      expect(Number(p.citizenId[16]) % 2 === 1).toBe(p.gender === "MALE");
    }
  });

  it("builds households of 1-6 with one head and plausible ages", () => {
    for (const { household, members } of households.slice(0, 5_000)) {
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(6);
      expect(members.filter((m) => m.relationToHead === "HEAD")).toHaveLength(1);
      expect(household.headCitizenId).toBe(members[0]!.citizenId);
      const head = Number(members[0]!.birthDate.slice(0, 4));
      for (const child of members.filter((m) => m.relationToHead === "CHILD")) {
        expect(Number(child.birthDate.slice(0, 4)) - head).toBeGreaterThanOrEqual(20);
      }
      expect(new Set(members.map((m) => m.householdId))).toEqual(new Set([household.id]));
    }
  });

  it("is deterministic for a seed and differs across seeds", () => {
    // The last household is cut to fit N, so compare the people before it.
    const again = generate(7, 1_000)
      .flatMap((h) => h.members)
      .slice(0, 990);
    expect(again.map((p) => p.citizenId)).toEqual(persons.slice(0, 990).map((p) => p.citizenId));
    const other = generate(8, 1_000)
      .flatMap((h) => h.members)
      .slice(0, 990);
    expect(other.map((p) => p.citizenId)).not.toEqual(again.map((p) => p.citizenId));
  });
});
