import { createHash, randomBytes } from "node:crypto";
import { canonicalJson } from "../util/canonical-json.js";

/**
 * Selective disclosure (as in SD-JWT): a seal covers a salted digest of each field that may be
 * released on its own, so a reader given some fields (and their salts) checks exactly those, and
 * learns nothing of the rest: without its salt, a withheld value cannot be guessed from its
 * digest, even when it has only a few possible values (an ethnic group, a gender).
 */
export function disclosureDigest(salt: string, field: string, value: unknown): string {
  return createHash("sha256")
    .update(canonicalJson([salt, field, value ?? null]))
    .digest("base64url");
}

/** A fresh salt for one field (128 bits). */
export function newSalt(): string {
  return randomBytes(16).toString("base64url");
}
