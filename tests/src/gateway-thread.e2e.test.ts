import { startGatewayInThread } from "@gongxiang/gateway";
import { ensureDevIssuer, ensureKeyPair } from "@gongxiang/scripts";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/**
 * Issue 14: the hub runs its gateway in a worker thread of its own (a second core for the
 * gateway's planning, signing and shaping). A failure in the thread reaches the starter with
 * its words, and stopping ends the thread after the requests in flight.
 */
const DONG = "130926193604120317";
let t: TestHub;

async function gatewayEnv(port: string): Promise<Record<string, string>> {
  const { population, licences, catalog, cases } = t.hub.subgraphs;
  return {
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    GATEWAY_PORT: port,
    POPULATION_URL: population.url,
    LICENCES_URL: licences.url,
    CATALOG_URL: catalog.url,
    CASES_URL: cases.url,
    CALLER_CONTEXT_PRIVATE_JWK: JSON.stringify(
      (await ensureKeyPair(t.dataDir, "caller-context")).privateJwk,
    ),
    DEV_ISSUER_JWKS_FILE: (await ensureDevIssuer(t.dataDir)).jwksFile,
  };
}

beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

it("a gateway thread answers like the gateway, and stops with its port closed", async () => {
  const gateway = await startGatewayInThread(await gatewayEnv("0"), {
    host: "127.0.0.1",
    tracingService: "test",
  });
  expect(gateway.port).toBeGreaterThan(0);
  const token = await t.token({ sub: "ps-thread", dept: "public-security", roles: ["clerk"] });
  const answer = await t.query<{ personByCitizenId: { name: string } }>(
    `{ personByCitizenId(citizenId: "${DONG}") { name } }`,
    { token, url: gateway.url },
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.personByCitizenId.name).toBe("董志明");

  // A second stop meanwhile waits for the same one.
  const stops = [gateway.stop(), gateway.stop()];
  expect(stops[0]).toBe(stops[1]);
  await Promise.all(stops);
  await expect(fetch(new URL("/health", gateway.url))).rejects.toThrow();
});

it("a start that fails in the thread names the setting to change, and leaves no thread", async () => {
  const taken = String(t.hub.gateway.port);
  const failure = await startGatewayInThread(await gatewayEnv(taken), {
    host: "127.0.0.1",
    tracingService: "test",
  }).catch((error: unknown) => error as Error);
  expect(failure).toBeInstanceOf(Error);
  expect(failure).toMatchObject({ name: "SettingError" });
  expect((failure as Error).message).toBe(
    `port ${taken} is already in use: stop what listens there or set GATEWAY_PORT to a free port (setting GATEWAY_PORT)`,
  );
  // The hub's own gateway is untouched.
  expect((await fetch(new URL("/health", t.hub.gateway.url))).status).toBe(200);
});

it("a bad setting is refused before a thread starts", async () => {
  const env = { ...(await gatewayEnv("0")), CALLER_CONTEXT_PRIVATE_JWK: "not json" };
  await expect(
    startGatewayInThread(env, { host: "127.0.0.1", tracingService: "test" }),
  ).rejects.toThrow(/CALLER_CONTEXT_PRIVATE_JWK/);
});
