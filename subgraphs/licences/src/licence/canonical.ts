import type { LicenceEntity } from "./licence.entity.js";

/** JSON with keys sorted at every level: the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a seal covers: the licence's content (GB/T 36903 metadata and data), not its status;
 * revocation and expiry are states the base reports, not changes to the sealed licence.
 */
export function sealedContent(licence: LicenceEntity): string {
  return canonicalJson({
    identifier: licence.identifier,
    number: licence.number,
    type: licence.type,
    holder: {
      citizenId: licence.holderCitizenId,
      name: licence.holderName,
      idType: licence.holderIdType,
    },
    issuer: { department: licence.issuerDept, code: licence.issuerCode },
    issuedAt: licence.issuedAt.toISOString(),
    validFrom: licence.validFrom,
    validUntil: licence.validUntil,
    jurisdiction: licence.jurisdiction,
    data: licence.data,
    version: licence.version,
  });
}
