import {
  BadUserInputError,
  FULL,
  UnauthorizedFieldError,
  ageOn,
  assertReadable,
  disclosesExistence,
  fieldView,
  isCitizen,
  mayVerify,
  parseCitizenId,
  todayInChina,
  type Decisions,
  type FieldSet,
  type SubgraphContext,
  type SubjectFacts,
} from "@gongxiang/kit";
import { IDENTITY, PERSON, PERSON_BY_CITIZEN_ID } from "./person.access.js";
import type { PersonRow } from "./person.reads.js";
import { IdentityMatch } from "./person.enums.js";
import { personByCitizenId, personById } from "./person.loaders.js";
import type { Person } from "./person.type.js";

const MAX_LOOKUP = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record id tells that a record exists: released only with some of its data. */
const ID_WITHHELD = {
  level: "DENIED",
  error: new UnauthorizedFieldError("Person.id", "shown only to those who may read the record"),
} as const;
const withId = new WeakMap<Decisions, Decisions>();
function decisionsWithId(decisions: Decisions): Decisions {
  let all = withId.get(decisions);
  if (!all) {
    all = Object.freeze({ ...decisions, id: disclosesExistence(decisions) ? FULL : ID_WITHHELD });
    withId.set(decisions, all);
  }
  return all;
}

/** Where no one is registered: every field empty, and withheld as for a record one may not read. */
function unregistered(citizenId: string | null): Person {
  return {
    id: "",
    citizenId: citizenId ?? "",
    name: null,
    gender: null,
    birthDate: null,
    age: null,
    ethnicity: null,
    address: null,
    divisionCode: null,
    phone: null,
    maritalStatus: null,
    status: null,
    deathDate: null,
    relationToHead: null,
    householdId: null,
  };
}

function recordOf(entity: PersonRow): Person {
  return {
    id: entity.id,
    citizenId: entity.citizenId,
    name: entity.name,
    gender: entity.gender,
    birthDate: entity.birthDate,
    age: ageOn(entity.birthDate, entity.deathDate ?? todayInChina()),
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
}

/**
 * Reads persons for a caller: validation, batching, and the caller's view of each record as the
 * authorization core decides it. A caller who may read nothing of a person gets the same answer
 * whether or not anyone is registered under that number (no oracle).
 */
export class PersonService {
  constructor(private readonly ctx: SubgraphContext) {}

  async byId(id: string): Promise<Person | null> {
    if (!UUID.test(id)) throw new BadUserInputError("id must be a UUID", "id");
    const entity = await this.ctx.loaders.get(personById).load(id.toLowerCase());
    return this.answer(entity, PERSON, null);
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

  /** For keys that come from federation or from a checked argument. */
  async byKnownCitizenId(citizenId: string): Promise<Person | null> {
    const entity = await this.ctx.loaders.get(personByCitizenId).load(citizenId);
    return this.answer(entity, PERSON_BY_CITIZEN_ID, citizenId);
  }

  /** Persons reached through another record (a household's head and members). */
  async viewAll(entities: PersonRow[]): Promise<Person[]> {
    return Promise.all(entities.map((entity) => this.view(recordOf(entity), PERSON)));
  }

  /**
   * VERIFY level: whether the name belongs to the number, never the stored value. Needs at least
   * VERIFY on both items, is logged answered or refused, and is limited per person.
   */
  async verifyIdentity(citizenId: string, name: string): Promise<IdentityMatch> {
    parseCitizenId(citizenId);
    if (name.length === 0 || name.length > 64) {
      throw new BadUserInputError("name must be 1 to 64 characters", "name");
    }
    const entity = await this.ctx.loaders.get(personByCitizenId).load(citizenId);
    const subject = entity ? recordOf(entity) : unregistered(citizenId);
    const decisions = this.ctx.access.fields(IDENTITY, await this.facts(subject));
    const { releases } = this.ctx;
    const refused = Object.values(decisions).find((decision) => !mayVerify(decision));
    if (refused) {
      // Nothing is answered: both items are on the record as refused.
      for (const field of ["name", "citizenId"])
        releases.note(citizenId, `Person.${field}`, refused);
      assertReadable(refused);
    }
    await this.ctx.access.takeVerify(citizenId);
    releases.noteVerified(citizenId, "Person.name");
    releases.noteVerified(citizenId, "Person.citizenId");
    return entity && entity.name === name.trim() ? IdentityMatch.MATCH : IdentityMatch.NO_MATCH;
  }

  /** The person's household id, when the caller may read `Person.household`. */
  async readableHouseholdId(person: Person): Promise<string | null> {
    const decisions = this.ctx.access.fields(PERSON, await this.facts(person));
    this.ctx.releases.note(person.citizenId, "Person.household", decisions.household!);
    assertReadable(decisions.household);
    return person.householdId;
  }

  private async answer(
    entity: PersonRow | null,
    set: FieldSet,
    citizenId: string | null,
  ): Promise<Person | null> {
    if (entity) return this.view(recordOf(entity), set);
    const nobody = unregistered(citizenId);
    const decisions = this.ctx.access.fields(set, await this.facts(nobody));
    return disclosesExistence(decisions) ? null : this.view(nobody, set);
  }

  private async view(record: Person, set: FieldSet): Promise<Person> {
    const decisions = decisionsWithId(this.ctx.access.fields(set, await this.facts(record)));
    const subject = record.citizenId;
    return fieldView(record, decisions, (field, decision) => {
      if (subject) this.ctx.releases.note(subject, `Person.${field}`, decision);
    });
  }

  /** What the base knows of the subject that the rules ask about: households. */
  private async facts(person: Pick<Person, "citizenId" | "householdId">): Promise<SubjectFacts> {
    const { caller, casePurpose } = this.ctx.access;
    const household = person.householdId;
    const householdOf = async (citizenId: string) =>
      (await this.ctx.loaders.get(personByCitizenId).load(citizenId))?.householdId ?? null;
    return {
      citizenId: person.citizenId,
      inCallerHousehold:
        household !== null && isCitizen(caller) && (await householdOf(caller.sub)) === household,
      inApplicantHousehold:
        household !== null &&
        casePurpose !== null &&
        (await householdOf(casePurpose.applicant)) === household,
    };
  }
}
