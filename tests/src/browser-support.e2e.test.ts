import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { caseFlow, type CaseView } from "./support/case-flow.js";
import { PNG_BYTES } from "./support/browser.js";
import { manifestEntry, postGraphQL } from "./support/gateway-post.js";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";

const DONG = "130926193604120317";
const MANIFEST = path.resolve(
  __dirname,
  "../../web/src/graphql/generated/persisted-documents.json",
);

let t: TestHub;
let flow: ReturnType<typeof caseFlow>;
let gatewayOrigin: string;
let appOrigin: string;
beforeAll(async () => {
  t = await startTestHub();
  flow = caseFlow(t);
  gatewayOrigin = new URL(t.hub.gateway.url).origin;
  appOrigin = new URL(t.hub.web.url).origin;
});
afterAll(() => t?.stop());

const readManifest = async () =>
  JSON.parse(await readFile(MANIFEST, "utf8")) as Record<string, string>;

describe("CORS on the gateway (issue 16, acceptance 3)", () => {
  const preflight = (origin: string) =>
    fetch(t.hub.gateway.url, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type, x-purpose",
      },
    });

  it("answers a preflight from the app's origin, and lets the app read the answer", async () => {
    const response = await preflight(appOrigin);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(appOrigin);
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(response.headers.get("access-control-allow-headers")).toContain("x-purpose");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    const token = await t.token({ sub: DONG, roles: ["citizen"] });
    const answer = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: {
        origin: appOrigin,
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: "{ myDataUsage { pageInfo { hasNextPage } } }" }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe(appOrigin);
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
    expect(answer.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a preflight and a request from another origin", async () => {
    const response = await preflight("https://evil.example");
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const token = await t.token({ sub: DONG, roles: ["citizen"] });
    const direct = await fetch(t.hub.gateway.url, {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: "{ myDataUsage { pageInfo { hasNextPage } } }" }),
    });
    expect(direct.status).toBe(403);
    expect(direct.headers.get("access-control-allow-origin")).toBeNull();
    // A look-alike of the app's origin (another port) is another origin.
    const lookalike = await preflight(
      appOrigin.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`),
    );
    expect(lookalike.status).toBe(403);
  });

  it("guards the upload route and the development sign-in the same way", async () => {
    for (const route of ["/uploads/cases/00000000-0000-0000-0000-000000000000", "/dev/token"]) {
      const ok = await fetch(new URL(route, gatewayOrigin), {
        method: "OPTIONS",
        headers: { origin: appOrigin, "access-control-request-method": "POST" },
      });
      expect(ok.status).toBe(204);
      const refused = await fetch(new URL(route, gatewayOrigin), {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(refused.status).toBe(403);
    }
  });
});

describe("persisted documents (issue 16, acceptance 2)", () => {
  it("answers the web app's documents by manifest id", async () => {
    const { id } = manifestEntry(await readManifest(), "MyDataUsage");
    const token = await t.token({ sub: DONG, roles: ["citizen"] });
    const response = await postGraphQL<{ myDataUsage: { pageInfo: { hasNextPage: boolean } } }>(
      t.hub.gateway.url,
      {
        variables: { after: null },
        extensions: { persistedQuery: { version: 1, sha256Hash: id } },
      },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(typeof response.data!.myDataUsage.pageInfo.hasNextPage).toBe("boolean");
  });

  it("refuses an unknown id and never registers one (no automatic persisted queries)", async () => {
    const token = await t.token({ sub: DONG, roles: ["citizen"] });
    const text = "{ myDataUsage { pageInfo { hasNextPage } } }";
    const hash = createHash("sha256").update(text).digest("hex");
    const byId = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const unknown = await postGraphQL(t.hub.gateway.url, byId, { token });
    expect(unknown.status).toBe(400);
    expect(codes(unknown)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    // Sending the text with its hash runs it (outside trusted mode) but registers nothing.
    const withText = await postGraphQL(t.hub.gateway.url, { ...byId, query: text }, { token });
    expect(withText.errors).toBeUndefined();
    const again = await postGraphQL(t.hub.gateway.url, byId, { token });
    expect(codes(again)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    const mismatch = await postGraphQL(
      t.hub.gateway.url,
      { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      { token },
    );
    expect(mismatch.status).toBe(400);
    expect(codes(mismatch)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("scans streamed to the upload route (issue 16)", () => {
  let c: CaseView;
  let agent: string;
  beforeAll(async () => {
    agent = await flow.agentAt("130926101216");
    c = (await flow.startCase(agent, "elderly-allowance", DONG, "stream-1")).data!.startCase;
  });

  const upload = (options: {
    token?: string;
    caseId?: string;
    version?: number;
    material?: string;
    type?: string;
    body?: Buffer;
  }) => {
    const url = new URL(`/uploads/cases/${options.caseId ?? c.id}`, gatewayOrigin);
    url.searchParams.set("material", options.material ?? "银行卡");
    url.searchParams.set("expectedVersion", String(options.version ?? c.version));
    return fetch(url, {
      method: "POST",
      headers: {
        "content-type": options.type ?? "image/png",
        ...(options.token === "" ? {} : { authorization: `Bearer ${options.token ?? agent}` }),
      },
      body: options.body ?? PNG_BYTES,
    });
  };
  const code = async (response: Response) =>
    ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
      ?.extensions?.code;

  it("refuses with typed 4xx: no token, another station, bad content, a stale version, too large", async () => {
    const none = await upload({ token: "" });
    expect([none.status, await code(none)]).toEqual([401, "UNAUTHENTICATED"]);
    const elsewhere = await upload({ token: await flow.agentAt("450521100215") });
    expect([elsewhere.status, await code(elsewhere)]).toEqual([403, "FORBIDDEN"]);
    const citizen = await upload({ token: await t.token({ sub: DONG, roles: ["citizen"] }) });
    expect([citizen.status, await code(citizen)]).toEqual([403, "FORBIDDEN"]);
    const notPng = await upload({ body: Buffer.from("<html>not an image</html>") });
    expect([notPng.status, await code(notPng)]).toEqual([400, "BAD_USER_INPUT"]);
    const svg = await upload({ type: "image/svg+xml" });
    expect([svg.status, await code(svg)]).toEqual([400, "BAD_USER_INPUT"]);
    const stale = await upload({ version: c.version + 5 });
    expect([stale.status, await code(stale)]).toEqual([409, "CONFLICT"]);
    const noSuchMaterial = await upload({ material: "户口本复印件" });
    expect([noSuchMaterial.status, await code(noSuchMaterial)]).toEqual([400, "BAD_USER_INPUT"]);
    const byLicence = await upload({ material: "居民身份证" });
    expect([byLicence.status, await code(byLicence)]).toEqual([400, "BAD_USER_INPUT"]);
    const badId = await upload({ caseId: "not-a-case" });
    expect([badId.status, await code(badId)]).toEqual([400, "BAD_USER_INPUT"]);
    const large = Buffer.concat([PNG_BYTES, Buffer.alloc(5_000_001)]);
    const tooLarge = await upload({ body: large });
    expect([tooLarge.status, await code(tooLarge)]).toEqual([413, "BAD_USER_INPUT"]);
    // Streamed with no length declared: cut off once it passes the limit.
    const url = new URL(`/uploads/cases/${c.id}`, gatewayOrigin);
    url.searchParams.set("material", "银行卡");
    url.searchParams.set("expectedVersion", String(c.version));
    const chunks = [PNG_BYTES, ...Array.from({ length: 6 }, () => Buffer.alloc(1_000_000))];
    const streamed = await fetch(url, {
      method: "POST",
      headers: { "content-type": "image/png", authorization: `Bearer ${agent}` },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect([streamed.status, await code(streamed)]).toEqual([413, "BAD_USER_INPUT"]);
  });

  it("stores a streamed scan like uploadMaterial: hashed, encrypted at rest, a sealed step, nothing personal in the answer", async () => {
    const response = await upload({});
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    const sha256 = createHash("sha256").update(PNG_BYTES).digest("hex");
    expect(body).toEqual({
      caseId: c.id,
      version: c.version + 1,
      status: "DRAFT",
      material: { name: "银行卡", status: "UPLOADED", sha256, size: PNG_BYTES.length },
    });
    const read = await t.query<{
      case: CaseView & { materials: { uploadSha256: string | null }[] };
    }>(
      `{ case(id: "${c.id}") { version history { action } materials { name status uploadSha256 } } }`,
      { token: agent },
    );
    expect(read.data!.case.materials.find((m) => m.name === "银行卡")).toMatchObject({
      status: "UPLOADED",
      uploadSha256: sha256,
    });
    expect(read.data!.case.history.map((h) => h.action)).toEqual(["STARTED", "UPLOAD"]);
    const rows: { content: Buffer }[] = await t.hub.subgraphs.cases.orm.orm.em
      .getConnection()
      .execute(
        "select content from case_upload_content c join case_upload u on u.id = c.upload_id where u.case_id = ?",
        [c.id],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.content.includes(PNG_BYTES.subarray(0, 8))).toBe(false);
    expect(
      await t.hub.subgraphs.cases.deps.uploads.get(
        (
          (await t.hub.subgraphs.cases.orm.orm.em
            .getConnection()
            .execute("select id from case_upload where case_id = ?", [c.id])) as { id: string }[]
        )[0]!.id,
      ),
    ).toEqual(PNG_BYTES);
    const verify = await t.query<{ verifyCase: { ok: boolean } }>(
      `{ verifyCase(id: "${c.id}") { ok } }`,
      { token: agent },
    );
    expect(verify.data!.verifyCase.ok).toBe(true);
  });
});

describe("the development sign-in (issue 16)", () => {
  it("lists the demo identities and mints a working token for one, bound to the web app", async () => {
    const list = await fetch(new URL("/dev/identities", gatewayOrigin));
    const { identities } = (await list.json()) as { identities: { id: string }[] };
    expect(identities.map((i) => i.id)).toContain("agent-houfenglebao");
    const minted = await fetch(new URL("/dev/token", gatewayOrigin), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "citizen-dong" }),
    });
    const { token } = (await minted.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ sub: DONG, roles: ["citizen"], azp: "gongxiang-web" });
    const read = await t.query<{ myDataUsage: { pageInfo: { hasNextPage: boolean } } }>(
      "{ myDataUsage { pageInfo { hasNextPage } } }",
      { token },
    );
    expect(read.errors).toBeUndefined();
    const unknown = await fetch(new URL("/dev/token", gatewayOrigin), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "root" }),
    });
    expect(unknown.status).toBe(400);
  });
});
