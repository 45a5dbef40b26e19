import path from "node:path";
import {
  CASES_ISSUER,
  envPrimitives,
  telemetryConfig,
  telemetryEnv,
  type TelemetryConfig,
  parseEnv,
  z,
} from "@gongxiang/kit";

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
    ...telemetryEnv,
    GATEWAY_PORT: envPrimitives.port(4000),
    SUPERGRAPH_FILE: z.string().default(path.resolve(__dirname, "../../schema/supergraph.graphql")),
    POPULATION_URL: envPrimitives.url.optional(),
    LICENCES_URL: envPrimitives.url.optional(),
    CATALOG_URL: envPrimitives.url.optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).default("gongxiang"),
    AUTH_JWKS_URL: envPrimitives.url.optional(),
    AUTH_JWKS_FILE: z.string().min(1).optional(),
    AUTH_ALGORITHMS: list.default(["EdDSA", "ES256", "RS256"]),
    AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    DEV_ISSUER_JWKS_FILE: z.string().min(1).optional(),
    /** The cases base signs tokens to read for a case as the handling department. */
    CASES_ISSUER_JWKS_URL: envPrimitives.url.optional(),
    CASES_ISSUER_JWKS_FILE: z.string().min(1).optional(),
    CASES_URL: envPrimitives.url.optional(),
    CALLER_CONTEXT_PRIVATE_JWK: envPrimitives.jwk,
    /** Redis: rate-limit counts shared by every gateway replica. */
    REDIS_URL: envPrimitives.url.optional(),
    /** Namespace of this deployment's keys in a shared Redis. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]{1,40}$/)
      .default("gongxiang"),
    /** Largest request body (scans for uploads travel base64 encoded in JSON). */
    MAX_BODY_BYTES: z.coerce.number().int().min(10_000).max(100_000_000).default(7_200_000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
    MAX_QUERY_FIELDS: z.coerce.number().int().min(10).max(100_000).default(2_000),
    RATE_LIMIT_PER_CALLER_PER_MINUTE: z.coerce.number().int().min(1).default(1_200),
    RATE_LIMIT_PER_DEPARTMENT_PER_MINUTE: z.coerce.number().int().min(1).default(60_000),
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
  telemetry: TelemetryConfig;
  port: number;
  supergraphFile: string;
  /** Subgraph URLs overriding those in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  audience: string;
  algorithms: string[];
  clockToleranceSeconds: number;
  issuers: TrustedIssuer[];
  callerContextPrivateJwk: Record<string, unknown>;
  redisUrl: string | null;
  redisPrefix: string;
  limits: { maxDepth: number; maxAliases: number; maxFields: number; maxBodyBytes: number };
  rateLimits: { perCallerPerMinute: number; perDepartmentPerMinute: number };
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
  if (parsed.CASES_ISSUER_JWKS_URL || parsed.CASES_ISSUER_JWKS_FILE) {
    issuers.push({
      issuer: CASES_ISSUER,
      jwks: parsed.CASES_ISSUER_JWKS_URL
        ? { url: parsed.CASES_ISSUER_JWKS_URL }
        : { file: parsed.CASES_ISSUER_JWKS_FILE! },
    });
  }
  if (parsed.DEV_ISSUER_JWKS_FILE) {
    issuers.push({ issuer: DEV_ISSUER, jwks: { file: parsed.DEV_ISSUER_JWKS_FILE } });
  }
  const subgraphUrls: Record<string, string> = {};
  if (parsed.POPULATION_URL) subgraphUrls.population = parsed.POPULATION_URL;
  if (parsed.LICENCES_URL) subgraphUrls.licences = parsed.LICENCES_URL;
  if (parsed.CATALOG_URL) subgraphUrls.catalog = parsed.CATALOG_URL;
  if (parsed.CASES_URL) subgraphUrls.cases = parsed.CASES_URL;
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    telemetry: telemetryConfig(parsed),
    port: parsed.GATEWAY_PORT,
    supergraphFile: parsed.SUPERGRAPH_FILE,
    subgraphUrls,
    audience: parsed.AUTH_AUDIENCE,
    algorithms: parsed.AUTH_ALGORITHMS,
    clockToleranceSeconds: parsed.AUTH_CLOCK_TOLERANCE_SECONDS,
    issuers,
    callerContextPrivateJwk: parsed.CALLER_CONTEXT_PRIVATE_JWK,
    redisUrl: parsed.REDIS_URL ?? null,
    redisPrefix: parsed.REDIS_PREFIX,
    limits: {
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxAliases: parsed.MAX_QUERY_ALIASES,
      maxFields: parsed.MAX_QUERY_FIELDS,
      maxBodyBytes: parsed.MAX_BODY_BYTES,
    },
    rateLimits: {
      perCallerPerMinute: parsed.RATE_LIMIT_PER_CALLER_PER_MINUTE,
      perDepartmentPerMinute: parsed.RATE_LIMIT_PER_DEPARTMENT_PER_MINUTE,
    },
  };
}
