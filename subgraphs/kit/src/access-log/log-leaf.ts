import { canonicalJson } from "../util/canonical-json.js";
import { partitionName, type LogPartition } from "./log-partition.js";
import { leafHash } from "./merkle.js";

/** One stored entry, as every reader of the log sees its columns. */
export interface LogEntry extends LogPartition {
  seq: number;
  /** When it was written: ISO 8601 UTC with microseconds, as stored. */
  at: string;
  requestId: string;
  /** 16 random bytes (hex): the leaf's hash, shown in other people's proofs, reveals nothing. */
  salt: string;
  callerSub: string;
  callerDept: string | null;
  callerRoles: string[];
  callerSite: string | null;
  purpose: string | null;
  caseNumber: string | null;
  itemCode: string | null;
  subject: string;
  items: Record<string, string>;
}

/**
 * The bytes a leaf commits to: canonical JSON (keys sorted at every level) of the entry's
 * content and its partition. Its position is the tree's, not the leaf's.
 */
export function leafText(entry: LogEntry): string {
  return canonicalJson({
    v: 1,
    log: partitionName(entry),
    at: entry.at,
    request: entry.requestId,
    salt: entry.salt,
    caller: {
      sub: entry.callerSub,
      dept: entry.callerDept,
      roles: [...entry.callerRoles].sort(),
      site: entry.callerSite,
    },
    purpose: entry.purpose,
    case: entry.caseNumber,
    item: entry.itemCode,
    subject: entry.subject,
    items: entry.items,
  });
}

export const entryLeafHash = (entry: LogEntry) => leafHash(Buffer.from(leafText(entry), "utf8"));
