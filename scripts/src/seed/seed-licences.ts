import type { HouseholdRow, PersonRow } from "@gongxiang/population";

/** The ID card (aged 16 and over) and household register a synthetic person holds. */
export function licencesFor(person: PersonRow, household: HouseholdRow | undefined) {
  const items = [];
  const born = Number(person.birthDate.slice(0, 4));
  if (2026 - born >= 16) {
    items.push({
      type: "ID_CARD",
      holderCitizenId: person.citizenId,
      holderName: person.name,
      jurisdiction: person.divisionCode,
      data: {
        name: person.name,
        gender: person.gender === "MALE" ? "男" : "女",
        ethnicity: person.ethnicity,
        birthDate: person.birthDate,
        address: person.address,
      },
      validFrom: "2016-01-01",
    });
  }
  if (household) {
    items.push({
      type: "HOUSEHOLD_REGISTER",
      holderCitizenId: person.citizenId,
      holderName: person.name,
      jurisdiction: person.divisionCode,
      data: {
        householdNumber: household.number,
        relationToHead: person.relationToHead,
        address: household.address,
      },
      validFrom: "2016-01-01",
    });
  }
  return items;
}
