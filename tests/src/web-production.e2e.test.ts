import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadGatewayConfig } from "@gongxiang/gateway";
import { describeInBrowser, openBrowser, type Browser } from "./support/browser.js";
import { manifestEntry, postGraphQL } from "./support/gateway-post.js";
import { startOidcProvider, type OidcProvider } from "./support/oidc-provider.js";
import { codes, startTestHub, type TestHub } from "./support/test-hub.js";
import { checkPage } from "./support/web-app.js";

const DONG = "130926193604120317";
const MANIFEST = path.resolve(
  __dirname,
  "../../web/src/graphql/generated/persisted-documents.json",
);
jest.setTimeout(300_000);

let idp: OidcProvider;
let t: TestHub;
let appOrigin: string;
let gatewayOrigin: string;
beforeAll(async () => {
  idp = await startOidcProvider();
  t = await startTestHub({
    env: {
      NODE_ENV: "production",
      AUTH_ISSUER: idp.issuer,
      AUTH_JWKS_URL: idp.jwksUrl,
      OIDC_ISSUER: idp.issuer,
      OIDC_AUTHORIZATION_ENDPOINT: idp.authorizationEndpoint,
      OIDC_TOKEN_ENDPOINT: idp.tokenEndpoint,
    },
  });
  appOrigin = new URL(t.hub.web.url).origin;
  gatewayOrigin = new URL(t.hub.gateway.url).origin;
  idp.allowApp(appOrigin);
});
afterAll(async () => {
  await t?.stop();
  await idp?.close();
});

const dong = { sub: DONG, roles: ["citizen"] };

describe("the hub in production for browser apps (issue 16)", () => {
  it("has no development sign-in: the endpoint does not exist and its key is refused", async () => {
    for (const [method, route] of [
      ["GET", "/dev/identities"],
      ["POST", "/dev/token"],
    ] as const) {
      const response = await fetch(new URL(route, gatewayOrigin), {
        method,
        headers: { origin: appOrigin, "content-type": "application/json" },
        ...(method === "POST" ? { body: JSON.stringify({ id: "citizen-dong" }) } : {}),
      });
      expect(response.status).toBe(404);
    }
    expect(() =>
      loadGatewayConfig({
        NODE_ENV: "production",
        AUTH_ISSUER: idp.issuer,
        AUTH_JWKS_URL: idp.jwksUrl,
        CALLER_CONTEXT_PRIVATE_JWK: JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "x", d: "d" }),
        DEV_TOKEN_PRIVATE_JWK: JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "x", d: "d" }),
      }),
    ).toThrow(/development sign-in does not exist in production/);
    const config = (await (await fetch(new URL("/config.json", t.hub.web.url))).json()) as {
      devSignIn: boolean;
      oidc: { tokenEndpoint: string } | null;
    };
    expect(config.devSignIn).toBe(false);
    expect(config.oidc?.tokenEndpoint).toBe(idp.tokenEndpoint);
  });

  it("refuses an unknown document from a browser client and answers a manifest id (trusted documents, acceptance 2)", async () => {
    const token = await idp.token(dong, "gongxiang-web");
    const text =
      "{ myDataUsage { pageInfo { hasNextPage } edges { node { callerSub purpose } } } }";
    const fromPage = await postGraphQL(
      t.hub.gateway.url,
      { query: text },
      {
        token,
        headers: { origin: appOrigin },
      },
    );
    expect(fromPage.status).toBe(403);
    expect(codes(fromPage)).toEqual(["FORBIDDEN"]);
    expect(fromPage.data ?? null).toBeNull();
    // The app's token replayed from a script (no Origin) is still held to the manifest.
    const replayed = await postGraphQL(t.hub.gateway.url, { query: text }, { token });
    expect(replayed.status).toBe(403);
    expect(codes(replayed)).toEqual(["FORBIDDEN"]);

    const { id, document } = manifestEntry(
      JSON.parse(await readFile(MANIFEST, "utf8")) as Record<string, string>,
      "MyDataUsage",
    );
    const byId = await postGraphQL<{ myDataUsage: { pageInfo: { hasNextPage: boolean } } }>(
      t.hub.gateway.url,
      {
        variables: { after: null },
        extensions: { persistedQuery: { version: 1, sha256Hash: id } },
      },
      { token, headers: { origin: appOrigin } },
    );
    expect(byId.status).toBe(200);
    expect(byId.errors).toBeUndefined();
    expect(typeof byId.data!.myDataUsage.pageInfo.hasNextPage).toBe("boolean");
    // The manifest's own text is the same document: accepted too.
    const sameText = await postGraphQL(
      t.hub.gateway.url,
      { query: document, variables: { after: null } },
      {
        token,
        headers: { origin: appOrigin },
      },
    );
    expect(sameText.errors).toBeUndefined();
  });

  it("leaves department systems (no browser, no browser app's token) free to send their own documents", async () => {
    const system = await idp.token({
      sub: "system-ca",
      dept: "civil-affairs",
      roles: ["clerk"],
      site: "130926",
    });
    const answer = await postGraphQL<{ serviceItems: { totalCount: number } }>(
      t.hub.gateway.url,
      { query: "{ serviceItems(first: 1) { totalCount } }" },
      { token: system },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.serviceItems.totalCount).toBeGreaterThan(0);
    // The same token from a page is a browser client.
    const fromPage = await postGraphQL(
      t.hub.gateway.url,
      { query: "{ serviceItems(first: 1) { totalCount } }" },
      { token: system, headers: { origin: appOrigin } },
    );
    expect(codes(fromPage)).toEqual(["FORBIDDEN"]);
  });

  it("still refuses other origins", async () => {
    const response = await fetch(t.hub.gateway.url, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(403);
  });
});

describeInBrowser(
  "the production app in Chromium: OIDC sign-in, trusted documents (issue 16)",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser();
    });
    afterAll(() => browser?.close());

    it("signs a resident in through the identity provider (PKCE) and runs on manifest documents alone", async () => {
      const page = browser.page;
      const graphql: string[] = [];
      page.on("request", (request) => {
        if (request.url() === t.hub.gateway.url && request.method() === "POST") {
          graphql.push(request.postData() ?? "");
        }
      });
      idp.signInNextAs(dong);
      await page.goto(new URL("/sign-in", t.hub.web.url).toString());
      await page.getByRole("button", { name: "统一身份认证登录" }).waitFor();
      expect(await page.locator("[data-identity]").count()).toBe(0);
      await checkPage(page, "18-production-sign-in");
      await page.getByRole("button", { name: "统一身份认证登录" }).click();
      await page.waitForURL((url) => url.pathname === "/me");
      await page.locator("table.usage").waitFor();
      await checkPage(page, "19-production-resident");
      expect(graphql.length).toBeGreaterThan(0);
      for (const body of graphql) {
        const sent = JSON.parse(body) as { query?: string; extensions?: unknown };
        expect(sent.query).toBeUndefined();
        expect(sent.extensions).toMatchObject({ persistedQuery: { version: 1 } });
      }
      // The token is in this tab's session storage, never in a cookie.
      expect(await page.context().cookies()).toEqual([]);
    });
  },
);
