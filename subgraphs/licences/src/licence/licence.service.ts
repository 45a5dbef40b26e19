import {
  Action,
  BadUserInputError,
  ConflictError,
  DATA_BUREAU,
  FULL,
  NotFoundError,
  assertReadable,
  fieldView,
  isCitizen,
  mayVerify,
  refusalError,
  todayInChina,
  type Decisions,
  type FieldDecision,
} from "@gongxiang/kit";
import {
  licenceIdentifierProblem,
  parseLicenceIdentifier,
} from "../identifier/licence-identifier.js";
import type { LicencesContext } from "../context.js";
import {
  LICENCE_TYPES,
  licenceType,
  licenceTypeOfCode,
  type LicenceTypeDefinition,
} from "../licence-type/licence-types.js";
import { disclosedFields, sealedContent } from "./canonical.js";
import { licenceFields } from "./licence.access.js";
import { LicenceEntity } from "./licence.entity.js";
import { LicenceStatus, VerificationStatus } from "./licence.enums.js";
import { licenceByIdentifier, licencesByHolder } from "./licence.loaders.js";
import { REGISTER_LISTING } from "./licence.reads.js";
import type { Licence, LicenceVerification } from "./licence.type.js";

export function licenceStatus(licence: LicenceEntity, today = todayInChina()): LicenceStatus {
  if (licence.revokedAt) return LicenceStatus.REVOKED;
  if (licence.validUntil !== null && licence.validUntil < today) return LicenceStatus.EXPIRED;
  return LicenceStatus.VALID;
}

/** The whole licence, as its issuer and the base itself see it. */
export function toLicence(entity: LicenceEntity): Licence {
  return {
    identifier: entity.identifier,
    type: entity.type,
    number: entity.number,
    status: licenceStatus(entity),
    holderCitizenId: entity.holderCitizenId,
    holderName: entity.holderName,
    holderIdType: entity.holderIdType,
    holder: { citizenId: entity.holderCitizenId },
    issuerDept: entity.issuerDept,
    issuerCode: entity.issuerCode,
    issuedAt: entity.issuedAt.toISOString(),
    validFrom: entity.validFrom,
    validUntil: entity.validUntil,
    jurisdiction: entity.jurisdiction,
    data: entity.data,
    withheld: [],
    sealDisclosures: Object.keys(disclosedFields(entity)).map((field) => ({
      field,
      salt: entity.salts[field] ?? "",
    })),
    version: entity.version,
    seal: entity.seal,
    revokedAt: entity.revokedAt?.toISOString() ?? null,
    revocationReason: entity.revocationReason,
  };
}

/** The GraphQL fields that show a disclosed field, decided as that field. */
const SHOWN_AS: Record<string, string[]> = {
  "holder.name": ["holderName"],
  "holder.citizenId": ["holderCitizenId", "holder"],
  number: ["number"],
};
const shown = new WeakMap<Decisions, Decisions>();
function shownDecisions(decisions: Decisions): Decisions {
  let view = shown.get(decisions);
  if (!view) {
    const entries: [string, FieldDecision][] = [["data", FULL]];
    for (const [field, names] of Object.entries(SHOWN_AS)) {
      for (const name of names) entries.push([name, decisions[field] ?? FULL]);
    }
    view = Object.freeze(Object.fromEntries(entries));
    shown.set(decisions, view);
  }
  return view;
}

/**
 * Reads, verifies and revokes licences for a caller. A licence type is released whole or not at
 * all, the same whether or not the person holds one (no oracle), and within a released licence
 * each field that copies a person's data follows that data item's own rule.
 */
export class LicenceService {
  constructor(private readonly ctx: LicencesContext) {}

  async byIdentifier(identifier: string): Promise<Licence | null> {
    const type = this.typeOf(identifier);
    const entity = await this.ctx.loaders.get(licenceByIdentifier).load(identifier);
    const decisions = this.decide(type, entity?.holderCitizenId ?? "", false);
    const licence = decisions.licence!;
    if (entity) this.ctx.releases.note(entity.holderCitizenId, `Licence:${type.code}`, licence);
    assertReadable(licence);
    return entity ? this.view(entity, decisions) : null;
  }

  /**
   * The licences a person holds of the types asked for (every type the caller may read, when
   * none is named). A type named but not readable is refused whether or not it is held.
   */
  async ofHolder(
    citizenId: string,
    types: string[] | null,
    status: LicenceStatus | null,
  ): Promise<Licence[]> {
    if (types !== null && types.length > LICENCE_TYPES.length) {
      throw new BadUserInputError(`at most ${LICENCE_TYPES.length} types`, "types");
    }
    const asked = (types ?? LICENCE_TYPES.map((type) => type.code)).map((code) => {
      const type = licenceType(code);
      if (!type) throw new BadUserInputError("unknown licence type", "types");
      return type;
    });
    const decided = new Map(asked.map((type) => [type.code, this.decide(type, citizenId, true)]));
    if (types !== null) {
      const refused = asked.filter((type) => decided.get(type.code)!.licence!.level !== "FULL");
      for (const type of refused) {
        this.ctx.releases.note(citizenId, `Licence:${type.code}`, decided.get(type.code)!.licence!);
      }
      if (refused.length) assertReadable(decided.get(refused[0]!.code)!.licence!);
    }
    const held = await this.ctx.loaders.get(licencesByHolder).load(citizenId);
    const wanted = held.filter((entity) => {
      const readable = decided.get(entity.type)?.licence?.level === "FULL";
      return readable && (!status || licenceStatus(entity) === status);
    });
    return wanted.map((entity) => {
      this.ctx.releases.note(citizenId, `Licence:${entity.type}`, FULL);
      return this.view(entity, decided.get(entity.type)!);
    });
  }

  /**
   * The household register in force that lists this person as a member (held by the head of the
   * household): a member's case relies on it instead of a scan. Decided for the person asked
   * about, the same whether or not one lists them (no oracle); the register's own fields are then
   * decided for its holder, who lives in the household of the person it lists.
   */
  async registerListing(citizenId: string): Promise<Licence | null> {
    const type = licenceType("HOUSEHOLD_REGISTER")!;
    const asked = this.decide(type, citizenId, true).licence!;
    this.ctx.releases.note(citizenId, `Licence:${type.code}`, asked);
    assertReadable(asked);
    const [entity] = await this.ctx.reads.all(REGISTER_LISTING, [
      todayInChina(),
      JSON.stringify([citizenId]),
    ]);
    if (!entity) return null;
    const { caller, casePurpose } = this.ctx.access;
    const decisions = this.ctx.access.fields(licenceFields(type, false), {
      citizenId: entity.holderCitizenId,
      issuer: type.issuerDept,
      inApplicantHousehold: casePurpose?.applicant === citizenId,
      inCallerHousehold: isCitizen(caller) && caller.sub === citizenId,
    });
    const licence = decisions.licence!;
    this.ctx.releases.note(entity.holderCitizenId, `Licence:${type.code}`, licence);
    if (licence.level !== "FULL") return null;
    return this.view(entity, decisions);
  }

  /**
   * VERIFY level: a licence's standing, by identifier (needs at least VERIFY on its type for its
   * holder; an unknown identifier is refused alike) or by a sealed licence token (whoever holds
   * the token may ask). Logged as a VERIFY answer, and limited per holder.
   */
  async verify(
    identifier: string | null | undefined,
    token: string | null | undefined,
  ): Promise<LicenceVerification> {
    if (Boolean(identifier) === Boolean(token)) {
      throw new BadUserInputError("give exactly one of identifier or token");
    }
    let entity: LicenceEntity | null;
    let sealedPayload: string | null = null;
    if (token) {
      if (token.length > 20_000) throw new BadUserInputError("token is too long", "token");
      const check = await this.ctx.deps.sealKeys.verify(token);
      if (!check.ok)
        return { status: VerificationStatus.TAMPERED, reason: check.reason, type: null };
      sealedPayload = check.payload;
      const claimed = identifierIn(check.payload);
      if (claimed === null) {
        return {
          status: VerificationStatus.TAMPERED,
          reason: "the sealed content names no valid licence",
          type: null,
        };
      }
      entity = await this.ctx.loaders.get(licenceByIdentifier).load(claimed);
    } else {
      const type = this.typeOf(identifier!);
      entity = await this.ctx.loaders.get(licenceByIdentifier).load(identifier!);
      const licence = this.decide(type, entity?.holderCitizenId ?? "", false).licence!;
      if (!mayVerify(licence)) {
        if (entity) this.ctx.releases.note(entity.holderCitizenId, `Licence:${type.code}`, licence);
        assertReadable(licence);
      }
    }
    if (!entity)
      return {
        status: VerificationStatus.UNKNOWN,
        reason: "no such licence in the base",
        type: null,
      };
    await this.ctx.access.takeVerify(entity.holderCitizenId);
    this.ctx.releases.noteVerified(entity.holderCitizenId, `Licence:${entity.type}`);
    return this.standing(entity, sealedPayload);
  }

  async revoke(identifier: string, reason: string): Promise<Licence> {
    const type = this.typeOf(identifier);
    const text = reason.trim();
    if (text.length === 0 || text.length > 200)
      throw new BadUserInputError("reason must be 1 to 200 characters", "reason");
    const { caller, em } = this.ctx;
    const entity = await this.ctx.loaders.get(licenceByIdentifier).load(identifier);
    if (!entity) {
      // Only the type's issuer and the data bureau learn that an identifier is not in the base.
      if (caller.dept !== type.issuerDept && caller.dept !== DATA_BUREAU) {
        throw refusalError(Action.LICENCE_REVOKE, {
          allowed: false,
          rule: "revoked only by its issuing department or the data bureau",
        });
      }
      throw new NotFoundError("that licence");
    }
    this.ctx.access.assert(Action.LICENCE_REVOKE, {
      issuerDept: entity.issuerDept,
      jurisdiction: entity.jurisdiction,
    });
    if (entity.revokedAt) throw new ConflictError(`licence ${identifier} was already revoked`);
    entity.revokedAt = new Date();
    entity.revocationReason = text;
    await em.flush();
    return toLicence(entity);
  }

  /** The standing of a known licence: its seal, its content against the seal, its dates. */
  private async standing(
    entity: LicenceEntity,
    sealedPayload: string | null,
  ): Promise<LicenceVerification> {
    const stored = await this.ctx.deps.sealKeys.verify(entity.seal);
    const content = sealedContent(entity);
    if (!stored.ok)
      return { status: VerificationStatus.TAMPERED, reason: stored.reason, type: entity.type };
    if (stored.payload !== content || (sealedPayload !== null && sealedPayload !== content)) {
      return {
        status: VerificationStatus.TAMPERED,
        reason: "the licence content differs from its seal",
        type: entity.type,
      };
    }
    const status = licenceStatus(entity);
    if (status === LicenceStatus.REVOKED) {
      // The reason may be about the holder ("holder deceased"): only readers of the licence see it.
      const readable = this.decide(licenceType(entity.type)!, entity.holderCitizenId, false);
      const why = readable.licence!.level === "FULL" ? entity.revocationReason : null;
      return {
        status: VerificationStatus.REVOKED,
        reason: why ? `revoked: ${why}` : "revoked by its issuer",
        type: entity.type,
      };
    }
    if (status === LicenceStatus.EXPIRED) {
      return {
        status: VerificationStatus.EXPIRED,
        reason: `expired after ${entity.validUntil}`,
        type: entity.type,
      };
    }
    return {
      status: VerificationStatus.VALID,
      reason: "sealed by its issuer, unchanged and in force",
      type: entity.type,
    };
  }

  /** The caller's view of each field of a licence of this type held by this person. */
  private decide(type: LicenceTypeDefinition, holder: string, throughHolder: boolean): Decisions {
    return this.ctx.access.fields(licenceFields(type, throughHolder), {
      citizenId: holder,
      issuer: type.issuerDept,
    });
  }

  /** A well-formed identifier's licence type, from its type code (before any lookup). */
  private typeOf(identifier: string): LicenceTypeDefinition {
    const { typeCode } = parseLicenceIdentifier(identifier);
    const type = licenceTypeOfCode(typeCode);
    if (!type) throw new BadUserInputError("the identifier names no licence type", "identifier");
    return type;
  }

  /**
   * Who a disclosed field is about and how the caller may see it: the licence's own decisions,
   * except a list entry (a register's member), decided for the person it names. The applicant
   * of the caller's confirmed case is no news to that case, nor a citizen to themselves.
   */
  private fieldDecision(
    entity: LicenceEntity,
    decisions: Decisions,
    field: string,
  ): { decision: FieldDecision; subject: string; item: string } {
    const entry = /^data\.([A-Za-z][A-Za-z0-9]*)\.(\d+)$/.exec(field);
    const type = licenceType(entity.type)!;
    if (!entry) {
      return {
        decision: decisions[field] ?? FULL,
        subject: entity.holderCitizenId,
        item: decisionItem(entity, field),
      };
    }
    const item = type.fields.find((f) => f.key === entry[1])?.entries ?? `Licence:${type.code}`;
    const named = (entity.data[entry[1]!] as unknown[] | undefined)?.[Number(entry[2])];
    const person = typeof named === "string" ? named : "";
    const { caller, casePurpose } = this.ctx.access;
    if (
      person &&
      (casePurpose?.applicant === person || (isCitizen(caller) && caller.sub === person))
    ) {
      return { decision: FULL, subject: person, item };
    }
    const decision = this.ctx.access.fields(
      { name: `Entry:${item}`, fields: { entry: { item, whole: true } } },
      { citizenId: person, issuer: type.issuerDept },
    ).entry!;
    return { decision, subject: person, item };
  }

  /** A released licence: fields the caller may not read withheld, the rest with their salts. */
  private view(entity: LicenceEntity, decisions: Decisions): Licence {
    const whole = toLicence(entity);
    const fields = Object.keys(disclosedFields(entity)).map((field) => ({
      field,
      ...this.fieldDecision(entity, decisions, field),
    }));
    const shown = new Set(fields.filter((f) => f.decision.level === "FULL").map((f) => f.field));
    const withheld = fields.filter((f) => !shown.has(f.field)).map((f) => f.field);
    const record: Licence = {
      ...whole,
      data: Object.fromEntries(
        Object.entries(entity.data).flatMap(([key, value]): [string, unknown][] => {
          if (Array.isArray(value)) {
            const entries = value.filter((_v, i) => shown.has(`data.${key}.${i}`));
            return entries.length ? [[key, entries]] : [];
          }
          return shown.has(`data.${key}`) ? [[key, value]] : [];
        }),
      ),
      withheld,
      sealDisclosures: whole.sealDisclosures.filter((d) => shown.has(d.field)),
    };
    const noteWithheld = (field: string) => {
      const f = fields.find((candidate) => candidate.field === field)!;
      if (f.subject) this.ctx.releases.note(f.subject, f.item, f.decision);
    };
    return fieldView(record, shownDecisions(decisions), (name, decision) => {
      if (name === "data") withheld.filter((f) => f.startsWith("data.")).forEach(noteWithheld);
      else if (decision.level !== "FULL") {
        const field = Object.keys(SHOWN_AS).find((f) => SHOWN_AS[f]!.includes(name))!;
        noteWithheld(field);
      }
    });
  }
}

/** The data item a disclosed field of this licence copies. */
function decisionItem(entity: LicenceEntity, field: string): string {
  const type = licenceType(entity.type)!;
  return licenceFields(type, false).fields[field]?.item ?? `Licence:${entity.type}`;
}

/** The identifier a sealed payload names, if it is a well-formed one. */
function identifierIn(payload: string): string | null {
  try {
    const claimed = (JSON.parse(payload) as { identifier?: unknown }).identifier;
    return typeof claimed === "string" && !licenceIdentifierProblem(claimed) ? claimed : null;
  } catch {
    return null;
  }
}
