import { randomUUID } from "node:crypto";
import {
  Action,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  ageOn,
  gatewayFailure,
  isRealDate,
  newSalt,
  parseCitizenId,
  todayInChina,
  type Department,
  type EntityManager,
} from "@gongxiang/kit";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { LicencesContext } from "../context.js";
import { formatLicenceIdentifier } from "../identifier/licence-identifier.js";
import {
  issuerCode,
  licenceType,
  type LicenceTypeDefinition,
} from "../licence-type/licence-types.js";
import type { SealKeys } from "../seal/seal-keys.js";
import { disclosedFields, sealedContent } from "./canonical.js";
import { validateLicenceData } from "./licence-data.js";
import { LicenceEntity } from "./licence.entity.js";
import type { IssueLicenceInput } from "./licence.input.js";

/** An issue request, checked in form (not yet against the population base). */
interface CheckedInput {
  type: LicenceTypeDefinition;
  holderCitizenId: string;
  holderName: string;
  jurisdiction: string;
  data: Record<string, unknown>;
  validFrom: string;
  validUntil: string | null;
}

/** Exactly what issuing a type needs to know of the holder (a birth date only for an age limit). */
const holderQuery = (type: LicenceTypeDefinition) =>
  `query Holder($citizenId: String!) { personByCitizenId(citizenId: $citizenId) { name status${
    type.holderMinimumAge === undefined ? "" : " birthDate"
  } } }`;
interface Holder {
  name: string | null;
  status: string | null;
  birthDate?: string | null;
}

/**
 * issueLicence: the issuer asks first (an issuer of the type's department, within their site's
 * jurisdiction), the holder is checked against the population base as the issuing department
 * under its own grants (registered under that name, alive, old enough for the type), then the
 * licence is numbered and sealed.
 */
export class LicenceIssuance {
  constructor(private readonly ctx: LicencesContext) {}

  async issue(input: IssueLicenceInput, issuedAt = new Date()): Promise<LicenceEntity> {
    const type = licenceType(input.type);
    if (!type) throw new BadUserInputError(`unknown licence type ${input.type}`, "type");
    if (!/^\d{12}$/.test(input.jurisdiction)) {
      throw new BadUserInputError("jurisdiction must be a 12-digit division code", "jurisdiction");
    }
    this.ctx.access.assert(Action.LICENCE_ISSUE, {
      issuerDept: type.issuerDept,
      jurisdiction: input.jurisdiction,
    });
    const key = input.idempotencyKey ?? null;
    if (key !== null && !/^[A-Za-z0-9._:-]{1,100}$/.test(key)) {
      throw new BadUserInputError(
        "idempotencyKey must be 1 to 100 letters, digits or ._:-",
        "idempotencyKey",
      );
    }
    const earlier = await this.issuedFor(key, type.issuerDept, input);
    if (earlier) return earlier;
    const checked = checkIssueInput(type, input, issuedAt);
    await this.checkHolder(checked, issuedAt);
    try {
      return await issueLicence(
        this.ctx.em.fork(),
        this.ctx.deps.sealKeys,
        type.issuerDept,
        input,
        issuedAt,
      );
    } catch (error) {
      // The same key sent twice at once: the first to commit is the licence.
      if (error instanceof UniqueConstraintViolationException && key !== null) {
        const winner = await this.issuedFor(key, type.issuerDept, input);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /** The licence this department already issued for the key, if any (for the same holder and type). */
  private async issuedFor(
    key: string | null,
    issuerDept: string,
    input: IssueLicenceInput,
  ): Promise<LicenceEntity | null> {
    if (key === null) return null;
    const earlier = await this.ctx.em.fork().findOne(LicenceEntity, { issuerDept, issueKey: key });
    if (!earlier) return null;
    if (earlier.type !== input.type || earlier.holderCitizenId !== input.holderCitizenId) {
      throw new ConflictError("this idempotencyKey was used for another licence");
    }
    return earlier;
  }

  private async checkHolder(input: CheckedInput, issuedAt: Date): Promise<void> {
    const { caller } = this.ctx;
    const answer = await this.ctx.deps.hub.request<{ personByCitizenId: Holder | null }>(
      holderQuery(input.type),
      { citizenId: input.holderCitizenId },
      {
        sub: caller.sub,
        dept: caller.dept,
        roles: caller.roles,
        site: caller.site,
        purpose: caller.purpose,
      },
    );
    if (!answer.data) throw gatewayFailure("the holder could not be checked", answer.errors);
    const refused = answer.errors.find((error) => error.path?.[0] === "personByCitizenId");
    if (refused) {
      const item = refused.path?.slice(1).join(".") ?? "the holder";
      throw new ForbiddenError(
        `licence:issue: the holder is checked under the issuing department's own grants, and Person.${item} is refused (${refused.extensions?.code ?? "refused"})`,
      );
    }
    const holder = answer.data.personByCitizenId;
    if (!holder) {
      throw new BadUserInputError("nobody is registered under holderCitizenId", "holderCitizenId");
    }
    if (holder.name !== input.holderName) {
      throw new BadUserInputError(
        "holderName is not the name registered under holderCitizenId",
        "holderName",
      );
    }
    if (holder.status !== "ALIVE") {
      throw new BadUserInputError(
        "the holder's registration is not in force (licences are issued to living residents)",
        "holderCitizenId",
      );
    }
    const minimum = input.type.holderMinimumAge;
    const age = holder.birthDate ? ageOn(holder.birthDate, todayInChina(issuedAt)) : -1;
    if (minimum !== undefined && age < minimum) {
      throw new BadUserInputError(
        `${input.type.code} is issued to holders aged ${minimum} or over`,
        "holderCitizenId",
      );
    }
  }
}

/** Checks an issue request's form: holder, name, jurisdiction, data and validity. */
function checkIssueInput(
  type: LicenceTypeDefinition,
  input: IssueLicenceInput,
  issuedAt: Date,
): CheckedInput {
  parseCitizenId(input.holderCitizenId, "holderCitizenId");
  const holderName = input.holderName.trim();
  if (holderName.length === 0 || holderName.length > 64) {
    throw new BadUserInputError("holderName must be 1 to 64 characters", "holderName");
  }
  if (!/^\d{12}$/.test(input.jurisdiction)) {
    throw new BadUserInputError("jurisdiction must be a 12-digit division code", "jurisdiction");
  }
  const data = validateLicenceData(type, input.data);
  const validFrom = input.validFrom ?? todayInChina(issuedAt);
  if (!isRealDate(validFrom))
    throw new BadUserInputError("validFrom must be a real date", "validFrom");
  let validUntil = input.validUntil ?? null;
  if (validUntil === null && type.validityYears !== null && data.validUntil !== "长期") {
    validUntil = `${Number(validFrom.slice(0, 4)) + type.validityYears}${validFrom.slice(4)}`;
    if (!isRealDate(validUntil)) validUntil = `${validUntil.slice(0, 8)}28`;
  }
  if (validUntil !== null && (!isRealDate(validUntil) || validUntil < validFrom)) {
    throw new BadUserInputError(
      "validUntil must be a real date not before validFrom",
      "validUntil",
    );
  }
  return {
    type,
    holderCitizenId: input.holderCitizenId,
    holderName,
    jurisdiction: input.jurisdiction,
    data,
    validFrom,
    validUntil,
  };
}

/**
 * Numbers, seals and stores a licence for `department`. The caller of this function has checked
 * who may issue it (LicenceIssuance, or the demo loader and the seed, which issue as the base).
 */
export async function issueLicence(
  em: EntityManager,
  sealKeys: SealKeys,
  department: Department,
  input: IssueLicenceInput,
  issuedAt = new Date(),
): Promise<LicenceEntity> {
  const [{ serial }] = (await em
    .getConnection()
    .execute("select nextval('licence_serial')::text as serial")) as {
    serial: string;
  }[];
  const licence = await prepareLicence(sealKeys, department, input, serial!, issuedAt);
  await em.persistAndFlush(licence);
  return licence;
}

/** Validates, numbers and seals a licence without storing it (bulk issuance stores many at once). */
export async function prepareLicence(
  sealKeys: SealKeys,
  department: Department,
  input: IssueLicenceInput,
  serial: string,
  issuedAt = new Date(),
): Promise<LicenceEntity> {
  const type = licenceType(input.type);
  if (!type) throw new BadUserInputError(`unknown licence type ${input.type}`, "type");
  const checked = checkIssueInput(type, input, issuedAt);
  const code = issuerCode(department);
  const identifier = formatLicenceIdentifier({
    typeCode: type.typeCode,
    issuerCode: code,
    serial,
    version: 1,
  });
  const number =
    type.code === "ID_CARD"
      ? checked.holderCitizenId
      : type.code === "HOUSEHOLD_REGISTER" && typeof checked.data.householdNumber === "string"
        ? checked.data.householdNumber
        : `${type.typeCode}${checked.validFrom.slice(0, 4)}${serial.padStart(8, "0")}`;
  const licence: LicenceEntity = Object.assign(new LicenceEntity(), {
    id: randomUUID(),
    identifier,
    number,
    type: type.code,
    holderCitizenId: checked.holderCitizenId,
    holderName: checked.holderName,
    holderIdType: "CITIZEN_ID",
    issuerDept: department,
    issuerCode: code,
    issuedAt: new Date(Math.floor(issuedAt.getTime() / 1000) * 1000),
    validFrom: checked.validFrom,
    validUntil: checked.validUntil,
    jurisdiction: checked.jurisdiction,
    data: checked.data,
    salts: {},
    version: 1,
    seal: "",
    revokedAt: null,
    revocationReason: null,
    issueKey: input.idempotencyKey ?? null,
  });
  licence.salts = Object.fromEntries(
    Object.keys(disclosedFields(licence)).map((field) => [field, newSalt()]),
  );
  licence.seal = await sealKeys.seal(department, sealedContent(licence));
  return licence;
}
