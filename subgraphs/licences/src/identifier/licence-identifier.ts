import { BadUserInputError } from "@gongxiang/kit";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const M = 36;

/** ISO 7064 MOD 37,36 (hybrid system) check character over the alphanumeric characters. */
export function mod3736CheckChar(input: string): string {
  let p = M;
  for (const char of input) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) continue;
    let s = (p + value) % M;
    if (s === 0) s = M;
    p = (s * 2) % (M + 1);
  }
  return ALPHABET[(M + 1 - p) % M]!;
}

const ROOT = "1.2.156.3005.2";
const PATTERN =
  /^1\.2\.156\.3005\.2\.(\d{3,20})\.([0-9A-HJ-NPQRTUWXY]{18})\.(\d{1,12})\.(\d{3})\.([0-9A-Z])$/;

export interface LicenceIdentifierParts {
  typeCode: string;
  issuerCode: string;
  serial: string;
  version: number;
}

/** `1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check>` (GB/T 36904 style). */
export function formatLicenceIdentifier(parts: LicenceIdentifierParts): string {
  const body = `${ROOT}.${parts.typeCode}.${parts.issuerCode}.${parts.serial}.${String(parts.version).padStart(3, "0")}`;
  return `${body}.${mod3736CheckChar(body)}`;
}

/** Returns what is wrong with an identifier, or null when it is well formed and its check holds. */
export function licenceIdentifierProblem(value: string): string | null {
  if (value.length > 80) return "is longer than 80 characters";
  const match = PATTERN.exec(value);
  if (!match) {
    return "must read 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<3-digit version>.<check>";
  }
  const body = value.slice(0, value.lastIndexOf("."));
  const expected = mod3736CheckChar(body);
  if (match[5] !== expected)
    return `check character is wrong: expected ${expected}, got ${match[5]}`;
  return null;
}

export function parseLicenceIdentifier(
  value: string,
  argument = "identifier",
): LicenceIdentifierParts {
  const problem = licenceIdentifierProblem(value);
  if (problem) throw new BadUserInputError(`invalid licence identifier: ${problem}`, argument);
  const match = PATTERN.exec(value)!;
  return {
    typeCode: match[1]!,
    issuerCode: match[2]!,
    serial: match[3]!,
    version: Number(match[4]),
  };
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified social credit code check character (GB 32100). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}
