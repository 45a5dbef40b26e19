import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";

export interface IdentityProvider {
  issuer: string;
  jwksUrl: string;
  token(claims: { sub: string; dept?: string; roles: string[]; site?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * A province's identity provider as the gateway sees one in production (AUTH_ISSUER and
 * AUTH_JWKS_URL): an Ed25519 key whose public half is served as a JWKS over HTTP.
 */
export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  const kid = "test-idp-1";
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(publicKey)), kid, alg: "EdDSA", use: "sig" }],
  });
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/jwk-set+json" });
    res.end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const issuer = "https://idp.province.test";
  return {
    issuer,
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    token: (claims) => sign(privateKey, kid, issuer, claims),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sign(
  key: CryptoKey,
  kid: string,
  issuer: string,
  claims: { sub: string; dept?: string; roles: string[]; site?: string },
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: "EdDSA", kid })
    .setIssuer(issuer)
    .setAudience("gongxiang")
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(key);
}
