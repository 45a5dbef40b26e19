import { keysDotenv, startComposeStack, type ComposeStack } from "../support/compose-stack.js";
import { postGraphQL } from "../support/graphql.js";
import { loadDemoInto } from "../support/load-demo.js";
import {
  startCollector,
  type CollectedSpan,
  type OtlpCollector,
} from "../support/otlp-collector.js";
import { startIdentityProvider, type IdentityProvider } from "../support/test-idp.js";

/**
 * Issue 13, acceptance 2: with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector of the
 * test's own, one gateway query is one trace with spans from the gateway and every subgraph it
 * touched, under one request id. Each service runs as its own process (as docker-compose.yml
 * runs it), so each exports its own spans; the gateway speaks OTLP protobuf, the subgraphs JSON.
 */
const DONG = "130926193604120317";
const redisUrl = process.env.REDIS_URL;
let collector: OtlpCollector;
let idp: IdentityProvider;
let stack: ComposeStack;

/** The spans of the trace whose server spans carry `requestId`, once every service has sent them. */
async function traceOf(requestId: string, services: string[]): Promise<CollectedSpan[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const tagged = collector.spans.filter(
      (s) => s.attributes["gongxiang.request_id"] === requestId,
    );
    const traceIds = new Set(tagged.map((s) => s.traceId));
    const spans = collector.spans.filter((s) => traceIds.has(s.traceId));
    const seen = new Set(spans.map((s) => s.service));
    if (services.every((s) => seen.has(s))) {
      // Stragglers of the same batch.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return collector.spans.filter((s) => traceIds.has(s.traceId));
    }
    if (Date.now() > deadline) {
      throw new Error(`trace of ${requestId} has spans of ${[...seen].join(", ") || "nobody"}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

(redisUrl ? describe : describe.skip)("traces across the hub (issue 13)", () => {
  beforeAll(async () => {
    collector = await startCollector();
    idp = await startIdentityProvider();
    stack = await startComposeStack({
      dotenv: { ...keysDotenv(), AUTH_ISSUER: idp.issuer, AUTH_JWKS_URL: idp.jwksUrl },
      extraEnv: (service) => ({
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: service === "gateway" ? "http/protobuf" : "http/json",
      }),
    });
    await loadDemoInto(stack);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await idp?.close();
    await collector?.close();
  }, 60_000);

  const gatewayUrl = () => `http://127.0.0.1:${stack.balancer("gateway").port}/graphql`;

  it("follows one query from the gateway through each subgraph it touched, as one trace", async () => {
    const clerk = await idp.token({ sub: "officer-1", dept: "public-security", roles: ["clerk"] });
    const response = await postGraphQL(
      gatewayUrl(),
      `query TracedPerson { personByCitizenId(citizenId: "${DONG}") { name licences { type } } }`,
      { token: clerk, headers: { "x-request-id": "trace-person-1" } },
    );
    expect(response.errors).toBeUndefined();
    const spans = await traceOf("trace-person-1", ["gateway", "population", "licences"]);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const names = (service: string) =>
      spans.filter((s) => s.service === service).map((s) => s.name);
    // @apollo/gateway's own spans, over protobuf.
    expect(names("gateway")).toEqual(
      expect.arrayContaining([
        "gateway.request",
        "gateway.plan",
        "gateway.fetch",
        "gateway.execute",
      ]),
    );
    expect(collector.contentTypes).toEqual(new Set(["application/x-protobuf", "application/json"]));
    for (const subgraph of ["population", "licences"]) {
      const own = spans.filter((s) => s.service === subgraph);
      const server = own.find(
        (s) => s.attributes["url.path"] === "/graphql" && s.attributes["url.full"] === undefined,
      )!;
      expect(server.attributes["gongxiang.request_id"]).toBe("trace-person-1");
      expect(server.attributes["graphql.operation.name"]).toBe("TracedPerson");
      // Called by the gateway's fetch: its parent is a gateway span of this trace.
      expect(spans.find((s) => s.spanId === server.parentSpanId)?.service).toBe("gateway");
      // The ORM's statements and the access-log write, inside the subgraph's request.
      expect(own.some((s) => s.name.startsWith("pg.query") && s.attributes["db.query.text"])).toBe(
        true,
      );
      expect(own.map((s) => s.name)).toContain("access_log.write");
    }
    // No citizen ID in any attribute: the values in SQL are redacted.
    expect(JSON.stringify(spans)).not.toContain(DONG);
  });

  it("keeps one trace and one request id through startCase: cases, its gateway read, the owner's read", async () => {
    const agent = await idp.token({
      sub: "agent@130926101216",
      // The elderly allowance is civil affairs': an agent starts their own department's items.
      dept: "civil-affairs",
      roles: ["agent"],
      site: "130926101216",
    });
    const response = await postGraphQL(
      gatewayUrl(),
      `mutation($input: StartCaseInput!) { startCase(input: $input) { status } }`,
      {
        token: agent,
        headers: { "x-request-id": "trace-case-1" },
        variables: {
          input: {
            itemCode: "elderly-allowance",
            applicantCitizenId: DONG,
            idempotencyKey: "trace-1",
          },
        },
      },
    );
    expect(response.errors).toBeUndefined();
    const spans = await traceOf("trace-case-1", ["gateway", "cases", "population"]);
    expect(JSON.stringify(spans)).not.toContain(DONG);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    // Server spans: a path and no full URL (client spans have one).
    const servers = spans.filter(
      (s) => s.attributes["url.path"] !== undefined && s.attributes["url.full"] === undefined,
    );
    // Every service's incoming request in the trace carries the same request id.
    expect(new Set(servers.map((s) => s.attributes["gongxiang.request_id"]))).toEqual(
      new Set(["trace-case-1"]),
    );
    const paths = servers.map((s) => `${s.service} ${String(s.attributes["url.path"])}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "gateway /graphql", // the agent's request, and the cases base's read through it
        "cases /graphql",
        "population /graphql",
      ]),
    );
    // The cases base vouched for its new case in its token: no base asked it back.
    expect(paths.filter((p) => p.startsWith("cases /case-purposes/"))).toEqual([]);
    expect(paths.filter((p) => p === "gateway /graphql").length).toBeGreaterThanOrEqual(2);
  });

  it("traces a base's poll of the sharing rules into the catalog, with a request id", async () => {
    const deadline = Date.now() + 10_000;
    let poll: CollectedSpan | undefined;
    while (!poll && Date.now() < deadline) {
      poll = collector.spans.find(
        (s) =>
          s.service === "catalog" &&
          s.attributes["url.path"] === "/sharing/snapshot" &&
          collector.spans.some(
            (c) => c.spanId === s.parentSpanId && ["population", "licences"].includes(c.service),
          ),
      );
      if (!poll) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(poll).toBeDefined();
    expect(String(poll!.attributes["gongxiang.request_id"])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
