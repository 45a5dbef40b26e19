import {
  BadUserInputError,
  assertReadable,
  disclosesExistence,
  fieldView,
  isCitizen,
  type Decisions,
  type SubgraphContext,
  type SubjectFacts,
} from "@gongxiang/kit";
import { personByCitizenId, personsByHousehold } from "../person/person.loaders.js";
import { PersonService } from "../person/person.service.js";
import type { Person } from "../person/person.type.js";
import { HOUSEHOLD } from "./household.access.js";
import type { HouseholdRow } from "./household.reads.js";
import { householdById, householdByNumber } from "./household.loaders.js";
import type { Household } from "./household.type.js";

const HOUSEHOLD_NUMBER = /^\d{12}-\d{4}$/;

/**
 * Reads households for a caller. Household data is logged under the head of household, the
 * register's subject; a caller who may read nothing of a household gets the same answer whether
 * or not the number is registered.
 */
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
    if (entity) return this.view(entity);
    const nobody = { id: "", number, divisionCode: null, address: null, headCitizenId: "" };
    const decisions = await this.decisions(nobody);
    return disclosesExistence(decisions) ? null : this.viewOf(nobody, decisions);
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
    const decision = (await this.decisions(household))[field]!;
    if (household.headCitizenId) {
      this.ctx.releases.note(household.headCitizenId, `Household.${field}`, decision);
    }
    assertReadable(decision);
  }

  private async view(entity: HouseholdRow): Promise<Household> {
    const record: Household = {
      id: entity.id,
      number: entity.number,
      divisionCode: entity.divisionCode,
      address: entity.address,
      headCitizenId: entity.headCitizenId,
    };
    return this.viewOf(record, await this.decisions(record));
  }

  private viewOf(record: Household, decisions: Decisions): Household {
    return fieldView(record, decisions, (field, decision) => {
      if (record.headCitizenId) {
        this.ctx.releases.note(record.headCitizenId, `Household.${field}`, decision);
      }
    });
  }

  /** The household is the head's record; its members and the caller's case are the relations. */
  private async decisions(household: Household): Promise<Decisions> {
    const { caller, casePurpose } = this.ctx.access;
    const householdOf = async (citizenId: string) =>
      (await this.ctx.loaders.get(personByCitizenId).load(citizenId))?.householdId ?? null;
    const facts: SubjectFacts = {
      citizenId: household.headCitizenId,
      inCallerHousehold:
        household.id !== "" &&
        isCitizen(caller) &&
        (await householdOf(caller.sub)) === household.id,
      inApplicantHousehold:
        household.id !== "" &&
        casePurpose !== null &&
        (await householdOf(casePurpose.applicant)) === household.id,
    };
    return this.ctx.access.fields(HOUSEHOLD, facts);
  }
}
