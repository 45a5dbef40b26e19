import { writeFile } from "node:fs/promises";
import path from "node:path";
import { SignJWT, importJWK, type CryptoKey } from "jose";
import { DEV_ISSUER } from "@gongxiang/gateway";
import { ensureKeyPair } from "./keys.js";

export const AUDIENCE = "gongxiang";

export interface TokenRequest {
  sub: string;
  dept?: string;
  roles: string[];
  site?: string;
  ttlSeconds?: number;
}

/**
 * The development token issuer: an Ed25519 key under the data directory whose JWKS the hub
 * trusts outside production only (the gateway's config refuses it in production).
 */
export async function ensureDevIssuer(dataDir: string): Promise<{ jwksFile: string }> {
  const { publicJwk } = await ensureKeyPair(dataDir, "dev-issuer");
  const jwksFile = path.join(dataDir, "keys", "dev-issuer.jwks.json");
  await writeFile(jwksFile, JSON.stringify({ keys: [{ ...publicJwk, use: "sig" }] }, null, 2));
  return { jwksFile };
}

export async function signDevToken(dataDir: string, request: TokenRequest): Promise<string> {
  const { privateJwk } = await ensureKeyPair(dataDir, "dev-issuer");
  const key = (await importJWK(privateJwk, "EdDSA")) as CryptoKey;
  const claims: Record<string, unknown> = { roles: request.roles };
  if (request.dept) claims.dept = request.dept;
  if (request.site) claims.site = request.site;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "EdDSA", kid: privateJwk.kid })
    .setIssuer(DEV_ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(request.sub)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds ?? 3600}s`)
    .sign(key);
}

/**
 * A base's own token key (the cases base reads for a case, the e-licence base checks holders),
 * and the JWKS file through which the gateway trusts it.
 */
export async function ensureServiceIssuer(
  dataDir: string,
  service: "cases" | "licences",
): Promise<{ privateJwk: Record<string, unknown>; jwksFile: string }> {
  const { privateJwk, publicJwk } = await ensureKeyPair(dataDir, `${service}-service`);
  const jwksFile = path.join(dataDir, "keys", `${service}-service.jwks.json`);
  await writeFile(jwksFile, JSON.stringify({ keys: [{ ...publicJwk, use: "sig" }] }, null, 2));
  return { privateJwk: privateJwk as Record<string, unknown>, jwksFile };
}
