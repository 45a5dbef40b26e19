import { randomUUID } from "node:crypto";
import {
  BadUserInputError,
  ForbiddenError,
  isRealDate,
  parseCitizenId,
  todayInChina,
  type Caller,
  type Department,
  type EntityManager,
} from "@gongxiang/kit";
import { formatLicenceIdentifier } from "../identifier/licence-identifier.js";
import { issuerCode, licenceType } from "../licence-type/licence-types.js";
import type { SealKeys } from "../seal/seal-keys.js";
import { sealedContent } from "./canonical.js";
import { validateLicenceData } from "./licence-data.js";
import { LicenceEntity } from "./licence.entity.js";
import type { IssueLicenceInput } from "./licence.input.js";

/** Checks that the caller may issue this type: an issuer of the department that issues it. */
export function assertMayIssue(caller: Caller, type: string): Department {
  const definition = licenceType(type);
  if (!definition) throw new BadUserInputError(`unknown licence type ${type}`, "type");
  if (!caller.roles.includes("issuer"))
    throw new ForbiddenError("issuing licences needs the issuer role");
  if (caller.dept !== definition.issuerDept) {
    throw new ForbiddenError(
      `${type} is issued by ${definition.issuerDept}, not ${caller.dept ?? "a citizen"}`,
    );
  }
  return definition.issuerDept;
}

/**
 * Issues and seals a licence for `department` (the caller's right to do so is checked by the
 * caller of this function): validates the input, numbers it, seals its canonical content.
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

  const code = issuerCode(department);
  const identifier = formatLicenceIdentifier({
    typeCode: type.typeCode,
    issuerCode: code,
    serial: serial!,
    version: 1,
  });
  const number =
    type.code === "ID_CARD"
      ? input.holderCitizenId
      : type.code === "HOUSEHOLD_REGISTER" && typeof data.householdNumber === "string"
        ? data.householdNumber
        : `${type.typeCode}${validFrom.slice(0, 4)}${serial.padStart(8, "0")}`;
  const licence: LicenceEntity = Object.assign(new LicenceEntity(), {
    id: randomUUID(),
    identifier,
    number,
    type: type.code,
    holderCitizenId: input.holderCitizenId,
    holderName,
    holderIdType: "CITIZEN_ID",
    issuerDept: department,
    issuerCode: code,
    issuedAt: new Date(Math.floor(issuedAt.getTime() / 1000) * 1000),
    validFrom,
    validUntil,
    jurisdiction: input.jurisdiction,
    data,
    version: 1,
    seal: "",
    revokedAt: null,
    revocationReason: null,
  });
  licence.seal = await sealKeys.seal(department, sealedContent(licence));
  return licence;
}
