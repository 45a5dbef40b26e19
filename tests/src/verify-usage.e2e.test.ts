import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { CompactSign, generateKeyPair } from "jose";
import { REPO_ROOT } from "@gongxiang/scripts";
import { verifyUsage } from "./support/log-insider.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** Issue 12, acceptance 2: the offline verifier accepts a genuine export and rejects a tampered one. */
const DONG = "130926193604120317";
let t: TestHub;
let genuine: Export;
beforeAll(async () => {
  t = await startTestHub();
  const clerk = await t.token({
    sub: "clerk-1",
    dept: "civil-affairs",
    roles: ["clerk"],
    site: "130926101216",
  });
  const readDong = () =>
    t.query(`{ personByCitizenId(citizenId: "${DONG}") { name phone } }`, {
      token: clerk,
      headers: { "x-purpose": "item:elderly-allowance" },
    });
  await readDong();
  await checkpointNow();
  await readDong();
  await checkpointNow();
  genuine = await exportUsage();
});
afterAll(() => t?.stop());

const checkpointNow = () => t.hub.subgraphs.catalog.deps.logAuthority.checkpointer.checkpointNow();
const jwksUrl = () =>
  new URL("/.well-known/access-log/jwks.json", t.hub.subgraphs.catalog.url).toString();
const CHECKPOINT = `id partition treeSize rootHash signedAt keyId jws`;

interface Checkpoint {
  id: string;
  partition: string;
  treeSize: number;
  rootHash: string;
  jws: string;
}
interface Node {
  id: string;
  purpose: string;
  summary: string;
  proof: {
    leaf: string;
    leafIndex: number;
    auditPath: string[];
    checkpoint: Checkpoint;
  } | null;
}
interface Export {
  data: {
    myDataUsage: { edges: { node: Node }[] };
    consistency?: { from: Checkpoint; to: Checkpoint; proof: string[] };
  };
  jwks?: unknown;
}

/** What a resident saves: myDataUsage with proofs, and a consistency proof of two checkpoints. */
async function exportUsage(): Promise<Export> {
  const dong = await t.token({ sub: DONG, roles: ["citizen"] });
  const usage = await t.query<Export["data"]>(
    `{ myDataUsage(first: 100) { edges { node { id partition at requestId callerSub callerDept
        callerRoles callerSite purpose serviceItemCode caseNumber subjectCitizenId base
        items { item outcome label } summary
        proof { leaf leafIndex treeSize auditPath checkpoint { ${CHECKPOINT} } } } } } }`,
    { token: dong },
  );
  expect(usage.errors).toBeUndefined();
  const partition = usage.data!.myDataUsage.edges[0]!.node.proof!.checkpoint.partition;
  const checkpoints = await t.query<{
    accessLogCheckpoints: { edges: { node: { id: string } }[] };
  }>(`{ accessLogCheckpoints(partition: "${partition}", first: 100) { edges { node { id } } } }`, {
    token: dong,
  });
  const ids = checkpoints.data!.accessLogCheckpoints.edges.map((e) => e.node.id);
  const consistency = await t.query<{ consistency: Export["data"]["consistency"] }>(
    `{ consistency: accessLogConsistencyProof(fromCheckpoint: "${ids.at(-1)}", toCheckpoint: "${ids[0]}") {
        from { ${CHECKPOINT} } to { ${CHECKPOINT} } proof } }`,
    { token: dong },
  );
  expect(consistency.errors).toBeUndefined();
  return { data: { ...usage.data!, consistency: consistency.data!.consistency } };
}

/** A deep copy of the genuine export with one change. */
function altered(change: (copy: Export) => void): Export {
  const copy = structuredClone(genuine);
  change(copy);
  return copy;
}
const firstNode = (e: Export) => e.data.myDataUsage.edges[0]!.node;

describe("the offline verifier (npm run verify-usage)", () => {
  it("accepts a genuine myDataUsage export", async () => {
    expect(genuine.data.myDataUsage.edges.length).toBe(2);
    const result = await verifyUsage(t.dataDir, genuine, jwksUrl());
    expect(result.output).toMatch(/VERIFIED: 2 verified, 0 rejected/);
    expect(result.output).toMatch(
      /ok {3}consistency population\/\d{4}-\d\d@1 -> population\/\d{4}-\d\d@2/,
    );
    expect(result.output).toContain("核验通过");
    expect(result.code).toBe(0);
  });

  const leafWith = (leaf: string, change: (value: Record<string, unknown>) => void) => {
    const value = JSON.parse(leaf) as Record<string, unknown>;
    change(value);
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    return JSON.stringify(sorted(value));
  };

  it.each([
    [
      "a purpose shown otherwise than signed",
      (e: Export) => (firstNode(e).purpose = "item:senior-card"),
      /purpose shown differs/,
    ],
    [
      "an entry rewritten in its leaf",
      (e: Export) => {
        const proof = firstNode(e).proof!;
        proof.leaf = leafWith(proof.leaf, (leaf) => (leaf.purpose = "item:senior-card"));
        firstNode(e).purpose = "item:senior-card";
      },
      /not in the tree the checkpoint signs/,
    ],
    [
      "a leaf not in canonical form",
      (e: Export) => (firstNode(e).proof!.leaf = ` ${firstNode(e).proof!.leaf}`),
      /canonical form/,
    ],
    [
      "a changed hash in the audit path",
      (e: Export) => {
        const path = firstNode(e).proof!.auditPath;
        path[0] = `${path[0]!.slice(0, -1)}${path[0]!.endsWith("0") ? "1" : "0"}`;
      },
      /not in the tree the checkpoint signs/,
    ],
    [
      "another leaf index",
      (e: Export) => (firstNode(e).proof!.leafIndex += 1),
      /id shown differs|not in the tree/,
    ],
    [
      "a root hash other than the one signed",
      (e: Export) => (firstNode(e).proof!.checkpoint.rootHash = "ab".repeat(32)),
      /says something else than what was signed/,
    ],
    [
      "a consistency proof that does not hold",
      (e: Export) => (e.data.consistency!.proof = ["cd".repeat(32)]),
      /does not extend the earlier one/,
    ],
  ])("rejects %s", async (_what, change, reason) => {
    const result = await verifyUsage(t.dataDir, altered(change), jwksUrl());
    expect(result.output).toMatch(reason);
    expect(result.output).toMatch(/REJECTED/);
    expect(result.code).toBe(1);
  });

  it("rejects a checkpoint signed by a key other than the log's", async () => {
    const { privateKey } = await generateKeyPair("EdDSA");
    const checkpoint = firstNode(genuine).proof!.checkpoint;
    const payload = Buffer.from(checkpoint.jws.split(".")[1]!, "base64url");
    const forged = await new CompactSign(payload)
      .setProtectedHeader({
        alg: "EdDSA",
        kid: JSON.parse(Buffer.from(checkpoint.jws.split(".")[0]!, "base64url").toString()).kid,
        typ: "access-log-checkpoint+jws",
      })
      .sign(privateKey);
    const result = await verifyUsage(
      t.dataDir,
      altered((e) => (firstNode(e).proof!.checkpoint.jws = forged)),
      jwksUrl(),
    );
    expect(result.output).toMatch(/signature does not verify/);
    expect(result.code).toBe(1);
  });

  it("says an entry no checkpoint covers yet is not verified (exit 2), not altered", async () => {
    const result = await verifyUsage(
      t.dataDir,
      altered((e) => (firstNode(e).proof = null)),
      jwksUrl(),
    );
    expect(result.output).toMatch(/no signed checkpoint covers it yet/);
    expect(result.code).toBe(2);
  });

  it("uses only Node's built-ins and jose", async () => {
    const dist = path.join(REPO_ROOT, "scripts", "dist");
    const files = [
      path.join(dist, "verify-usage.js"),
      ...(await readdir(path.join(dist, "verify-usage")))
        .filter((f) => f.endsWith(".js") && !f.endsWith(".test.js"))
        .map((f) => path.join(dist, "verify-usage", f)),
    ];
    const required = new Set<string>();
    for (const file of files) {
      for (const match of (await readFile(file, "utf8")).matchAll(/require\("([^"]+)"\)/g)) {
        required.add(match[1]!);
      }
    }
    expect(
      [...required].filter((name) => !name.startsWith("node:") && !name.startsWith("./")),
    ).toEqual(["jose"]);
  });
});
