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

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes in base64");

const schema = z.object({
  NODE_ENV: envPrimitives.nodeEnv,
  LOG_LEVEL: envPrimitives.logLevel,
  ...telemetryEnv,
  CASES_PORT: envPrimitives.port(4004),
  CASES_DATABASE_URL: envPrimitives.url,
  CALLER_CONTEXT_PUBLIC_JWK: envPrimitives.jwk,
  /** A case holds personal data: its reads are decided and logged like any base's. */
  ...enforcementEnv,
  /** The gateway the cases base reads through (as the handling department, for a case). */
  GATEWAY_URL: envPrimitives.url.optional(),
  /** The issuers' public keys (the e-licence base's JWKS): licence seals are checked here. */
  LICENCES_JWKS_URL: envPrimitives.url.optional(),
  /** Signs the cases base's tokens to the gateway; the gateway trusts its public JWK. */
  CASES_SERVICE_PRIVATE_JWK: envPrimitives.jwk,
  /** 32 bytes, base64: encrypts officials' sealing keys and uploaded scans at rest. */
  CASES_MASTER_KEY: base64Key,
  /** Public holidays (YYYY-MM-DD, comma-separated) that are not working days. */
  HOLIDAYS: envPrimitives.dates,
  /** Largest accepted scan, in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1_000).max(50_000_000).default(5_000_000),
  /** Where scans are kept: the cases database, or files under UPLOAD_DIR. */
  UPLOAD_STORE: z.enum(["postgres", "filesystem"]).default("postgres"),
  UPLOAD_DIR: z.string().min(1).optional(),
  /** The population base's screening route: published messages are blanked out through it. */
  SCREENING_URL: envPrimitives.url.optional(),
  SCREENING_TOKEN: envPrimitives.secret.optional(),
  /** 我有话说: working days a department has to answer, and daily caps per writer. */
  MESSAGE_REPLY_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  MESSAGES_PER_ADDRESS_PER_DAY: z.coerce.number().int().min(1).default(3),
  MESSAGES_PER_CITIZEN_PER_DAY: z.coerce.number().int().min(1).default(10),
  ANONYMOUS_MESSAGES_PER_DEPARTMENT_PER_DAY: z.coerce.number().int().min(1).default(200),
  /** 阳光红页: counts under this are not published (they would point at a person). */
  DISCLOSURE_MINIMUM_COUNT: z.coerce.number().int().min(2).max(1_000).default(5),
  /** How often the notification worker looks for work (ms). */
  WORKER_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  /** How notices leave: a delivery log (default), or an HTTP SMS gateway. */
  NOTIFICATION_TRANSPORT: z.enum(["log", "sms-http"]).default("log"),
  /** The SMS gateway's send endpoint (NOTIFICATION_TRANSPORT=sms-http). */
  SMS_GATEWAY_URL: envPrimitives.url.optional(),
  /** Bearer token for the SMS gateway, if it asks for one. */
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  /** The signature (签名) the gateway puts on messages. */
  SMS_SENDER: z.string().min(1).max(20).default("共享政务"),
  SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});

export interface CasesConfig {
  production: boolean;
  logLevel: string;
  telemetry: TelemetryConfig;
  port: number;
  databaseUrl: string;
  callerContextPublicJwk: Record<string, unknown>;
  enforcement: EnforcementConfig;
  gatewayUrl: string | null;
  licencesJwksUrl: string | null;
  servicePrivateJwk: Record<string, unknown>;
  masterKey: Buffer;
  holidays: string[];
  uploadMaxBytes: number;
  uploadStore: { kind: "postgres" } | { kind: "filesystem"; directory: string };
  workerIntervalMs: number;
  screening: { url: string | null; token: string | null };
  disclosureMinimumCount: number;
  messages: {
    replyWorkingDays: number;
    caps: {
      perAddressPerDay: number;
      perCitizenPerDay: number;
      anonymousPerDepartmentPerDay: number;
    };
  };
  notifications:
    | { transport: "log" }
    | {
        transport: "sms-http";
        url: string;
        token: string | null;
        sender: string;
        timeoutMs: number;
      };
}

/** The cases service's validated configuration; the only reader of its environment. */
export function loadCasesConfig(
  env: Record<string, string | undefined> = process.env,
): CasesConfig {
  const parsed = parseEnv(schema, env);
  if (parsed.UPLOAD_STORE === "filesystem" && !parsed.UPLOAD_DIR) {
    throw new Error("invalid configuration:\n  UPLOAD_DIR: needed when UPLOAD_STORE is filesystem");
  }
  if (parsed.NOTIFICATION_TRANSPORT === "sms-http" && !parsed.SMS_GATEWAY_URL) {
    throw new Error(
      "invalid configuration:\n  SMS_GATEWAY_URL: needed when NOTIFICATION_TRANSPORT is sms-http",
    );
  }
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    telemetry: telemetryConfig(parsed),
    port: parsed.CASES_PORT,
    databaseUrl: parsed.CASES_DATABASE_URL,
    callerContextPublicJwk: parsed.CALLER_CONTEXT_PUBLIC_JWK,
    enforcement: enforcementConfig(parsed),
    gatewayUrl: parsed.GATEWAY_URL ?? null,
    licencesJwksUrl: parsed.LICENCES_JWKS_URL ?? null,
    servicePrivateJwk: parsed.CASES_SERVICE_PRIVATE_JWK,
    masterKey: Buffer.from(parsed.CASES_MASTER_KEY, "base64"),
    holidays: parsed.HOLIDAYS,
    uploadMaxBytes: parsed.UPLOAD_MAX_BYTES,
    uploadStore:
      parsed.UPLOAD_STORE === "filesystem"
        ? { kind: "filesystem", directory: parsed.UPLOAD_DIR! }
        : { kind: "postgres" },
    workerIntervalMs: parsed.WORKER_INTERVAL_MS,
    screening: { url: parsed.SCREENING_URL ?? null, token: parsed.SCREENING_TOKEN ?? null },
    disclosureMinimumCount: parsed.DISCLOSURE_MINIMUM_COUNT,
    messages: {
      replyWorkingDays: parsed.MESSAGE_REPLY_WORKING_DAYS,
      caps: {
        perAddressPerDay: parsed.MESSAGES_PER_ADDRESS_PER_DAY,
        perCitizenPerDay: parsed.MESSAGES_PER_CITIZEN_PER_DAY,
        anonymousPerDepartmentPerDay: parsed.ANONYMOUS_MESSAGES_PER_DEPARTMENT_PER_DAY,
      },
    },
    notifications:
      parsed.NOTIFICATION_TRANSPORT === "sms-http"
        ? {
            transport: "sms-http",
            url: parsed.SMS_GATEWAY_URL!,
            token: parsed.SMS_GATEWAY_TOKEN ?? null,
            sender: parsed.SMS_SENDER,
            timeoutMs: parsed.SMS_TIMEOUT_MS,
          }
        : { transport: "log" },
  };
}
