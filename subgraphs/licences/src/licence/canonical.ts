import { canonicalJson } from "@gongxiang/kit";
import type { LicenceEntity } from "./licence.entity.js";

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
