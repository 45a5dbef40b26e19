import { readFile } from "node:fs/promises";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import {
  CASES_ISSUER,
  CASE_VOUCH_MS,
  TtlCache,
  UnauthenticatedError,
  callerSchema,
  caseVouchSchema,
  citizenIdProblem,
  departments,
  purposeSchema,
  roles,
  z,
} from "@gongxiang/kit/contracts";
import type { TrustedIssuer } from "../config.js";

/** The claims of an access token (CONTRACT.md), validated rather than cast. */
const claimsSchema = z.object({
  sub: z.string().min(1).max(128),
  dept: z.enum(departments).optional(),
  roles: z.array(z.enum(roles)).min(1),
  site: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/)
    .optional(),
  /** A token bound to one purpose (the cases base's, reading for a case) may serve no other. */
  purpose: purposeSchema.optional(),
  /** The cases base's word that its bound `case:<id>` purpose is its open case (caller.ts). */
  case_purpose: caseVouchSchema.optional(),
  /** The OAuth client the token was issued to (OIDC `azp`, or RFC 9068 `client_id`). */
  azp: z.string().max(200).optional(),
  client_id: z.string().max(200).optional(),
});

export type TokenIdentity = Omit<z.infer<typeof callerSchema>, "purpose"> & {
  boundPurpose: string | null;
  clientId: string | null;
};

interface Verifier {
  issuer: string;
  keys: JWTVerifyGetKey;
}

/**
 * Verifies bearer JWTs against the trusted issuers' JWKS: signature, issuer, audience,
 * algorithm allow-list, expiry with clock tolerance. Verified tokens are cached until expiry.
 */
export class AccessTokenVerifier {
  private readonly cache = new TtlCache<TokenIdentity>(50_000);

  private constructor(
    private readonly verifiers: Map<string, Verifier>,
    private readonly options: {
      audience: string;
      algorithms: string[];
      clockToleranceSeconds: number;
    },
  ) {}

  static async create(
    issuers: TrustedIssuer[],
    options: { audience: string; algorithms: string[]; clockToleranceSeconds: number },
  ): Promise<AccessTokenVerifier> {
    const verifiers = new Map<string, Verifier>();
    for (const trusted of issuers) {
      const keys =
        "url" in trusted.jwks
          ? createRemoteJWKSet(new URL(trusted.jwks.url), { cooldownDuration: 30_000 })
          : createLocalJWKSet(
              JSON.parse(await readFile(trusted.jwks.file, "utf8")) as JSONWebKeySet,
            );
      verifiers.set(trusted.issuer, { issuer: trusted.issuer, keys });
    }
    return new AccessTokenVerifier(verifiers, options);
  }

  async verify(authorization: string | undefined): Promise<TokenIdentity> {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? "");
    if (!match) throw new UnauthenticatedError("send Authorization: Bearer <access token>");
    const token = match[1]!;
    const cached = this.cache.get(token);
    if (cached) return cached;

    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new UnauthenticatedError("the access token is malformed");
    }
    const verifier = issuer ? this.verifiers.get(issuer) : undefined;
    if (!verifier) throw new UnauthenticatedError("the access token's issuer is not trusted");
    let payload;
    try {
      ({ payload } = await jwtVerify(token, verifier.keys, {
        issuer: verifier.issuer,
        audience: this.options.audience,
        algorithms: this.options.algorithms,
        clockTolerance: this.options.clockToleranceSeconds,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      const expired = (error as { code?: string }).code === "ERR_JWT_EXPIRED";
      throw new UnauthenticatedError(
        expired ? "the access token has expired" : "the access token is not valid",
      );
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError("the access token's claims are invalid");
    const { sub, dept, roles: tokenRoles, site, purpose, azp, client_id } = claims.data;
    const vouch = claims.data.case_purpose;
    // Only the cases base vouches, only for the case its token is bound to, as its department,
    // and never for longer than a vouch lasts.
    if (
      vouch &&
      (verifier.issuer !== CASES_ISSUER ||
        purpose !== `case:${vouch.caseId}` ||
        dept !== vouch.department ||
        vouch.until > Date.now() + CASE_VOUCH_MS + this.options.clockToleranceSeconds * 1000)
    ) {
      throw new UnauthenticatedError("the access token's claims are invalid");
    }
    if (!dept && !(tokenRoles.length === 1 && tokenRoles[0] === "citizen")) {
      throw new UnauthenticatedError("a token without a department must be a citizen's");
    }
    if (!dept && citizenIdProblem(sub) !== null) {
      throw new UnauthenticatedError("a citizen token's subject must be a citizen ID number");
    }
    if (dept && tokenRoles.includes("citizen")) {
      throw new UnauthenticatedError("a citizen token carries no department");
    }
    const identity: TokenIdentity = {
      sub,
      dept: dept ?? null,
      roles: tokenRoles,
      site: site ?? null,
      boundPurpose: purpose ?? null,
      clientId: azp ?? client_id ?? null,
      ...(vouch ? { casePurpose: vouch } : {}),
    };
    this.cache.set(token, identity, (payload.exp ?? 0) * 1000);
    return identity;
  }
}
