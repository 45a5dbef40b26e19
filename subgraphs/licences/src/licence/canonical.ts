import { canonicalJson, disclosureDigest } from "@gongxiang/kit";
import type { LicenceEntity } from "./licence.entity.js";

type Sealable = Pick<
  LicenceEntity,
  | "identifier"
  | "number"
  | "type"
  | "holderCitizenId"
  | "holderName"
  | "holderIdType"
  | "issuerDept"
  | "issuerCode"
  | "issuedAt"
  | "validFrom"
  | "validUntil"
  | "jurisdiction"
  | "data"
  | "version"
  | "salts"
>;

/**
 * The licence's fields that are released on their own, by name: each may carry a person's data
 * (a name, a citizen ID, an ethnic group) that a reader of the licence may not be granted.
 */
export function disclosedFields(
  licence: Pick<Sealable, "holderCitizenId" | "holderName" | "number" | "data">,
): Record<string, unknown> {
  return {
    "holder.citizenId": licence.holderCitizenId,
    "holder.name": licence.holderName,
    number: licence.number,
    // A list (a register's members) is disclosed entry by entry.
    ...Object.fromEntries(
      Object.entries(licence.data).flatMap(([key, value]): [string, unknown][] =>
        Array.isArray(value)
          ? value.map((entry, i): [string, unknown] => [`data.${key}.${i}`, entry])
          : [[`data.${key}`, value]],
      ),
    ),
  };
}

/**
 * What a seal covers: the licence's metadata in the clear, and a salted digest of each disclosed
 * field (selective disclosure), not its status: revocation and expiry are states the base reports,
 * not changes to the sealed licence.
 */
export function sealedContent(licence: Sealable): string {
  const digests = Object.fromEntries(
    Object.entries(disclosedFields(licence)).map(([field, value]) => [
      field,
      disclosureDigest(licence.salts[field] ?? "", field, value),
    ]),
  );
  return canonicalJson({
    identifier: licence.identifier,
    type: licence.type,
    holder: { idType: licence.holderIdType },
    issuer: { department: licence.issuerDept, code: licence.issuerCode },
    issuedAt: licence.issuedAt.toISOString(),
    validFrom: licence.validFrom,
    validUntil: licence.validUntil,
    jurisdiction: licence.jurisdiction,
    version: licence.version,
    digests,
  });
}
