import path from "node:path";
import {
  envPrimitives,
  telemetryConfig,
  telemetryEnv,
  type TelemetryConfig,
  parseEnv,
  z,
} from "@gongxiang/kit";

const schema = z.object({
  NODE_ENV: envPrimitives.nodeEnv,
  LOG_LEVEL: envPrimitives.logLevel,
  ...telemetryEnv,
  CATALOG_PORT: envPrimitives.port(4003),
  CATALOG_DATABASE_URL: envPrimitives.url,
  /** The access log's own database, written by every base; the catalog migrates and reads it. */
  ACCESS_LOG_DATABASE_URL: envPrimitives.url,
  /** 32 bytes, base64: seals the checkpoint signing key at rest and keys the log's MACs. */
  ACCESS_LOG_MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes in base64"),
  /** How often each access-log partition's checkpoint is signed (ms; and at shutdown). */
  ACCESS_LOG_CHECKPOINT_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(3_600_000)
    .default(10_000),
  /** Where every checkpoint is also handed: an absolute file path or an http(s) URL. */
  ACCESS_LOG_WITNESS: z
    .string()
    .refine(
      (value) => /^https?:\/\/./.test(value) || path.isAbsolute(value),
      "must be an absolute file path or an http(s) URL",
    )
    .optional(),
  /** Redis: sharing-rule changes are announced on it (pub/sub). */
  REDIS_URL: envPrimitives.url.optional(),
  CALLER_CONTEXT_PUBLIC_JWK: envPrimitives.jwk,
  /** The bases present it to read the sharing rules (GET /sharing/snapshot). */
  SHARING_SNAPSHOT_TOKEN: envPrimitives.secret,
  /** The composed supergraph that source bindings are validated against. */
  SUPERGRAPH_FILE: z
    .string()
    .min(1)
    .default(path.resolve(__dirname, "../../../schema/supergraph.graphql")),
  /** Public holidays (YYYY-MM-DD, comma-separated) that do not count as working days. */
  HOLIDAYS: envPrimitives.dates,
});

export interface CatalogConfig {
  production: boolean;
  logLevel: string;
  telemetry: TelemetryConfig;
  port: number;
  databaseUrl: string;
  accessLogDatabaseUrl: string;
  accessLogMasterKey: Buffer;
  checkpointIntervalMs: number;
  accessLogWitness: string | null;
  redisUrl: string | null;
  callerContextPublicJwk: Record<string, unknown>;
  sharingSnapshotToken: string;
  supergraphFile: string;
  holidays: string[];
}

/** The catalog service's validated configuration; the only reader of its environment. */
export function loadCatalogConfig(
  env: Record<string, string | undefined> = process.env,
): CatalogConfig {
  const parsed = parseEnv(schema, env);
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    telemetry: telemetryConfig(parsed),
    port: parsed.CATALOG_PORT,
    databaseUrl: parsed.CATALOG_DATABASE_URL,
    accessLogDatabaseUrl: parsed.ACCESS_LOG_DATABASE_URL,
    accessLogMasterKey: Buffer.from(parsed.ACCESS_LOG_MASTER_KEY, "base64"),
    checkpointIntervalMs: parsed.ACCESS_LOG_CHECKPOINT_INTERVAL_MS,
    accessLogWitness: parsed.ACCESS_LOG_WITNESS ?? null,
    redisUrl: parsed.REDIS_URL ?? null,
    callerContextPublicJwk: parsed.CALLER_CONTEXT_PUBLIC_JWK,
    sharingSnapshotToken: parsed.SHARING_SNAPSHOT_TOKEN,
    supergraphFile: parsed.SUPERGRAPH_FILE,
    holidays: parsed.HOLIDAYS,
  };
}
