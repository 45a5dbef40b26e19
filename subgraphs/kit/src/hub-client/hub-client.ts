import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { SignJWT, importJWK, type CryptoKey, type JWK } from "jose";
import { HUB_AUDIENCE, type Caller } from "../auth/caller.js";
import { ErrorCode, HubError } from "../errors/errors.js";
import { z } from "../util/env.js";
import { KeepAliveClient } from "../util/keep-alive-client.js";
import { TtlCache } from "../util/ttl-cache.js";

const gatewayErrorSchema = z.object({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  extensions: z.object({ code: z.string().optional() }).loose().optional(),
});
/** A GraphQL answer, validated rather than cast: anything else is a gateway failure. */
const answerSchema = z.object({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z.array(gatewayErrorSchema).optional(),
});

export type GatewayError = z.infer<typeof gatewayErrorSchema>;

export interface GatewayResponse<T> {
  data: T | null;
  errors: GatewayError[];
}

/** Who a service reads as: a department's role, on an official's behalf, for a purpose. */
export type ActingAs = Pick<Caller, "sub" | "dept" | "roles" | "site" | "purpose" | "casePurpose">;

/**
 * A base's own calls to the rest of the hub, through the gateway, with tokens of the base's own
 * issuer (which the gateway trusts): the owners then decide and log every access as for any
 * caller, naming the department, the acting official and the purpose.
 */
export class HubClient {
  private readonly key: Promise<CryptoKey>;
  private readonly tokens = new TtlCache<string>(10_000);
  private readonly client = new KeepAliveClient();
  /** Requests sent and the time spent waiting for the gateway (the benchmark reads it). */
  readonly stats = { requests: 0, milliseconds: 0 };

  constructor(
    private readonly issuer: string,
    private readonly privateJwk: Record<string, unknown>,
    private url: string | null,
  ) {
    this.key = importJWK(privateJwk as JWK, "EdDSA") as Promise<CryptoKey>;
  }

  /** Closes the kept connections to the gateway (the base is stopping). */
  close(): void {
    this.client.close();
  }

  /** Where the gateway is, once it is known (it starts after the subgraphs). */
  connect(url: string): void {
    this.url = url;
  }

  /** A request as `as`; with `as` null, as the public (no token): published data only. */
  async request<T>(
    query: string,
    variables: Record<string, unknown>,
    as: ActingAs | null,
  ): Promise<GatewayResponse<T>> {
    if (!this.url) throw new Error(`${this.issuer} does not know the gateway's URL yet`);
    const started = performance.now();
    const response = await this.client.request(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(as ? { authorization: `Bearer ${await this.token(as)}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      timeoutMs: 10_000,
    });
    const parsed = answerSchema.safeParse(jsonOrNull(response.text));
    this.stats.requests += 1;
    this.stats.milliseconds += performance.now() - started;
    if (!parsed.success) {
      return { data: null, errors: [{ message: `the gateway answered ${response.status}` }] };
    }
    return { data: (parsed.data.data ?? null) as T | null, errors: parsed.data.errors ?? [] };
  }

  private async token(as: ActingAs): Promise<string> {
    const cacheKey = JSON.stringify([
      as.sub,
      as.dept,
      as.roles,
      as.site,
      as.purpose,
      as.casePurpose ?? null,
    ]);
    const cached = this.tokens.get(cacheKey);
    if (cached) return cached;
    const claims: Record<string, unknown> = { roles: as.roles };
    if (as.dept) claims.dept = as.dept;
    if (as.site) claims.site = as.site;
    if (as.purpose) claims.purpose = as.purpose;
    if (as.casePurpose) claims.case_purpose = as.casePurpose;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "EdDSA", kid: this.privateJwk.kid as string | undefined })
      .setIssuer(this.issuer)
      .setAudience(HUB_AUDIENCE)
      .setSubject(as.sub)
      .setIssuedAt()
      .setExpirationTime("120s")
      .sign(await this.key);
    this.tokens.set(cacheKey, token, Date.now() + 60_000);
    return token;
  }
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The error to raise when the gateway refused a request as a whole: our own typed refusals
 * (RATE_LIMITED, FORBIDDEN...) pass through with their code; anything else is internal.
 */
export function gatewayFailure(what: string, errors: GatewayError[]): Error {
  const first = errors[0];
  const code = Object.values(ErrorCode).find((known) => known === first?.extensions?.code);
  const message = `${what}: ${first?.message ?? "no answer from the gateway"}`;
  return code ? new HubError(code, message) : new Error(message);
}

/** The public half of a base's token key, as a JWKS route the gateway can trust it through. */
export function serviceJwksRoute(privateJwk: Record<string, unknown>) {
  const { d: _private, ...publicJwk } = privateJwk;
  const body = JSON.stringify({ keys: [{ ...publicJwk, use: "sig", alg: "EdDSA" }] });
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { "content-type": "application/jwk-set+json" });
    res.end(body);
  };
}
