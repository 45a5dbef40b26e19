import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { JSONWebKeySet } from "jose";
import { checkUsage, type UsageReport } from "./verify-usage/usage-check.js";

/**
 * `npm run verify-usage -- usage.json [--jwks FILE|URL] [--json]`: checks a saved myDataUsage
 * answer offline (Node built-ins and jose only): each entry is in its partition's Merkle tree,
 * whose signed checkpoint verifies with the log's public keys. Exit 0: every entry verified;
 * 1: something was altered; 2: nothing to verify yet (no checkpoint covers an entry).
 */
const usage = `usage: npm run verify-usage -- usage.json [--jwks FILE|URL] [--json]
  usage.json  the GraphQL answer to myDataUsage, with proof { leaf leafIndex treeSize auditPath
              checkpoint { id partition treeSize rootHash signedAt keyId jws } } on each entry
  --jwks      the log's public keys (GET /.well-known/access-log/jwks.json on the hub, or a copy
              you keep); without it, a "jwks" member of the export is used`;

async function readSource(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(source, "utf8"));
}

function isKeySet(value: unknown): value is JSONWebKeySet {
  return (
    typeof value === "object" && value !== null && Array.isArray((value as { keys?: unknown }).keys)
  );
}

function print(report: UsageReport): void {
  const mark = { VERIFIED: "ok  ", REJECTED: "FAIL", PENDING: "wait" } as const;
  for (const entry of report.entries) {
    console.log(`${mark[entry.verdict]} ${entry.id}`);
    if (entry.leaf && entry.verdict === "VERIFIED") {
      const caller = entry.leaf.caller as Record<string, unknown> | undefined;
      console.log(
        `       ${String(entry.leaf.at)} ${String(caller?.dept ?? "")} ${String(caller?.sub ?? "")} ${String(entry.leaf.purpose ?? "")} ${JSON.stringify(entry.leaf.items)}`,
      );
      if (entry.summary) console.log(`       ${entry.summary}`);
    }
    for (const reason of entry.reasons) console.log(`       - ${reason}`);
  }
  for (const proof of report.consistency) {
    console.log(`${mark[proof.verdict]} consistency ${proof.from} -> ${proof.to}`);
    for (const reason of proof.reasons) console.log(`       - ${reason}`);
  }
  const counts = (verdict: string) => report.entries.filter((e) => e.verdict === verdict).length;
  console.log(
    `\n${report.verdict}: ${counts("VERIFIED")} verified, ${counts("REJECTED")} rejected, ${counts("PENDING")} not yet checkpointed` +
      (report.subjects.length ? `; about ${report.subjects.join(", ")}` : ""),
  );
  if (report.verdict === "VERIFIED")
    console.log("核验通过：每条记录都在已签名的访问日志中，且未被改动。");
  if (report.verdict === "REJECTED") console.log("核验失败：访问日志或导出文件被改动过。");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { jwks: { type: "string" }, json: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(usage);
    process.exit(2);
  }
  const exported = await readSource(file);
  const jwks = values.jwks
    ? await readSource(values.jwks)
    : (exported as { jwks?: unknown } | null)?.jwks;
  if (!isKeySet(jwks)) {
    console.error(`no public keys: pass --jwks\n${usage}`);
    process.exit(2);
  }
  if (!values.jwks)
    console.error(
      "note: using the keys inside the export; pass --jwks to use keys you got yourself",
    );
  const report = await checkUsage(exported, jwks);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exit(report.verdict === "VERIFIED" ? 0 : report.verdict === "REJECTED" ? 1 : 2);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
