import { canonicalJson } from "@gongxiang/kit";
import { compactVerify, createRemoteJWKSet } from "jose";
import type { PrefilledLicence } from "./prefill.js";

/** What an issuer's seal covers, as far as a case relies on it (licences' sealedContent). */
interface SealedLicence {
  identifier?: unknown;
  type?: unknown;
  holder?: { citizenId?: unknown };
  validUntil?: unknown;
  data?: unknown;
}

/**
 * Checks e-licence seals here, against the issuers' public keys (the e-licence base's JWKS),
 * rather than taking the base's word for it: a licence counts as verified when its seal is
 * genuine and covers the identifier, type, holder, validity and data the case uses.
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

  private async covers(licence: PrefilledLicence, holder: string): Promise<boolean> {
    if (!this.keys || typeof licence.seal !== "string") return false;
    let sealed: SealedLicence;
    try {
      const { payload } = await compactVerify(licence.seal, this.keys, { algorithms: ["EdDSA"] });
      sealed = JSON.parse(new TextDecoder().decode(payload)) as SealedLicence;
    } catch {
      return false; // forged, tampered, or signed by a key the issuers never published
    }
    return (
      sealed.identifier === licence.identifier &&
      sealed.type === licence.type &&
      sealed.holder?.citizenId === holder &&
      (sealed.validUntil ?? null) === (licence.validUntil ?? null) &&
      canonicalJson(sealed.data) === canonicalJson(licence.data)
    );
  }
}
