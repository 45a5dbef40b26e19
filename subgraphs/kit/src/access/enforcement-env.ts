import { envPrimitives, z } from "../util/env.js";

/**
 * The variables every base that owns personal data reads to enforce sharing; each base's config
 * module spreads them into its schema and maps them with enforcementConfig.
 */
export const enforcementEnv = {
  /** The catalog's sharing rules (GET /sharing/snapshot); unset: only owners and citizens read. */
  SHARING_SNAPSHOT_URL: envPrimitives.url.optional(),
  /** The secret the catalog's snapshot route asks for; needed with SHARING_SNAPSHOT_URL. */
  SHARING_SNAPSHOT_TOKEN: envPrimitives.secret.optional(),
  /** The access log's database: nothing personal is released unless it is recorded there. */
  ACCESS_LOG_DATABASE_URL: envPrimitives.url,
  /** Redis: sharing-rule changes arrive by pub/sub in milliseconds; polling stays the backstop. */
  REDIS_URL: envPrimitives.url.optional(),
  /** Namespace of this deployment's counters in a shared Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .default("gongxiang"),
  /** The cases base, which vouches for `case:<id>` purposes; unset: they count for nothing. */
  CASES_URL: envPrimitives.url.optional(),
  SHARING_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(500),
  /** VERIFY answers (yes/no) about one person per department per hour. */
  VERIFY_PER_SUBJECT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
};

type EnforcementEnv = z.infer<z.ZodObject<typeof enforcementEnv>>;

/** The enforcement settings, named as startSubgraph takes them. */
export interface EnforcementConfig {
  sharingUrl: string | null;
  sharingToken: string | null;
  accessLogUrl: string;
  redisUrl: string | null;
  redisPrefix: string;
  casesUrl: string | null;
  sharingPollMs: number;
  verifyPerSubjectPerHour: number;
}

export function enforcementConfig(parsed: EnforcementEnv): EnforcementConfig {
  if (parsed.SHARING_SNAPSHOT_URL && !parsed.SHARING_SNAPSHOT_TOKEN) {
    throw new Error(
      "invalid configuration:\n  SHARING_SNAPSHOT_TOKEN: needed with SHARING_SNAPSHOT_URL",
    );
  }
  return {
    sharingUrl: parsed.SHARING_SNAPSHOT_URL ?? null,
    sharingToken: parsed.SHARING_SNAPSHOT_TOKEN ?? null,
    accessLogUrl: parsed.ACCESS_LOG_DATABASE_URL,
    redisUrl: parsed.REDIS_URL ?? null,
    redisPrefix: parsed.REDIS_PREFIX,
    casesUrl: parsed.CASES_URL ?? null,
    sharingPollMs: parsed.SHARING_POLL_MS,
    verifyPerSubjectPerHour: parsed.VERIFY_PER_SUBJECT_PER_HOUR,
  };
}
