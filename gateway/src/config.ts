import path from "node:path";
import { envPrimitives, parseEnv, z } from "@gongxiang/kit";

const list = z.string().transform((text) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

const schema = z
  .object({
    NODE_ENV: envPrimitives.nodeEnv,
    LOG_LEVEL: envPrimitives.logLevel,
    GATEWAY_PORT: envPrimitives.port(4000),
    SUPERGRAPH_FILE: z.string().default(path.resolve(__dirname, "../../schema/supergraph.graphql")),
    POPULATION_URL: envPrimitives.url.optional(),
    LICENCES_URL: envPrimitives.url.optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).default("gongxiang"),
    AUTH_JWKS_URL: envPrimitives.url.optional(),
    AUTH_JWKS_FILE: z.string().min(1).optional(),
    AUTH_ALGORITHMS: list.default(["EdDSA", "ES256", "RS256"]),
    AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    DEV_ISSUER_JWKS_FILE: z.string().min(1).optional(),
    CALLER_CONTEXT_PRIVATE_JWK: envPrimitives.jwk,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.DEV_ISSUER_JWKS_FILE) {
      ctx.addIssue({
        code: "custom",
        path: ["DEV_ISSUER_JWKS_FILE"],
        message: "the development issuer is never trusted in production",
      });
    }
    if (env.AUTH_ISSUER && !env.AUTH_JWKS_URL && !env.AUTH_JWKS_FILE) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_JWKS_URL"],
        message: "AUTH_ISSUER needs AUTH_JWKS_URL or AUTH_JWKS_FILE",
      });
    }
    if (!env.AUTH_ISSUER && !env.DEV_ISSUER_JWKS_FILE) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_ISSUER"],
        message: "no token issuer is trusted: set AUTH_ISSUER with its JWKS",
      });
    }
    if (env.AUTH_ALGORITHMS.some((alg) => alg.toLowerCase() === "none" || alg.startsWith("HS"))) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_ALGORITHMS"],
        message: "only asymmetric algorithms are allowed",
      });
    }
  });

export interface TrustedIssuer {
  issuer: string;
  jwks: { url: string } | { file: string };
}

export interface GatewayConfig {
  production: boolean;
  logLevel: string;
  port: number;
  supergraphFile: string;
  /** Subgraph URLs overriding those in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  audience: string;
  algorithms: string[];
  clockToleranceSeconds: number;
  issuers: TrustedIssuer[];
  callerContextPrivateJwk: Record<string, unknown>;
}

/** The development issuer's name; trusted only outside production. */
export const DEV_ISSUER = "gongxiang-dev";

/** The gateway's validated configuration; the only reader of its environment. */
export function loadGatewayConfig(
  env: Record<string, string | undefined> = process.env,
): GatewayConfig {
  const parsed = parseEnv(schema, env);
  const issuers: TrustedIssuer[] = [];
  if (parsed.AUTH_ISSUER) {
    issuers.push({
      issuer: parsed.AUTH_ISSUER,
      jwks: parsed.AUTH_JWKS_URL ? { url: parsed.AUTH_JWKS_URL } : { file: parsed.AUTH_JWKS_FILE! },
    });
  }
  if (parsed.DEV_ISSUER_JWKS_FILE) {
    issuers.push({ issuer: DEV_ISSUER, jwks: { file: parsed.DEV_ISSUER_JWKS_FILE } });
  }
  const subgraphUrls: Record<string, string> = {};
  if (parsed.POPULATION_URL) subgraphUrls.population = parsed.POPULATION_URL;
  if (parsed.LICENCES_URL) subgraphUrls.licences = parsed.LICENCES_URL;
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    port: parsed.GATEWAY_PORT,
    supergraphFile: parsed.SUPERGRAPH_FILE,
    subgraphUrls,
    audience: parsed.AUTH_AUDIENCE,
    algorithms: parsed.AUTH_ALGORITHMS,
    clockToleranceSeconds: parsed.AUTH_CLOCK_TOLERANCE_SECONDS,
    issuers,
    callerContextPrivateJwk: parsed.CALLER_CONTEXT_PRIVATE_JWK,
  };
}
