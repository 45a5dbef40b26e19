import { registerEnumType } from "type-graphql";

export enum LicenceStatus {
  VALID = "VALID",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
export enum VerificationStatus {
  VALID = "VALID",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
  TAMPERED = "TAMPERED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(LicenceStatus, {
  name: "LicenceStatus",
  description: "A licence's state: expiry follows from its dates, revocation is recorded.",
});
registerEnumType(VerificationStatus, {
  name: "VerificationStatus",
  description: "The outcome of verifying a licence or a sealed licence token.",
  valuesConfig: {
    VALID: { description: "Sealed by its issuer, unchanged, in force." },
    EXPIRED: { description: "Authentic but past its valid-until date." },
    REVOKED: { description: "Authentic but revoked by its issuer." },
    TAMPERED: { description: "The content does not match its seal." },
    UNKNOWN: { description: "No such licence in the base." },
  },
});
