import { disclosureDigest, z } from "@gongxiang/kit";
import { compactVerify, createRemoteJWKSet } from "jose";
import type { PrefilledLicence } from "./prefill.js";

/**
 * What an issuer's seal covers, as far as a case relies on it (the licences base's
 * sealedContent): metadata in the clear, and a salted digest of each field released on its own.
 */
const sealedLicence = z.object({
  identifier: z.string(),
  type: z.string(),
  validUntil: z.string().nullable(),
  digests: z.record(z.string(), z.string()),
});

/**
 * Checks e-licence seals here, against the issuers' public keys (the e-licence base's JWKS),
 * rather than taking the base's word for it: a licence counts as verified when its seal is
 * genuine and covers its identifier, type and validity, its holder being the applicant, and
 * every data field the case was given (each by its disclosed salt: the fields withheld from the
 * handling department are neither needed nor learnt).
 */
export class LicenceSeals {
  private keys: ReturnType<typeof createRemoteJWKSet> | null = null;

  constructor(jwksUrl: string | null) {
    if (jwksUrl) this.connect(jwksUrl);
  }

  /** Where the issuers' keys are, once known (the hub starts the e-licence base later). */
  connect(jwksUrl: string): void {
    // A key rotated in is fetched when a seal names an unknown kid (at most every 30 s).
    this.keys = createRemoteJWKSet(new URL(jwksUrl), {
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
  }

  /** Identifiers of the licences whose seals verify for this holder. */
  async verify(licences: PrefilledLicence[], holder: string): Promise<Map<string, boolean>> {
    const checks = await Promise.all(
      licences.map(async (licence): Promise<[string, boolean]> => [
        licence.identifier,
        await this.covers(licence, holder),
      ]),
    );
    return new Map(checks);
  }

  /**
   * Whether a register held by someone else lists `member` under its seal: genuine, its
   * identifier, type and validity as shown, every data field shown as sealed, and one of its
   * member entries disclosed as `member` (the rest of the list need not be, and is not, shown).
   */
  async lists(licence: PrefilledLicence, member: string): Promise<boolean> {
    return (await this.covers(licence, member, "member")) === true;
  }

  private async covers(
    licence: PrefilledLicence,
    holder: string,
    as: "holder" | "member" = "holder",
  ): Promise<boolean> {
    if (!this.keys || typeof licence.seal !== "string") return false;
    let sealed: z.infer<typeof sealedLicence>;
    try {
      const { payload } = await compactVerify(licence.seal, this.keys, { algorithms: ["EdDSA"] });
      sealed = sealedLicence.parse(JSON.parse(new TextDecoder().decode(payload)));
    } catch {
      return false; // forged, tampered, signed by a key the issuers never published, or no licence
    }
    const salts = new Map((licence.sealDisclosures ?? []).map((d) => [d.field, d.salt]));
    const disclosed = (field: string, value: unknown) => {
      const salt = salts.get(field);
      return salt !== undefined && sealed.digests[field] === disclosureDigest(salt, field, value);
    };
    // A list (a register's members) is sealed entry by entry; each entry shown must be one.
    const entryDisclosed = (key: string, value: unknown) =>
      [...salts.keys()].some(
        (field) => field.startsWith(`data.${key}.`) && disclosed(field, value),
      );
    const fieldsSealed = Object.entries(licence.data).every(([key, value]) =>
      Array.isArray(value)
        ? value.every((entry) => entryDisclosed(key, entry))
        : disclosed(`data.${key}`, value),
    );
    const subject =
      as === "holder"
        ? disclosed("holder.citizenId", holder)
        : [...salts.keys()].some(
            (field) => /^data\.members\.\d+$/.test(field) && disclosed(field, holder),
          );
    return (
      sealed.identifier === licence.identifier &&
      sealed.type === licence.type &&
      sealed.validUntil === (licence.validUntil ?? null) &&
      subject &&
      fieldsSealed
    );
  }
}
