import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";

export interface TestUser {
  sub: string;
  dept?: string;
  roles: string[];
  site?: string;
}

export interface OidcProvider {
  issuer: string;
  jwksUrl: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** Lets a browser app on this origin call the token endpoint, redirecting back to it. */
  allowApp(origin: string): void;
  /** Who the next sign-in authenticates as (the provider's own login is not ours to test). */
  signInNextAs(user: TestUser): void;
  /** A token for a caller of the provider's (a department system, or the web app's client). */
  token(user: TestUser, clientId?: string): Promise<string>;
  close(): Promise<void>;
}

const base64url = (buffer: Buffer) => buffer.toString("base64url");

/**
 * A province's identity provider as the web app and the gateway meet one in production: the
 * OIDC authorization code flow with PKCE for the public client `gongxiang-web` (S256 only,
 * codes used once, redirect URIs registered), access tokens signed with Ed25519 and a JWKS.
 */
export async function startOidcProvider(clientId = "gongxiang-web"): Promise<OidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const kid = "test-oidc-1";
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(publicKey)), kid, alg: "EdDSA", use: "sig" }],
  });
  const origins = new Set<string>();
  const codes = new Map<
    string,
    { challenge: string; redirectUri: string; user: TestUser; used: boolean }
  >();
  let next: TestUser | null = null;
  let issuer = "";

  const sign = (user: TestUser, client: string | null, key: CryptoKey) => {
    const { sub, ...claims } = user;
    return new SignJWT({ ...claims, ...(client ? { azp: client } : {}) })
      .setProtectedHeader({ alg: "EdDSA", kid })
      .setIssuer(issuer)
      .setAudience("gongxiang")
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(key);
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", issuer);
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) res.setHeader("access-control-allow-origin", origin);
    if (url.pathname === "/jwks.json") {
      res.writeHead(200, { "content-type": "application/jwk-set+json" });
      res.end(jwks);
      return;
    }
    if (url.pathname === "/authorize") {
      const p = url.searchParams;
      const redirectUri = p.get("redirect_uri") ?? "";
      const registered = [...origins].some((o) => redirectUri === `${o}/auth/callback`);
      if (
        p.get("response_type") !== "code" ||
        p.get("client_id") !== clientId ||
        !registered ||
        p.get("code_challenge_method") !== "S256" ||
        !p.get("code_challenge") ||
        !next
      ) {
        return json(res, 400, { error: "invalid_request" });
      }
      const code = base64url(randomBytes(24));
      codes.set(code, {
        challenge: p.get("code_challenge")!,
        redirectUri,
        user: next,
        used: false,
      });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", p.get("state") ?? "");
      res.writeHead(302, { location: back.toString() });
      res.end();
      return;
    }
    if (url.pathname === "/token") {
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          "access-control-allow-methods": "POST",
          "access-control-allow-headers": "content-type",
        });
        res.end();
        return;
      }
      let body = "";
      for await (const chunk of req as AsyncIterable<Buffer>) body += chunk.toString();
      const form = new URLSearchParams(body);
      const grant = codes.get(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const challenge = base64url(createHash("sha256").update(verifier).digest());
      if (
        form.get("grant_type") !== "authorization_code" ||
        form.get("client_id") !== clientId ||
        !grant ||
        grant.used ||
        grant.redirectUri !== form.get("redirect_uri") ||
        grant.challenge !== challenge
      ) {
        return json(res, 400, { error: "invalid_grant" });
      }
      grant.used = true;
      return json(res, 200, {
        access_token: await sign(grant.user, clientId, privateKey),
        token_type: "Bearer",
        expires_in: 600,
      });
    }
    json(res, 404, { error: "not_found" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => json(res, 500, { error: "server_error" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks.json`,
    authorizationEndpoint: `${issuer}/authorize`,
    tokenEndpoint: `${issuer}/token`,
    allowApp: (origin) => origins.add(origin),
    signInNextAs: (user) => {
      next = user;
    },
    token: (user, client) => sign(user, client ?? null, privateKey),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
