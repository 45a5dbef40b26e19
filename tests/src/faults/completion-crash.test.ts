import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import {
  REPO_ROOT,
  databaseUrl,
  ensureKeyPair,
  ensureSecret,
  ensureServiceIssuer,
  sharingEnv,
} from "@gongxiang/scripts";
import { createCasesOrm } from "@gongxiang/cases";
import { caseFlow, type CaseView } from "../support/case-flow.js";
import { startTestHub, type TestHub } from "../support/test-hub.js";

/**
 * Completion exactly once (issue 17): the cases base runs as a process of its own, reaching the
 * gateway through a proxy the test holds. The proxy lets the result licence's issue through to
 * the e-licence base, waits for its answer, and kills the cases process (SIGKILL) before it can
 * settle. Restarted, the cases base finishes the completion by itself: one licence, a COMPLETED
 * case, a sealed history that verifies.
 */
const PAN = "450521194108230627";
let t: TestHub;
let child: ChildProcess | null = null;
let proxy: Server | null = null;
let after: () => Promise<void> = async () => {};

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await after();
  proxy?.close();
  await t?.stop();
});

async function casesEnv(port: number, gatewayUrl: string): Promise<NodeJS.ProcessEnv> {
  const { hub, dataDir } = t;
  const keys = await ensureKeyPair(dataDir, "caller-context");
  return {
    PATH: process.env.PATH,
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    CASES_PORT: String(port),
    CASES_DATABASE_URL: databaseUrl(hub.postgres.url, hub.databases.cases),
    CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(keys.publicJwk),
    ...(await sharingEnv(hub.subgraphs.catalog.url, dataDir)),
    ACCESS_LOG_DATABASE_URL: databaseUrl(hub.postgres.url, hub.databases.accessLog),
    CASES_SERVICE_PRIVATE_JWK: JSON.stringify(
      (await ensureServiceIssuer(dataDir, "cases")).privateJwk,
    ),
    CASES_MASTER_KEY: await ensureSecret(dataDir, "cases-master"),
    GATEWAY_URL: gatewayUrl,
    LICENCES_JWKS_URL: hub.subgraphs.licences.jwksUrl,
    WORKER_INTERVAL_MS: "200",
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
}

/** The cases base as its own process (what a container runs), ready when /ready answers. */
async function startCasesProcess(port: number, gatewayUrl: string): Promise<ChildProcess> {
  const started = spawn(process.execPath, [path.join(REPO_ROOT, "subgraphs/cases/dist/main.js")], {
    env: await casesEnv(port, gatewayUrl),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return started;
    if (started.exitCode !== null || Date.now() > deadline) {
      throw new Error("the cases process did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

it("issues exactly one result licence when the cases base dies between issuing and settling", async () => {
  const flow = caseFlow(t);
  const agent = await flow.agentAt("450521100215");
  let c: CaseView = (await flow.startCase(agent, "senior-card", PAN, "pan-crash")).data!.startCase;
  c = (await flow.upload(agent, c, "近期照片")).data!.uploadMaterial;
  c = (await flow.act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!
    .decideCase!;
  const approver = await flow.official("approver", "450521");
  c = (await flow.act(approver, "decideCase", c.id, c.version, ", decision: APPROVE")).data!
    .decideCase!;
  expect(c.status).toBe("APPROVED");

  // The cases base moves out of the test's process, behind a proxy to the gateway.
  const port = t.hub.subgraphs.cases.port;
  await t.hub.subgraphs.cases.stop();
  let issued: string | null = null;
  proxy = createServer((req, res) => {
    void (async () => {
      const payload = await body(req);
      const answer = await fetch(t.hub.gateway.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: req.headers.authorization ?? "",
        },
        body: payload,
      });
      const text = await answer.text();
      if (payload.toString().includes("issueLicence")) {
        // The licence is issued and committed; the process dies before it hears so.
        issued = text;
        child?.kill("SIGKILL");
        res.destroy();
        return;
      }
      res.writeHead(answer.status, { "content-type": "application/json" }).end(text);
    })();
  });
  await new Promise<void>((resolve) => proxy!.listen(0, "127.0.0.1", resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  child = await startCasesProcess(port, proxyUrl);
  const exited = new Promise((resolve) => child!.once("exit", resolve));

  const completing = await flow.act(approver, "completeCase", c.id, c.version);
  expect(completing.errors?.length).toBeGreaterThan(0); // the subgraph died under the request
  await exited;
  expect(issued).toContain("identifier");

  // The in-process cases base is stopped (its connections with it): a connection of the test's own.
  const casesOrm = await createCasesOrm(databaseUrl(t.hub.postgres.url, t.hub.databases.cases));
  after = () => casesOrm.close();
  const cases = casesOrm.orm.em.getConnection();
  const licences = t.hub.subgraphs.licences.orm.orm.em.getConnection();
  const licencesFor = () =>
    licences.execute(
      `select identifier from licence where holder_citizen_id = ? and type = 'SENIOR_CARD'`,
      [PAN],
    ) as Promise<{ identifier: string }[]>;
  const [before] = (await cases.execute(`select status from case_file where id = ?`, [c.id])) as {
    status: string;
  }[];
  expect(before!.status).toBe("COMPLETING");
  expect(await licencesFor()).toHaveLength(1);

  // Restarted: the recovery pass issues again with the same key, gets the same licence, settles.
  child = await startCasesProcess(port, t.hub.gateway.url);
  const deadline = Date.now() + 30_000;
  let row: { status: string; result_licence_identifier: string | null } | undefined;
  for (;;) {
    [row] = (await cases.execute(
      `select status, result_licence_identifier from case_file where id = ?`,
      [c.id],
    )) as (typeof row)[];
    if (row?.status === "COMPLETED" || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(row!.status).toBe("COMPLETED");
  const licencesAfter = await licencesFor();
  expect(licencesAfter).toHaveLength(1);
  expect(row!.result_licence_identifier).toBe(licencesAfter[0]!.identifier);
  expect(JSON.parse(issued!)).toMatchObject({
    data: { issueLicence: { identifier: licencesAfter[0]!.identifier } },
  });

  const read = await t.query<{
    case: { status: string; history: { action: string; actorSub: string | null }[] };
    verifyCase: { ok: boolean };
  }>(
    `{ case(id: "${c.id}") { status history { action actorSub } } verifyCase(id: "${c.id}") { ok } }`,
    { token: approver },
  );
  expect(read.data!.case.history.slice(-2)).toEqual([
    { action: "COMPLETE", actorSub: "approver@450521" },
    { action: "ISSUE_RESULT", actorSub: "system:cases-recovery" },
  ]);
  expect(read.data!.verifyCase.ok).toBe(true);
});
