import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { SignJWT, importJWK, type CryptoKey, type JWK } from "jose";
import { departments, roles, z } from "@gongxiang/kit/contracts";
import { DEV_ISSUER } from "../config.js";

/** A demo identity the development sign-in page offers (demo/identities.json). */
const identitySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  sub: z.string().min(1).max(128),
  dept: z.enum(departments).optional(),
  roles: z.array(z.enum(roles)).min(1),
  site: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/)
    .optional(),
  name: z.string().min(1).max(80),
  nameEn: z.string().min(1).max(120),
});
export type DemoIdentity = z.infer<typeof identitySchema>;

const TTL_SECONDS = 8 * 3600;

function send(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

async function readSmallJson(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req as AsyncIterable<Buffer>) {
    text += chunk.toString("utf8");
    if (text.length > 1_000) return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The development sign-in: GET /dev/identities lists the demo identities, POST /dev/token
 * {"id"} mints one's token with the development issuer's key, as `npm run token` does. The
 * routes exist only when the gateway is given that key, which its config refuses in production
 * (where the issuer is not trusted either). Tokens name the web app as their client (`azp`), so
 * trusted documents hold them to the manifest.
 */
export async function devTokenRoutes(options: {
  privateJwk: Record<string, unknown>;
  identitiesFile: string;
  audience: string;
  clientId: string;
}) {
  const identities = z
    .array(identitySchema)
    .parse(JSON.parse(await readFile(options.identitiesFile, "utf8")));
  const byId = new Map(identities.map((identity) => [identity.id, identity]));
  const jwk = options.privateJwk as JWK;
  const key = (await importJWK(jwk, "EdDSA")) as CryptoKey;
  return {
    "/dev/identities": (req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== "GET") return send(res, 405, { error: "GET the identities" });
      send(res, 200, { identities });
    },
    "/dev/token": async (req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== "POST") return send(res, 405, { error: "POST {id}" });
      const body = (await readSmallJson(req)) as { id?: unknown } | null;
      const identity = typeof body?.id === "string" ? byId.get(body.id) : undefined;
      if (!identity) {
        return send(res, 400, {
          errors: [{ message: "no such demo identity", extensions: { code: "BAD_USER_INPUT" } }],
        });
      }
      const claims: Record<string, unknown> = { roles: identity.roles, azp: options.clientId };
      if (identity.dept) claims.dept = identity.dept;
      if (identity.site) claims.site = identity.site;
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: "EdDSA", kid: jwk.kid })
        .setIssuer(DEV_ISSUER)
        .setAudience(options.audience)
        .setSubject(identity.sub)
        .setIssuedAt()
        .setExpirationTime(`${TTL_SECONDS}s`)
        .sign(key);
      send(res, 200, { token, expiresIn: TTL_SECONDS });
    },
  };
}
