import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { loadCatalogConfig, startCatalog } from "@gongxiang/catalog";
import { verifyConsistency } from "@gongxiang/kit";
import { databaseUrl, ensureKeyPair, ensureSecret } from "@gongxiang/scripts";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * An outside witness over HTTP (ACCESS_LOG_WITNESS=https://...): it is handed every new
 * checkpoint with the proof that the tree it saw before is contained in the new one, keeps the
 * largest, and refuses (409, with the size it holds) a checkpoint that does not extend it.
 */
interface Posted {
  checkpoint: { log: string; treeSize: number; rootHash: string; jws: string };
  previous: { log: string; treeSize: number; rootHash: string } | null;
  consistencyProof: string[];
}

let t: TestHub;
let witness: Server;
let witnessUrl: string;
const received: Posted[] = [];
const held = new Map<string, { treeSize: number; rootHash: string }>();
const refusals: string[] = [];

beforeAll(async () => {
  witness = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const posted = JSON.parse(body) as Posted;
      received.push(posted);
      const { checkpoint, previous } = posted;
      const mine = held.get(checkpoint.log);
      const extendsMine =
        !mine ||
        (previous !== null &&
          previous.treeSize === mine.treeSize &&
          previous.rootHash === mine.rootHash &&
          verifyConsistency(
            mine.treeSize,
            checkpoint.treeSize,
            Buffer.from(mine.rootHash, "hex"),
            Buffer.from(checkpoint.rootHash, "hex"),
            posted.consistencyProof.map((h) => Buffer.from(h, "hex")),
          ));
      if (!extendsMine) {
        refusals.push(`${checkpoint.log}@${checkpoint.treeSize}`);
        res.writeHead(409, { "content-type": "application/json" });
        res.end(JSON.stringify({ treeSize: mine!.treeSize }));
        return;
      }
      held.set(checkpoint.log, checkpoint);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => witness.listen(0, "127.0.0.1", resolve));
  const { port } = witness.address() as AddressInfo;
  witnessUrl = `http://127.0.0.1:${port}/add-checkpoint`;
  t = await startTestHub({
    env: { ACCESS_LOG_CHECKPOINT_INTERVAL_MS: "3600000", ACCESS_LOG_WITNESS: witnessUrl },
  });
});
afterAll(async () => {
  await t?.stop();
  await new Promise((resolve) => witness?.close(resolve));
});

const checkpointNow = () => t.hub.subgraphs.catalog.deps.logAuthority.checkpointer.checkpointNow();

it("hands every checkpoint to an HTTP witness with the proof that it extends the last", async () => {
  const clerk = await t.token({ sub: "clerk-1", dept: "public-security", roles: ["clerk"] });
  for (let round = 0; round < 3; round++) {
    await t.query(`{ personByCitizenId(citizenId: "130926193604120317") { name } }`, {
      token: clerk,
    });
    await checkpointNow();
  }
  const population = received.filter((p) => p.checkpoint.log.startsWith("population/"));
  expect(population.map((p) => p.checkpoint.treeSize)).toEqual([1, 2, 3]);
  expect(population.map((p) => p.previous?.treeSize ?? null)).toEqual([null, 1, 2]);
  expect(refusals).toEqual([]);
  // What the witness holds is signed by the key the hub publishes.
  const jwks = (await (
    await fetch(new URL("/.well-known/access-log/jwks.json", t.hub.subgraphs.catalog.url))
  ).json()) as JSONWebKeySet;
  const signed = await compactVerify(population[2]!.checkpoint.jws, createLocalJWKSet(jwks));
  expect(JSON.parse(new TextDecoder().decode(signed.payload))).toMatchObject({ treeSize: 3 });

  // A second replica of the log's owner has handed the witness nothing yet: the witness, which
  // holds a later tree, answers 409 with its size, and the replica proves consistency from there.
  const log = population[0]!.checkpoint.log;
  const holding = held.get(log)!.treeSize;
  const replica = await startCatalog(
    loadCatalogConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      CATALOG_PORT: "0",
      CATALOG_DATABASE_URL: databaseUrl(t.hub.postgres.url, t.hub.databases.catalog!),
      ACCESS_LOG_DATABASE_URL: databaseUrl(t.hub.postgres.url, t.hub.databases.accessLog!),
      CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(
        (await ensureKeyPair(t.dataDir, "caller-context")).publicJwk,
      ),
      SHARING_SNAPSHOT_TOKEN: await ensureSecret(t.dataDir, "sharing-snapshot"),
      ACCESS_LOG_MASTER_KEY: await ensureSecret(t.dataDir, "access-log-master"),
      ACCESS_LOG_CHECKPOINT_INTERVAL_MS: "3600000",
      ACCESS_LOG_WITNESS: witnessUrl,
    }),
    { host: "127.0.0.1" },
  );
  try {
    await t.query(`{ personByCitizenId(citizenId: "130926193604120317") { name } }`, {
      token: clerk,
    });
    await replica.deps.logAuthority.checkpointer.checkpointNow();
  } finally {
    await replica.stop();
  }
  const last = received.filter((p) => p.checkpoint.log === log).slice(-2);
  expect(last.map((p) => p.previous?.treeSize ?? null)).toEqual([null, holding]);
  expect(refusals).toEqual([`${log}@${holding + 1}`]);
  expect(held.get(log)!.treeSize).toBe(holding + 1);
});
