import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedEntry {
  id: string;
  at: Date;
  requestId: string;
  callerSub: string;
  callerDept: string | null;
  callerRoles: string[];
  callerSite: string | null;
  purpose: string | null;
  subject: string;
  base: string;
  items: Record<string, string>;
  prevHash: string;
}

/** The entry's hash: SHA-256 over the previous hash and every column, in a fixed order. */
export function entryHash(entry: ChainedEntry): string {
  const items = Object.keys(entry.items)
    .sort()
    .map((key) => [key, entry.items[key]]);
  const canonical = JSON.stringify([
    entry.prevHash,
    String(entry.id),
    entry.at.toISOString(),
    entry.requestId,
    entry.callerSub,
    entry.callerDept,
    [...entry.callerRoles].sort(),
    entry.callerSite,
    entry.purpose,
    entry.subject,
    entry.base,
    items,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
