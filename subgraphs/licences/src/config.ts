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
  LICENCES_PORT: envPrimitives.port(4002),
  LICENCES_DATABASE_URL: envPrimitives.url,
  CALLER_CONTEXT_PUBLIC_JWK: envPrimitives.jwk,
  ...enforcementEnv,
  /** The gateway the base checks holders through (as the issuing department). */
  GATEWAY_URL: envPrimitives.url.optional(),
  /** Signs the base's own tokens to the gateway; the gateway trusts its public JWK. */
  LICENCES_SERVICE_PRIVATE_JWK: envPrimitives.jwk,
  /** 32 bytes, base64: encrypts the departments' sealing keys at rest. */
  LICENCE_SEAL_MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes in base64"),
});

export interface LicencesConfig {
  production: boolean;
  logLevel: string;
  telemetry: TelemetryConfig;
  port: number;
  databaseUrl: string;
  callerContextPublicJwk: Record<string, unknown>;
  enforcement: EnforcementConfig;
  gatewayUrl: string | null;
  servicePrivateJwk: Record<string, unknown>;
  sealMasterKey: Buffer;
}

/** The e-licence service's validated configuration; the only reader of its environment. */
export function loadLicencesConfig(
  env: Record<string, string | undefined> = process.env,
): LicencesConfig {
  const parsed = parseEnv(schema, env);
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    telemetry: telemetryConfig(parsed),
    port: parsed.LICENCES_PORT,
    databaseUrl: parsed.LICENCES_DATABASE_URL,
    callerContextPublicJwk: parsed.CALLER_CONTEXT_PUBLIC_JWK,
    enforcement: enforcementConfig(parsed),
    gatewayUrl: parsed.GATEWAY_URL ?? null,
    servicePrivateJwk: parsed.LICENCES_SERVICE_PRIVATE_JWK,
    sealMasterKey: Buffer.from(parsed.LICENCE_SEAL_MASTER_KEY, "base64"),
  };
}
