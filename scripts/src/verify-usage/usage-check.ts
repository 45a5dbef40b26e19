import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { canonical, consistencyHolds, inclusionHolds, leafHash } from "./rfc6962.js";

/**
 * Checks a `myDataUsage` export (the GraphQL response as saved, with each entry's `proof`)
 * against the access log's public keys: every entry must be the leaf its proof names, in the
 * tree its signed checkpoint commits to; every consistency proof in the export must hold.
 */

export type Verdict = "VERIFIED" | "REJECTED" | "PENDING";

export interface EntryReport {
  id: string;
  verdict: Verdict;
  reasons: string[];
  /** What the leaf itself says (authenticated once VERIFIED). */
  leaf: Record<string, unknown> | null;
  /** The hub's own sentence about it (not authenticated: compare with the leaf). */
  summary: string | null;
}

export interface UsageReport {
  entries: EntryReport[];
  consistency: { from: string; to: string; verdict: Verdict; reasons: string[] }[];
  /** The people the verified entries are about. */
  subjects: string[];
  verdict: Verdict;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : null);
const hex32 = (value: unknown) =>
  typeof value === "string" && /^[0-9a-f]{64}$/.test(value) ? Buffer.from(value, "hex") : null;

/** Every object in the export that looks like an entry, a checkpoint pair, or a JWKS. */
function collect(value: unknown, found: { entries: Json[]; proofs: Json[] }): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
    return;
  }
  if (!isObject(value)) return;
  if ("subjectCitizenId" in value && "proof" in value) {
    found.entries.push(value);
    return;
  }
  if (isObject(value.from) && isObject(value.to) && Array.isArray(value.proof)) {
    found.proofs.push(value);
    return;
  }
  for (const child of Object.values(value)) collect(child, found);
}

interface CheckedCheckpoint {
  log: string;
  treeSize: number;
  root: Buffer;
}

async function checkCheckpoint(
  value: unknown,
  keys: ReturnType<typeof createLocalJWKSet>,
  reasons: string[],
): Promise<CheckedCheckpoint | null> {
  if (!isObject(value)) {
    reasons.push("no checkpoint");
    return null;
  }
  const jws = text(value.jws);
  const root = hex32(value.rootHash);
  if (!jws || !root || typeof value.treeSize !== "number") {
    reasons.push("the checkpoint is incomplete");
    return null;
  }
  let payload: Json;
  try {
    const verified = await compactVerify(jws, keys, { algorithms: ["EdDSA"] });
    if (verified.protectedHeader.typ !== "access-log-checkpoint+jws") {
      reasons.push("the signature is not an access-log checkpoint's");
      return null;
    }
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Json;
  } catch {
    reasons.push("the checkpoint's signature does not verify with the log's keys");
    return null;
  }
  const agrees =
    payload.typ === "gongxiang-access-log-checkpoint" &&
    payload.v === 1 &&
    payload.log === value.partition &&
    payload.treeSize === value.treeSize &&
    payload.rootHash === value.rootHash &&
    payload.signedAt === value.signedAt;
  if (!agrees) {
    reasons.push("the checkpoint says something else than what was signed");
    return null;
  }
  return { log: String(payload.log), treeSize: Number(payload.treeSize), root };
}

/** The fields the export shows next to what the leaf says: they must be the same. */
function shownAgainstLeaf(entry: Json, leaf: Json, log: string, index: number): string[] {
  const problems: string[] = [];
  const caller = isObject(leaf.caller) ? leaf.caller : {};
  const [base] = log.split("/");
  const expect = (name: string, shown: unknown, inLeaf: unknown) => {
    if (shown !== undefined && JSON.stringify(shown) !== JSON.stringify(inLeaf)) {
      problems.push(`${name} shown differs from the signed entry`);
    }
  };
  expect("id", entry.id, `${log}/${index}`);
  expect("partition", entry.partition, log);
  expect("base", entry.base, base);
  expect("at", entry.at, leaf.at);
  expect("requestId", entry.requestId, leaf.request);
  expect("subjectCitizenId", entry.subjectCitizenId, leaf.subject);
  expect("callerSub", entry.callerSub, caller.sub);
  expect("callerDept", entry.callerDept, caller.dept);
  expect("callerSite", entry.callerSite, caller.site);
  expect("purpose", entry.purpose, leaf.purpose);
  expect("caseNumber", entry.caseNumber, leaf.case);
  expect("serviceItemCode", entry.serviceItemCode, leaf.item);
  if (Array.isArray(entry.callerRoles)) {
    expect("callerRoles", [...(entry.callerRoles as string[])].sort(), caller.roles);
  }
  if (Array.isArray(entry.items)) {
    const shown = Object.fromEntries(
      entry.items.filter(isObject).map((item) => [item.item, item.outcome]),
    );
    expect("items", canonical(shown), canonical(leaf.items));
  }
  return problems;
}

async function checkEntry(
  entry: Json,
  keys: ReturnType<typeof createLocalJWKSet>,
): Promise<EntryReport> {
  const id = text(entry.id) ?? "(no id)";
  const summary = text(entry.summary);
  const reasons: string[] = [];
  const report = (verdict: Verdict, leaf: Json | null = null): EntryReport => ({
    id,
    verdict,
    reasons,
    leaf,
    summary,
  });
  const proof = entry.proof;
  if (proof === null || proof === undefined) {
    reasons.push("no signed checkpoint covers it yet: export again after the next checkpoint");
    return report("PENDING");
  }
  if (!isObject(proof)) return (reasons.push("the proof is malformed"), report("REJECTED"));
  const leafText = text(proof.leaf);
  const index = proof.leafIndex;
  const size = proof.treeSize;
  const path = Array.isArray(proof.auditPath) ? proof.auditPath.map(hex32) : null;
  if (!leafText || typeof index !== "number" || typeof size !== "number" || !path) {
    return (reasons.push("the proof is incomplete"), report("REJECTED"));
  }
  if (path.some((hash) => hash === null)) {
    return (reasons.push("the audit path holds something other than hashes"), report("REJECTED"));
  }
  let leaf: Json;
  try {
    const parsed: unknown = JSON.parse(leafText);
    if (!isObject(parsed)) throw new TypeError("not an object");
    leaf = parsed;
  } catch {
    return (reasons.push("the leaf is not JSON"), report("REJECTED"));
  }
  if (canonical(leaf) !== leafText || leaf.v !== 1 || typeof leaf.log !== "string") {
    return (reasons.push("the leaf is not in the log's canonical form"), report("REJECTED"));
  }
  const checkpoint = await checkCheckpoint(proof.checkpoint, keys, reasons);
  if (!checkpoint) return report("REJECTED", leaf);
  if (checkpoint.log !== leaf.log || checkpoint.treeSize !== size) {
    reasons.push("the proof is for another tree than its checkpoint's");
  }
  reasons.push(...shownAgainstLeaf(entry, leaf, leaf.log, index));
  const hashes = path as Buffer[];
  if (
    !inclusionHolds(leafHash(Buffer.from(leafText, "utf8")), index, size, hashes, checkpoint.root)
  ) {
    reasons.push("the entry is not in the tree the checkpoint signs (altered entry or proof)");
  }
  return report(reasons.length ? "REJECTED" : "VERIFIED", leaf);
}

export async function checkUsage(exported: unknown, jwks: JSONWebKeySet): Promise<UsageReport> {
  const keys = createLocalJWKSet(jwks);
  const found = { entries: [] as Json[], proofs: [] as Json[] };
  collect(exported, found);
  const entries = await Promise.all(found.entries.map((entry) => checkEntry(entry, keys)));
  const consistency = await Promise.all(
    found.proofs.map(async (item) => {
      const reasons: string[] = [];
      const from = await checkCheckpoint(item.from, keys, reasons);
      const to = await checkCheckpoint(item.to, keys, reasons);
      const hashes = (item.proof as unknown[]).map(hex32);
      if (from && to) {
        if (from.log !== to.log) reasons.push("the checkpoints are of different partitions");
        else if (
          hashes.some((hash) => hash === null) ||
          !consistencyHolds(from.treeSize, to.treeSize, from.root, to.root, hashes as Buffer[])
        ) {
          reasons.push("the later tree does not extend the earlier one (history rewritten)");
        }
      }
      const name = (c: CheckedCheckpoint | null, raw: unknown) =>
        c ? `${c.log}@${c.treeSize}` : String(isObject(raw) ? raw.id : "?");
      return {
        from: name(from, item.from),
        to: name(to, item.to),
        verdict: (reasons.length ? "REJECTED" : "VERIFIED") as Verdict,
        reasons,
      };
    }),
  );
  const all = [...entries, ...consistency];
  const subjects = [
    ...new Set(
      entries.filter((e) => e.verdict === "VERIFIED").map((e) => String(e.leaf?.subject ?? "")),
    ),
  ];
  const verdict: Verdict = all.some((r) => r.verdict === "REJECTED")
    ? "REJECTED"
    : all.some((r) => r.verdict === "PENDING") || all.length === 0
      ? "PENDING"
      : "VERIFIED";
  return { entries, consistency, subjects, verdict };
}
