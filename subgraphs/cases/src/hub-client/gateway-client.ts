import {
  CASES_ISSUER,
  ErrorCode,
  HUB_AUDIENCE,
  HubError,
  TtlCache,
  type Caller,
} from "@gongxiang/kit";
import { performance } from "node:perf_hooks";
import { SignJWT, importJWK, type CryptoKey, type JWK } from "jose";

export interface GatewayError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface GatewayResponse<T> {
  data: T | null;
  errors: GatewayError[];
}

/** Who the cases base reads as: a department's role, on an official's behalf, for a purpose. */
export type ActingAs = Pick<Caller, "sub" | "dept" | "roles" | "site" | "purpose">;

/**
 * Reads and writes through the gateway with tokens of its own issuer, so the owners decide and
 * log every access as for any caller: the handling department, the acting official, the case.
 */
export class GatewayClient {
  private key: Promise<CryptoKey>;
  private readonly tokens = new TtlCache<string>(10_000);
  /** Requests sent and the time spent waiting for the gateway (the benchmark reads it). */
  readonly stats = { requests: 0, milliseconds: 0 };

  constructor(
    private url: string | null,
    private readonly privateJwk: Record<string, unknown>,
  ) {
    this.key = importJWK(privateJwk as JWK, "EdDSA") as Promise<CryptoKey>;
  }

  /** Where the gateway is, once it is known (it starts after the subgraphs). */
  connect(url: string): void {
    this.url = url;
  }

  async request<T>(
    query: string,
    variables: Record<string, unknown>,
    as: ActingAs,
  ): Promise<GatewayResponse<T>> {
    if (!this.url) throw new Error("the cases base does not know the gateway's URL yet");
    const started = performance.now();
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await this.token(as)}`,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GatewayError[] };
    this.stats.requests += 1;
    this.stats.milliseconds += performance.now() - started;
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  private async token(as: ActingAs): Promise<string> {
    const cacheKey = JSON.stringify([as.sub, as.dept, as.roles, as.site, as.purpose]);
    const cached = this.tokens.get(cacheKey);
    if (cached) return cached;
    const claims: Record<string, unknown> = { roles: as.roles };
    if (as.dept) claims.dept = as.dept;
    if (as.site) claims.site = as.site;
    if (as.purpose) claims.purpose = as.purpose;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "EdDSA", kid: this.privateJwk.kid as string | undefined })
      .setIssuer(CASES_ISSUER)
      .setAudience(HUB_AUDIENCE)
      .setSubject(as.sub)
      .setIssuedAt()
      .setExpirationTime("120s")
      .sign(await this.key);
    this.tokens.set(cacheKey, token, Date.now() + 60_000);
    return token;
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
