import path from "node:path";
import {
  CASES_ISSUER,
  LICENCES_ISSUER,
  envPrimitives,
  telemetryConfig,
  telemetryEnv,
  type TelemetryConfig,
  parseEnv,
  z,
} from "@gongxiang/kit/contracts";
import { DEFAULT_HEAP_GROWING_PERCENT } from "./heap.js";

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
    /** The e-licence base signs tokens to check a holder as the issuing department. */
    LICENCES_ISSUER_JWKS_URL: envPrimitives.url.optional(),
    LICENCES_ISSUER_JWKS_FILE: z.string().min(1).optional(),
    CASES_URL: envPrimitives.url.optional(),
    CALLER_CONTEXT_PRIVATE_JWK: envPrimitives.jwk,
    /** Redis: rate-limit counts shared by every gateway replica. */
    REDIS_URL: envPrimitives.url.optional(),
    /** Namespace of this deployment's keys in a shared Redis. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]{1,40}$/)
      .default("gongxiang"),
    /**
     * How far the old generation may grow past what the last full collection kept, in percent
     * (V8's --heap-growing-percent; see heap.ts for the measurement). 0: V8's own heuristics.
     */
    HEAP_GROWING_PERCENT: z.coerce
      .number()
      .int()
      .min(0)
      .max(400)
      .default(DEFAULT_HEAP_GROWING_PERCENT),
    /** Largest request body (scans for uploads travel base64 encoded in JSON). */
    MAX_BODY_BYTES: z.coerce.number().int().min(10_000).max(100_000_000).default(7_200_000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
    MAX_QUERY_FIELDS: z.coerce.number().int().min(10).max(100_000).default(2_000),
    RATE_LIMIT_PER_CALLER_PER_MINUTE: z.coerce.number().int().min(1).default(1_200),
    RATE_LIMIT_PER_DEPARTMENT_PER_MINUTE: z.coerce.number().int().min(1).default(60_000),
    /** Requests with no token (the public: catalog, disclosed results, 我有话说), per address. */
    RATE_LIMIT_PUBLIC_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    /** Keys the hash of client addresses (never stored as such); unset: per process. */
    CLIENT_ADDRESS_SECRET: envPrimitives.secret.optional(),
    /** How long shared caches may keep a published answer (the catalog, 阳光红页). */
    PUBLIC_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
    /** Proxies in front of the gateway whose X-Forwarded-For entries are trusted (0: none). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** Origins whose pages may call the gateway from a browser (CORS): the web app's. */
    CORS_ALLOWED_ORIGINS: list.default(["http://localhost:4005", "http://127.0.0.1:4005"]),
    /** The persisted-document manifest the web app's codegen exports (id -> document). */
    PERSISTED_DOCUMENTS_FILE: z
      .string()
      .default(path.resolve(__dirname, "../../web/src/graphql/generated/persisted-documents.json")),
    /** Who may run only the manifest's documents; browser clients in production by default. */
    TRUSTED_DOCUMENTS: z.enum(["off", "browser", "all"]).optional(),
    /** OAuth client ids (azp / client_id) of browser apps, whose tokens the manifest binds. */
    BROWSER_CLIENT_IDS: list.default(["gongxiang-web"]),
    /** Largest scan streamed to the upload route (the cases base's UPLOAD_MAX_BYTES). */
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1_000).max(50_000_000).default(5_000_000),
    /** Development only: the development issuer's private key, for the sign-in page's tokens. */
    DEV_TOKEN_PRIVATE_JWK: envPrimitives.jwk.optional(),
    DEV_IDENTITIES_FILE: z.string().default(path.resolve(__dirname, "../../demo/identities.json")),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.DEV_ISSUER_JWKS_FILE) {
      ctx.addIssue({
        code: "custom",
        path: ["DEV_ISSUER_JWKS_FILE"],
        message: "the development issuer is never trusted in production",
      });
    }
    if (env.NODE_ENV === "production" && env.DEV_TOKEN_PRIVATE_JWK) {
      ctx.addIssue({
        code: "custom",
        path: ["DEV_TOKEN_PRIVATE_JWK"],
        message: "the development sign-in does not exist in production",
      });
    }
    if (env.AUTH_ISSUER && !env.AUTH_JWKS_URL && !env.AUTH_JWKS_FILE) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_JWKS_URL"],
        message: "AUTH_ISSUER needs AUTH_JWKS_URL or AUTH_JWKS_FILE",
      });
    }
    // The hub's own issuers carry powers no identity provider has (the cases base vouches for
    // its cases): a provider named like one would be trusted as it.
    if (env.AUTH_ISSUER && [CASES_ISSUER, LICENCES_ISSUER, DEV_ISSUER].includes(env.AUTH_ISSUER)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_ISSUER"],
        message: "AUTH_ISSUER must not be one of the hub's own issuers",
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
  /** The old generation's growth bound for the gateway's own process (heap.ts); 0: none. */
  heapGrowingPercent: number;
  limits: { maxDepth: number; maxAliases: number; maxFields: number; maxBodyBytes: number };
  rateLimits: {
    perCallerPerMinute: number;
    perDepartmentPerMinute: number;
    perPublicAddressPerMinute: number;
  };
  clientAddressSecret: string | null;
  trustedProxyHops: number;
  publicCacheMaxAgeSeconds: number;
  browser: BrowserConfig;
}

/** What the gateway offers browser apps: CORS, persisted documents, uploads, dev sign-in. */
export interface BrowserConfig {
  allowedOrigins: string[];
  documentsFile: string;
  trustedDocuments: "off" | "browser" | "all";
  clientIds: string[];
  uploadMaxBytes: number;
  /** The development sign-in's key and identities; null in production. */
  devSignIn: { privateJwk: Record<string, unknown>; identitiesFile: string } | null;
}

/** The development issuer's name; trusted only outside production. */
export const DEV_ISSUER = "gongxiang-dev";

/** The gateway's validated configuration; the only reader of its environment. */
export function loadGatewayConfig(
  env: Record<string, string | undefined> = process.env,
): GatewayConfig {
  const parsed = parseEnv(schema, env);
  const issuers: TrustedIssuer[] = [];
  const trust = (issuer: string | undefined, url: string | undefined, file: string | undefined) => {
    if (issuer && (url || file)) issuers.push({ issuer, jwks: url ? { url } : { file: file! } });
  };
  trust(parsed.AUTH_ISSUER, parsed.AUTH_JWKS_URL, parsed.AUTH_JWKS_FILE);
  trust(CASES_ISSUER, parsed.CASES_ISSUER_JWKS_URL, parsed.CASES_ISSUER_JWKS_FILE);
  trust(LICENCES_ISSUER, parsed.LICENCES_ISSUER_JWKS_URL, parsed.LICENCES_ISSUER_JWKS_FILE);
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
    heapGrowingPercent: parsed.HEAP_GROWING_PERCENT,
    limits: {
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxAliases: parsed.MAX_QUERY_ALIASES,
      maxFields: parsed.MAX_QUERY_FIELDS,
      maxBodyBytes: parsed.MAX_BODY_BYTES,
    },
    rateLimits: {
      perCallerPerMinute: parsed.RATE_LIMIT_PER_CALLER_PER_MINUTE,
      perDepartmentPerMinute: parsed.RATE_LIMIT_PER_DEPARTMENT_PER_MINUTE,
      perPublicAddressPerMinute: parsed.RATE_LIMIT_PUBLIC_PER_ADDRESS_PER_MINUTE,
    },
    clientAddressSecret: parsed.CLIENT_ADDRESS_SECRET ?? null,
    trustedProxyHops: parsed.TRUSTED_PROXY_HOPS,
    publicCacheMaxAgeSeconds: parsed.PUBLIC_CACHE_MAX_AGE_SECONDS,
    browser: {
      allowedOrigins: parsed.CORS_ALLOWED_ORIGINS,
      documentsFile: parsed.PERSISTED_DOCUMENTS_FILE,
      trustedDocuments:
        parsed.TRUSTED_DOCUMENTS ?? (parsed.NODE_ENV === "production" ? "browser" : "off"),
      clientIds: parsed.BROWSER_CLIENT_IDS,
      uploadMaxBytes: parsed.UPLOAD_MAX_BYTES,
      devSignIn: parsed.DEV_TOKEN_PRIVATE_JWK
        ? { privateJwk: parsed.DEV_TOKEN_PRIVATE_JWK, identitiesFile: parsed.DEV_IDENTITIES_FILE }
        : null,
    },
  };
}

/**
 * @apollo/gateway reports host metrics to Apollo (and probes cloud metadata endpoints) unless
 * this variable says no. A government hub connects to nothing but what it is configured to
 * reach, so the gateway says no itself, before an ApolloGateway is made.
 */
export function disableApolloTelemetry(
  env: Record<string, string | undefined> = process.env,
): void {
  env.APOLLO_TELEMETRY_DISABLED = "true";
}
