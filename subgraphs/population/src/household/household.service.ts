import { BadUserInputError, assertReadable, fieldView, type SubgraphContext } from "@gongxiang/kit";
import { personByCitizenId, personsByHousehold } from "../person/person.loaders.js";
import { PersonService } from "../person/person.service.js";
import type { Person } from "../person/person.type.js";
import { householdDecisions } from "./household.access.js";
import type { HouseholdEntity } from "./household.entity.js";
import { householdById, householdByNumber } from "./household.loaders.js";
import type { Household } from "./household.type.js";

const HOUSEHOLD_NUMBER = /^\d{12}-\d{4}$/;

export class HouseholdService {
  private readonly persons: PersonService;

  constructor(private readonly ctx: SubgraphContext) {
    this.persons = new PersonService(ctx);
  }

  async byNumber(number: string): Promise<Household | null> {
    if (!HOUSEHOLD_NUMBER.test(number)) {
      throw new BadUserInputError(
        "household number must be a 12-digit division code, '-', and a 4-digit serial",
        "number",
      );
    }
    const entity = await this.ctx.loaders.get(householdByNumber).load(number);
    return entity ? this.view(entity) : null;
  }

  async byId(id: string): Promise<Household | null> {
    const entity = await this.ctx.loaders.get(householdById).load(id);
    return entity ? this.view(entity) : null;
  }

  async head(household: Household): Promise<Person | null> {
    await this.assert(household, "head");
    const entity = await this.ctx.loaders.get(personByCitizenId).load(household.headCitizenId);
    return entity ? (await this.persons.viewAll([entity]))[0]! : null;
  }

  async members(household: Household): Promise<Person[]> {
    await this.assert(household, "members");
    const entities = await this.ctx.loaders.get(personsByHousehold).load(household.id);
    return this.persons.viewAll(entities);
  }

  private async assert(household: Household, field: "head" | "members"): Promise<void> {
    const decision = householdDecisions(await this.persons.accessScope(), household.id)[field]!;
    this.ctx.releases.note(household.headCitizenId, `Household.${field}`, decision);
    assertReadable(decision);
  }

  private async view(entity: HouseholdEntity): Promise<Household> {
    const record: Household = {
      id: entity.id,
      number: entity.number,
      divisionCode: entity.divisionCode,
      address: entity.address,
      headCitizenId: entity.headCitizenId,
    };
    // Household data is logged under the head of household, the register's subject.
    return fieldView(
      record,
      householdDecisions(await this.persons.accessScope(), entity.id),
      (field, decision) =>
        this.ctx.releases.note(entity.headCitizenId, `Household.${field}`, decision),
    );
  }
}
