import {
  BadUserInputError,
  ConflictError,
  type HubError,
  ForbiddenError,
  NotFoundError,
  todayInChina,
} from "@gongxiang/kit";
import {
  licenceIdentifierProblem,
  parseLicenceIdentifier,
} from "../identifier/licence-identifier.js";
import type { LicencesContext } from "../context.js";
import { sealedContent } from "./canonical.js";
import { LICENCE_OPERATOR, licenceRefusal } from "./licence.access.js";
import type { LicenceEntity } from "./licence.entity.js";
import { LicenceStatus, VerificationStatus } from "./licence.enums.js";
import { licenceByIdentifier, licencesByHolder } from "./licence.loaders.js";
import type { Licence, LicenceVerification } from "./licence.type.js";

export function licenceStatus(licence: LicenceEntity, today = todayInChina()): LicenceStatus {
  if (licence.revokedAt) return LicenceStatus.REVOKED;
  if (licence.validUntil !== null && licence.validUntil < today) return LicenceStatus.EXPIRED;
  return LicenceStatus.VALID;
}

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
    version: entity.version,
    seal: entity.seal,
    revokedAt: entity.revokedAt?.toISOString() ?? null,
    revocationReason: entity.revocationReason,
  };
}

/** Reads, verifies and revokes licences for a caller. */
export class LicenceService {
  constructor(private readonly ctx: LicencesContext) {}

  async byIdentifier(identifier: string): Promise<Licence | null> {
    parseLicenceIdentifier(identifier);
    const entity = await this.ctx.loaders.get(licenceByIdentifier).load(identifier);
    if (!entity) return null;
    const refusal = licenceRefusal(this.ctx, entity.type, entity.holderCitizenId);
    this.note(entity.holderCitizenId, entity.type, refusal);
    if (refusal) throw refusal;
    return toLicence(entity);
  }

  /** The licences a person holds that the caller may read, batched across persons. */
  async ofHolder(
    citizenId: string,
    types: string[] | null,
    status: LicenceStatus | null,
  ): Promise<Licence[]> {
    const all = await this.ctx.loaders.get(licencesByHolder).load(citizenId);
    const wanted = all
      .map(toLicence)
      .filter(
        (licence) =>
          (!types || types.includes(licence.type)) && (!status || licence.status === status),
      );
    const refusals = wanted.map((licence) => licenceRefusal(this.ctx, licence.type, citizenId));
    wanted.forEach((licence, i) => this.note(citizenId, licence.type, refusals[i]!));
    const readable = wanted.filter((_, i) => refusals[i] === null);
    if (wanted.length > 0 && readable.length === 0) throw refusals[0]!;
    return readable;
  }

  /** Every release or refusal of a licence's content goes to the access log. */
  private note(holder: string, type: string, refusal: HubError | null): void {
    this.ctx.releases.note(
      holder,
      `Licence:${type}`,
      refusal ? { level: "DENIED", error: refusal } : { level: "FULL" },
    );
  }

  /** VERIFY level: the licence's standing and why; nothing about the holder. */
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
      let claimed: unknown;
      try {
        claimed = (JSON.parse(check.payload) as { identifier?: unknown }).identifier;
      } catch {
        return {
          status: VerificationStatus.TAMPERED,
          reason: "the sealed content is not a licence",
          type: null,
        };
      }
      if (typeof claimed !== "string" || licenceIdentifierProblem(claimed)) {
        return {
          status: VerificationStatus.TAMPERED,
          reason: "the sealed content names no valid licence",
          type: null,
        };
      }
      entity = await this.ctx.loaders.get(licenceByIdentifier).load(claimed);
    } else {
      parseLicenceIdentifier(identifier!);
      entity = await this.ctx.loaders.get(licenceByIdentifier).load(identifier!);
    }
    if (!entity)
      return {
        status: VerificationStatus.UNKNOWN,
        reason: "no such licence in the base",
        type: null,
      };

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
      return {
        status: VerificationStatus.REVOKED,
        reason: `revoked: ${entity.revocationReason}`,
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

  async revoke(identifier: string, reason: string): Promise<Licence> {
    parseLicenceIdentifier(identifier);
    const text = reason.trim();
    if (text.length === 0 || text.length > 200)
      throw new BadUserInputError("reason must be 1 to 200 characters", "reason");
    const { caller, em } = this.ctx;
    const entity = await this.ctx.loaders.get(licenceByIdentifier).load(identifier);
    if (!entity) throw new NotFoundError(`licence ${identifier}`);
    const mayRevoke =
      caller.dept === LICENCE_OPERATOR ||
      (caller.dept === entity.issuerDept && caller.roles.includes("issuer"));
    if (!mayRevoke)
      throw new ForbiddenError("only an issuer of the issuing department may revoke a licence");
    if (entity.revokedAt) throw new ConflictError(`licence ${identifier} was already revoked`);
    entity.revokedAt = new Date();
    entity.revocationReason = text;
    await em.flush();
    return toLicence(entity);
  }
}
