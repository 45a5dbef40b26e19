import { citizenIdCheckChar } from "@gongxiang/kit";
import type { HouseholdRow, PersonRow } from "@gongxiang/population";
import type { Village } from "./divisions.js";
import { givenName, surname } from "./names.js";
import { Random } from "./random.js";

/** Ages are computed against a fixed day so the same seed always yields the same people. */
const REFERENCE_YEAR = 2026;

type Gender = "MALE" | "FEMALE";

export interface GeneratedHousehold {
  household: HouseholdRow;
  members: PersonRow[];
}

/**
 * Generates households of 1-6 people with consistent relations and ages (spouses of similar
 * age, children born when the parents were 20-40, a parent 20-35 years older than the head),
 * valid and unique citizen IDs (GB 11643) and real division codes.
 */
export class PopulationGenerator {
  private readonly random: Random;
  private readonly usedIds: Set<string>;
  private readonly serials = new Map<string, number>();

  constructor(
    seed: number,
    private readonly villages: Village[],
    reservedCitizenIds: Iterable<string> = [],
  ) {
    this.random = new Random(seed);
    this.usedIds = new Set(reservedCitizenIds);
  }

  nextHousehold(maxMembers: number): GeneratedHousehold {
    const r = this.random;
    const village = r.pick(this.villages);
    const serial = (this.serials.get(village.code) ?? 1000) + 1;
    this.serials.set(village.code, serial);
    const number = `${village.code}-${String(serial).padStart(4, "0")}`;
    const address = `${village.addressPrefix}${r.int(1, 12)}组${r.int(1, 80)}号`;
    const householdId = r.uuid();
    const size = Math.min(maxMembers, this.householdSize());
    const family = surname(r);
    const headGender: Gender = r.chance(0.8) ? "MALE" : "FEMALE";
    const headAge = r.int(size > 1 ? 24 : 18, 88);
    const members: PersonRow[] = [];
    const add = (relation: string, gender: Gender, age: number, marital: string, name?: string) => {
      members.push(
        this.person(village, address, householdId, relation, gender, age, marital, name),
      );
    };

    const hasSpouse = size > 1 && headAge >= 22 && r.chance(0.85);
    const married = hasSpouse
      ? "MARRIED"
      : headAge < 28
        ? "SINGLE"
        : r.pick(["SINGLE", "DIVORCED", "WIDOWED"]);
    add("HEAD", headGender, headAge, married, family + givenName(r, headGender));
    if (hasSpouse) {
      const spouseGender: Gender = headGender === "MALE" ? "FEMALE" : "MALE";
      add("SPOUSE", spouseGender, clampAge(headAge + r.int(-5, 5), 20), "MARRIED");
    }
    if (members.length < size && headAge >= 40 && headAge <= 60 && r.chance(0.35)) {
      const parentAge = Math.min(100, headAge + r.int(20, 35));
      add("PARENT", r.chance(0.6) ? "FEMALE" : "MALE", parentAge, "WIDOWED");
    }
    while (members.length < size) {
      const maxChildAge = Math.max(0, headAge - 20);
      const minChildAge = Math.max(0, headAge - 40);
      const age = r.int(minChildAge, maxChildAge);
      const gender: Gender = r.chance(0.5) ? "MALE" : "FEMALE";
      add("CHILD", gender, age, "SINGLE", family + givenName(r, gender));
    }
    return {
      household: {
        id: householdId,
        number,
        divisionCode: village.code,
        address,
        headCitizenId: members[0]!.citizenId,
      },
      members,
    };
  }

  private householdSize(): number {
    const roll = this.random.next();
    if (roll < 0.15) return 1;
    if (roll < 0.45) return 2;
    if (roll < 0.7) return 3;
    if (roll < 0.88) return 4;
    if (roll < 0.96) return 5;
    return 6;
  }

  private person(
    village: Village,
    address: string,
    householdId: string,
    relation: string,
    gender: Gender,
    age: number,
    marital: string,
    name?: string,
  ): PersonRow {
    const r = this.random;
    const year = REFERENCE_YEAR - 1 - age;
    const month = r.int(1, 12);
    const day = r.int(1, daysIn(year, month));
    const birthDate = `${year}-${pad(month)}-${pad(day)}`;
    return {
      id: r.uuid(),
      citizenId: this.citizenId(village.code.slice(0, 6), birthDate, gender),
      name: name ?? surname(r) + givenName(r, gender),
      gender,
      birthDate,
      ethnicity: this.ethnicity(village.province),
      address,
      divisionCode: village.code,
      phone:
        age >= 16 && r.chance(0.75)
          ? `1${r.pick(["38", "39", "59", "86", "37", "50"])}${String(r.int(0, 99_999_999)).padStart(8, "0")}`
          : null,
      maritalStatus: marital,
      status: r.chance(0.003) ? "MIGRATED_OUT" : "ALIVE",
      householdId,
      relationToHead: relation,
    };
  }

  /** A unique citizen ID: region, birth date, a sequence whose parity is the gender, check digit. */
  private citizenId(region: string, birthDate: string, gender: Gender): string {
    const base = region + birthDate.replaceAll("-", "");
    let sequence = this.random.int(0, 499) * 2 + (gender === "MALE" ? 1 : 0);
    for (let attempt = 0; attempt < 500; attempt++) {
      const first17 = base + String(sequence).padStart(3, "0");
      const id = first17 + citizenIdCheckChar(first17);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new Error(`no free citizen ID sequence for ${base}`);
  }

  private ethnicity(province: string): string {
    const roll = this.random.next();
    if (province === "45")
      return roll < 0.6 ? "汉族" : roll < 0.92 ? "壮族" : roll < 0.97 ? "瑶族" : "苗族";
    return roll < 0.99 ? "汉族" : "回族";
  }
}

function clampAge(age: number, min: number): number {
  return Math.max(min, Math.min(100, age));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
