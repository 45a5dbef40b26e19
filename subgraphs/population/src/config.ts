import {
  enforcementConfig,
  enforcementEnv,
  envPrimitives,
  telemetryConfig,
  telemetryEnv,
  type TelemetryConfig,
  parseEnv,
  z,
  type EnforcementConfig,
} from "@gongxiang/kit";

const schema = z.object({
  NODE_ENV: envPrimitives.nodeEnv,
  LOG_LEVEL: envPrimitives.logLevel,
  ...telemetryEnv,
  POPULATION_PORT: envPrimitives.port(4001),
  POPULATION_DATABASE_URL: envPrimitives.url,
  CALLER_CONTEXT_PUBLIC_JWK: envPrimitives.jwk,
  ...enforcementEnv,
  /** The secret the hub's own services present to POST /screening; unset: no screening route. */
  SCREENING_TOKEN: envPrimitives.secret.optional(),
});

export interface PopulationConfig {
  production: boolean;
  logLevel: string;
  telemetry: TelemetryConfig;
  port: number;
  databaseUrl: string;
  callerContextPublicJwk: Record<string, unknown>;
  enforcement: EnforcementConfig;
  screeningToken: string | null;
}

/** The population service's validated configuration; the only reader of its environment. */
export function loadPopulationConfig(
  env: Record<string, string | undefined> = process.env,
): PopulationConfig {
  const parsed = parseEnv(schema, env);
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    telemetry: telemetryConfig(parsed),
    port: parsed.POPULATION_PORT,
    databaseUrl: parsed.POPULATION_DATABASE_URL,
    callerContextPublicJwk: parsed.CALLER_CONTEXT_PUBLIC_JWK,
    enforcement: enforcementConfig(parsed),
    screeningToken: parsed.SCREENING_TOKEN ?? null,
  };
}
