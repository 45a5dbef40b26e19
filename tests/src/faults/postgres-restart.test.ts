import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fork, type ChildProcess } from "node:child_process";
import {
  LOOPBACK_ANY_PORT,
  loadHubConfig,
  signDevToken,
  startHub,
  type RunningHub,
} from "@gongxiang/scripts";
import { freePort } from "../support/free-port.js";
import { backgroundLoad } from "./restart.js";

/**
 * PostgreSQL of its own (embedded), restarted while cases are being started: the services
 * recover without restarting, every acknowledged case is there afterwards, none twice.
 */
/**
 * The applicant of the restart's cases: one open case per applicant and item (issue 17), so the
 * cases are 黄丽萍's, each read from the bases and refused, each a record of its own key.
 */
const HUANG = "450803198802290242";
let dir: string;
let server: ChildProcess;
let port: number;
let hub: RunningHub;

/** Sends "start" or "stop" to the PostgreSQL process and waits for its answer. */
function postgres(command: "start" | "stop"): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("message", (answer: string) =>
      answer.startsWith("error:") ? reject(new Error(answer)) : resolve(answer),
    );
    server.send(command);
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gongxiang-pg-restart-"));
  // PostgreSQL runs as its own user when we are root: it must reach its folder.
  await chmod(dir, 0o755);
  port = await freePort();
  server = fork(path.join(__dirname, "postgres-process.js"), [
    path.join(dir, "pg-data"),
    String(port),
  ]);
  const url = await postgres("start");
  hub = await startHub(
    loadHubConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      DATA_DIR: dir,
      ...LOOPBACK_ANY_PORT,
    }),
    {
      postgres: { url, stop: async () => {} },
      databasePrefix: `gx_r_${randomBytes(4).toString("hex")}`,
    },
  );
}, 120_000);
afterAll(async () => {
  await hub?.stop();
  await postgres("stop").catch(() => "");
  server?.disconnect();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

interface Attempt {
  key: string;
  status: number;
  caseId: string | null;
}

it("recovers from a PostgreSQL restart under load, losing and doubling nothing acknowledged", async () => {
  const agent = await signDevToken(dir, {
    sub: "agent-restart",
    dept: "civil-affairs",
    roles: ["agent"],
    site: "130926101216",
  });
  let n = 0;
  const start = async (key = `restart-${n++}`): Promise<Attempt> => {
    try {
      const response = await fetch(hub.gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${agent}` },
        body: JSON.stringify({
          query: `mutation($input: StartCaseInput!) { startCase(input: $input) { id } }`,
          variables: {
            input: {
              itemCode: "elderly-allowance",
              applicantCitizenId: HUANG,
              idempotencyKey: key,
            },
          },
        }),
      });
      const body = (await response.json()) as { data?: { startCase?: { id: string } } | null };
      return { key, status: response.status, caseId: body.data?.startCase?.id ?? null };
    } catch {
      return { key, status: 0, caseId: null };
    }
  };
  expect((await start()).caseId).not.toBeNull();

  const load = backgroundLoad(4, () => start());
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await postgres("stop");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await postgres("start");
  const restartedAt = Date.now();
  // The services recover on their own: a new case is acknowledged again.
  let recovered: Attempt | null = null;
  while (Date.now() - restartedAt < 30_000) {
    const attempt = await start();
    if (attempt.caseId) {
      recovered = attempt;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const attempts = await load.stop();
  expect(recovered).not.toBeNull();
  const acknowledged = attempts.filter((a) => a.caseId !== null);
  expect(acknowledged.length).toBeGreaterThan(3);
  expect(attempts.some((a) => a.caseId === null)).toBe(true); // the outage was real

  const rows: { id: string; idempotency_key: string }[] = await hub.subgraphs.cases.orm.orm.em
    .getConnection()
    .execute("select id, idempotency_key from case_file where created_by = 'agent-restart'");
  const stored = new Map(rows.map((row) => [row.id, row.idempotency_key]));
  for (const attempt of acknowledged) expect(stored.get(attempt.caseId!)).toBe(attempt.key);
  // Retrying every attempt (acknowledged or not) creates nothing twice.
  for (const attempt of attempts.slice(0, 40)) {
    const again = await start(attempt.key);
    if (attempt.caseId) expect(again.caseId).toBe(attempt.caseId);
  }
  const [{ count, keys }] = (await hub.subgraphs.cases.orm.orm.em
    .getConnection()
    .execute(
      "select count(*)::int as count, count(distinct idempotency_key)::int as keys from case_file where created_by = 'agent-restart'",
    )) as { count: number; keys: number }[];
  expect(count).toBe(keys);
});
