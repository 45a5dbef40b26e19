import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { caseFlow, type CaseView } from "./support/case-flow.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Notices through the HTTP SMS gateway adapter (NOTIFICATION_TRANSPORT=sms-http), against a fake
 * gateway the test runs on the loopback: each case's notices arrive in order, to the number the
 * applicant stated, once each (a refused attempt retried under the same message id), with the
 * gateway's token; a number the gateway rejects for good ends UNDELIVERABLE.
 */
const DONG = "130926193604120317";
const LIU = "130926193912010486";

interface Sent {
  messageId: string;
  phone: string;
  text: string;
  sender: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
}

let t: TestHub;
let gateway: Server;
const sent: Sent[] = [];
const attempts = new Map<string, number>();

beforeAll(async () => {
  gateway = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const message = JSON.parse(Buffer.concat(chunks).toString()) as Omit<
        Sent,
        "idempotencyKey" | "authorization"
      >;
      const tries = (attempts.get(message.messageId) ?? 0) + 1;
      attempts.set(message.messageId, tries);
      if (message.phone === "13000000000") {
        res.writeHead(400).end(JSON.stringify({ error: "number not in service" }));
        return;
      }
      // Every first attempt fails once: the worker retries under the same message id.
      if (tries === 1) {
        res.writeHead(503).end();
        return;
      }
      if (!sent.some((s) => s.messageId === message.messageId)) {
        sent.push({
          ...message,
          idempotencyKey: req.headers["idempotency-key"] as string | undefined,
          authorization: req.headers.authorization,
        });
      }
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  const port = (gateway.address() as AddressInfo).port;
  t = await startTestHub({
    env: {
      NOTIFICATION_TRANSPORT: "sms-http",
      SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms/send`,
      SMS_GATEWAY_TOKEN: "fake-gateway-token",
      WORKER_INTERVAL_MS: "100",
    },
  });
});
afterAll(async () => {
  await t?.stop();
  gateway?.close();
});

async function settled(caseId: string): Promise<{ kind: string; state: string }[]> {
  const db = t.hub.subgraphs.cases.orm.orm.em.getConnection();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rows: { kind: string; state: string }[] = await db.execute(
      `select kind, state from notification_outbox where case_id = ? order by seq`,
      [caseId],
    );
    if (rows.length && rows.every((r) => r.state !== "QUEUED")) return rows;
    if (Date.now() > deadline) throw new Error(`still queued: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it("sends a case's notices through the SMS gateway in order, once each, to the stated number", async () => {
  const flow = caseFlow(t);
  const agent = await flow.agentAt("130926101216");
  let c: CaseView = (await flow.startCase(agent, "senior-card", LIU, "sms-1", "13812345678")).data!
    .startCase;
  c = (await flow.upload(agent, c, "近期照片")).data!.uploadMaterial;
  c = (await flow.act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT")).data!
    .decideCase!;
  const approver = await flow.official("approver", "130926");
  c = (await flow.act(approver, "decideCase", c.id, c.version, ", decision: APPROVE")).data!
    .decideCase!;
  c = (await flow.act(approver, "completeCase", c.id, c.version)).data!.completeCase!;
  expect(c.status).toBe("COMPLETED");

  const states = await settled(c.id);
  expect(states.map((s) => s.kind)).toEqual([
    "STATUS_DRAFT",
    "STATUS_ACCEPTED",
    "STATUS_APPROVED",
    "STATUS_COMPLETED",
  ]);
  expect(states.every((s) => s.state === "DELIVERED")).toBe(true);
  const mine = sent.filter((s) => s.text.includes(c.number));
  expect(mine.map((s) => s.text.replace(/^.*）/, ""))).toEqual([
    "已登记，尚需补充：近期照片。",
    expect.stringMatching(/^已受理，民政部门承诺于\d{4}-\d{2}-\d{2}前办结。$/),
    "已获民政部门批准。",
    "已办结，电子证照已签发。",
  ]);
  expect(
    mine.every(
      (s) =>
        s.phone === "13812345678" &&
        s.sender === "共享政务" &&
        s.idempotencyKey === s.messageId &&
        s.authorization === "Bearer fake-gateway-token",
    ),
  ).toBe(true);
  // Each was refused once by the gateway and sent again under the same id: twice, not more.
  expect(mine.every((s) => attempts.get(s.messageId) === 2)).toBe(true);
});

it("marks a notice the gateway rejects for good as undeliverable, and goes on with the next", async () => {
  const flow = caseFlow(t);
  const agent = await flow.agentAt("130926101216");
  const c = (await flow.startCase(agent, "senior-card", DONG, "sms-2", "13000000000")).data!
    .startCase;
  const states = await settled(c.id);
  expect(states).toEqual([{ kind: "STATUS_DRAFT", state: "UNDELIVERABLE" }]);
  const [row] = (await t.hub.subgraphs.cases.orm.orm.em
    .getConnection()
    .execute(`select reason from notification_outbox where case_id = ?`, [c.id])) as {
    reason: string;
  }[];
  expect(row!.reason).toBe("the SMS gateway answered 400");
});
