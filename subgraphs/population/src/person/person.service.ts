import {
  BadUserInputError,
  ageOn,
  assertReadable,
  fieldView,
  isCitizen,
  parseCitizenId,
  todayInChina,
  type SubgraphContext,
} from "@gongxiang/kit";
import { assertMayVerify, personDecisions, type AccessScope } from "./person.access.js";
import type { PersonEntity } from "./person.entity.js";
import { IdentityMatch } from "./person.enums.js";
import { personByCitizenId, personById } from "./person.loaders.js";
import type { Person } from "./person.type.js";

const MAX_LOOKUP = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads persons for a caller: validation, batching and the caller's view of each record. */
export class PersonService {
  constructor(private readonly ctx: SubgraphContext) {}

  async byId(id: string): Promise<Person | null> {
    if (!UUID.test(id)) throw new BadUserInputError("id must be a UUID", "id");
    const entity = await this.ctx.loaders.get(personById).load(id.toLowerCase());
    return entity ? this.view(entity) : null;
  }

  async byCitizenId(citizenId: string): Promise<Person | null> {
    parseCitizenId(citizenId);
    return this.byKnownCitizenId(citizenId);
  }

  async byCitizenIds(citizenIds: string[]): Promise<(Person | null)[]> {
    if (citizenIds.length > MAX_LOOKUP) {
      throw new BadUserInputError(`at most ${MAX_LOOKUP} citizen IDs per query`, "citizenIds");
    }
    citizenIds.forEach((citizenId, index) => parseCitizenId(citizenId, `citizenIds[${index}]`));
    return Promise.all(citizenIds.map((citizenId) => this.byKnownCitizenId(citizenId)));
  }

  /** For keys that come from federation (already stored elsewhere): unknown means not found. */
  async byKnownCitizenId(citizenId: string): Promise<Person | null> {
    const entity = await this.ctx.loaders.get(personByCitizenId).load(citizenId);
    return entity ? this.view(entity) : null;
  }

  async viewAll(entities: PersonEntity[]): Promise<Person[]> {
    return Promise.all(entities.map((entity) => this.view(entity)));
  }

  /** VERIFY level: says whether the name matches, never the stored value. */
  async verifyIdentity(citizenId: string, name: string): Promise<IdentityMatch> {
    parseCitizenId(citizenId);
    if (name.length === 0 || name.length > 64) {
      throw new BadUserInputError("name must be 1 to 64 characters", "name");
    }
    assertMayVerify(this.ctx);
    const entity = await this.ctx.loaders.get(personByCitizenId).load(citizenId);
    return entity && entity.name === name.trim() ? IdentityMatch.MATCH : IdentityMatch.NO_MATCH;
  }

  /** The person's household id, when the caller may read `Person.household`. */
  async readableHouseholdId(person: Person): Promise<string | null> {
    const decisions = personDecisions(await this.accessScope(), person);
    this.ctx.releases.note(person.citizenId, "Person.household", decisions.household!);
    assertReadable(decisions.household);
    return person.householdId;
  }

  private async view(entity: PersonEntity): Promise<Person> {
    const decisions = personDecisions(await this.accessScope(), entity);
    const onDate = entity.deathDate ?? todayInChina();
    const record: Person = {
      id: entity.id,
      citizenId: entity.citizenId,
      name: entity.name,
      gender: entity.gender,
      birthDate: entity.birthDate,
      age: ageOn(entity.birthDate, onDate),
      ethnicity: entity.ethnicity,
      address: entity.address,
      divisionCode: entity.divisionCode,
      phone: entity.phone,
      maritalStatus: entity.maritalStatus,
      status: entity.status,
      deathDate: entity.deathDate,
      relationToHead: entity.relationToHead,
      householdId: entity.householdId,
    };
    return fieldView(record, decisions, (field, decision) =>
      this.ctx.releases.note(entity.citizenId, `Person.${field}`, decision),
    );
  }

  /** Whose records this request may see beyond the sharing rules (loaded once, batched). */
  async accessScope(): Promise<AccessScope> {
    const { caller, sharingCaller, sharing, caseApplicant, loaders } = this.ctx;
    if (!this.ctx.enforced) {
      return {
        caller,
        sharingCaller,
        sharing,
        callerHouseholdId: null,
        caseApplicant: null,
        caseHouseholdId: null,
        enforced: false,
      };
    }
    const householdOf = async (citizenId: string) =>
      (await loaders.get(personByCitizenId).load(citizenId))?.householdId ?? null;
    return {
      caller,
      sharingCaller,
      sharing,
      callerHouseholdId: isCitizen(caller) ? await householdOf(caller.sub) : null,
      caseApplicant,
      caseHouseholdId: caseApplicant ? await householdOf(caseApplicant) : null,
      enforced: this.ctx.enforced,
    };
  }
}
