import { SignJWT, jwtVerify, importJWK, type JWK, type CryptoKey } from "jose";
import { callerSchema, type Caller } from "./caller.js";
import { UnauthenticatedError } from "../errors/errors.js";
import { TtlCache } from "../util/ttl-cache.js";

/** Header carrying the gateway-signed caller context on every subgraph fetch. */
export const CALLER_CONTEXT_HEADER = "x-gongxiang-caller";
/** Header carrying one request id from the gateway through every subgraph fetch. */
export const REQUEST_ID_HEADER = "x-request-id";

const ISSUER = "gongxiang-gateway";
/** Each context is signed for the one subgraph it is sent to: captured, it opens no other. */
const audienceOf = (subgraph: string) => `gongxiang-subgraph:${subgraph}`;
const ALG = "EdDSA";
const LIFETIME_SECONDS = 120;
/** A signed context is reused while it has at least this long to live. */
const REUSE_SECONDS = 60;

function cacheKey(caller: Caller, subgraph: string): string {
  return JSON.stringify([
    subgraph,
    caller.sub,
    caller.dept,
    caller.roles,
    caller.site,
    caller.purpose,
    caller.casePurpose ?? null,
  ]);
}

/**
 * Signs caller contexts for subgraph fetches (gateway side). Signatures are reused for the same
 * caller for a minute: signing per fetch would cost more than the fetch's own work.
 */
export class CallerContextSigner {
  private readonly cache = new TtlCache<string>(10_000);

  private constructor(private readonly key: CryptoKey) {}

  static async fromJwk(jwk: JWK): Promise<CallerContextSigner> {
    if (!jwk.d) throw new Error("the caller-context signing key must be a private key");
    return new CallerContextSigner((await importJWK(jwk, ALG)) as CryptoKey);
  }

  /** A context for one subgraph (by its name in the supergraph). */
  async sign(caller: Caller, subgraph: string): Promise<string> {
    const key = cacheKey(caller, subgraph);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      dept: caller.dept,
      roles: caller.roles,
      site: caller.site,
      purpose: caller.purpose,
      ...(caller.casePurpose ? { case_purpose: caller.casePurpose } : {}),
    })
      .setProtectedHeader({ alg: ALG })
      .setIssuer(ISSUER)
      .setAudience(audienceOf(subgraph))
      .setSubject(caller.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(this.key);
    this.cache.set(key, token, (now + LIFETIME_SECONDS - REUSE_SECONDS) * 1000);
    return token;
  }
}

/**
 * Verifies the gateway's signed caller context (subgraph side); nothing else is trusted, and a
 * context signed for another subgraph is refused.
 */
export class CallerContextVerifier {
  private readonly cache = new TtlCache<Caller>(10_000);

  private constructor(
    private readonly key: CryptoKey,
    private readonly subgraph: string,
  ) {}

  static async fromJwk(jwk: JWK, subgraph: string): Promise<CallerContextVerifier> {
    const { d: _private, ...publicJwk } = jwk;
    return new CallerContextVerifier((await importJWK(publicJwk, ALG)) as CryptoKey, subgraph);
  }

  /** A context signed for this subgraph. */
  verify(token: string | undefined): Promise<Caller> {
    return this.verifyFor(token, [this.subgraph]);
  }

  /**
   * A context signed for one of the named subgraphs: the cases base's purpose route answers the
   * bases, which pass on the context the gateway signed for them.
   */
  async verifyFor(token: string | undefined, subgraphs: string[]): Promise<Caller> {
    if (!token) throw new UnauthenticatedError("requests must come through the gateway");
    const key = `${subgraphs.join(",")}|${token}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: subgraphs.map(audienceOf),
        algorithms: [ALG],
        requiredClaims: ["sub", "exp", "iat"],
      }));
    } catch {
      throw new UnauthenticatedError("invalid or expired caller context");
    }
    const parsed = callerSchema.safeParse({
      sub: payload.sub,
      dept: payload.dept,
      roles: payload.roles,
      site: payload.site,
      purpose: payload.purpose,
      casePurpose: payload.case_purpose,
    });
    if (!parsed.success) throw new UnauthenticatedError("malformed caller context");
    this.cache.set(key, parsed.data, (payload.exp ?? 0) * 1000);
    return parsed.data;
  }
}
