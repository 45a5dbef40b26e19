/**
 * The access log is a set of partitions, one Merkle tree each: per base (which writes it) and
 * per month (China time) inside a base. A partition's name is `<base>/<YYYY-MM>`; an entry's id
 * is `<base>/<YYYY-MM>/<leaf index>`.
 */

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export interface LogPartition {
  base: string;
  /** The month, `YYYY-MM`. */
  month: string;
}

export interface EntryRef extends LogPartition {
  seq: number;
}

/** The month (China time, `YYYY-MM`) an entry written at `at` belongs to. */
export function monthOf(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/** The `period` column's value (the month's first day) for a month. */
export const periodDate = (month: string) => `${month}-01`;

export const partitionName = (p: LogPartition) => `${p.base}/${p.month}`;

export const entryId = (e: EntryRef) => `${e.base}/${e.month}/${e.seq}`;

const BASE = "[a-z][a-z0-9-]{0,19}";
const MONTH = "\\d{4}-(?:0[1-9]|1[0-2])";
const PARTITION = new RegExp(`^(${BASE})/(${MONTH})$`);
const ENTRY = new RegExp(`^(${BASE})/(${MONTH})/(\\d{1,15})$`);

/** A partition name as a caller sent it, or null when it is not one. */
export function parsePartition(value: string): LogPartition | null {
  const match = PARTITION.exec(value);
  return match ? { base: match[1]!, month: match[2]! } : null;
}

/** An entry id as a caller sent it, or null when it is not one. */
export function parseEntryId(value: string): EntryRef | null {
  const match = ENTRY.exec(value);
  return match ? { base: match[1]!, month: match[2]!, seq: Number(match[3]) } : null;
}
