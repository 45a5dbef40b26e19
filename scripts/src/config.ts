import path from "node:path";
import { envPrimitives, parseEnv, z } from "@gongxiang/kit";

/** Every service on a free port of the loopback interface (tests and the benchmark). */
export const LOOPBACK_ANY_PORT = {
  GATEWAY_PORT: "0",
  POPULATION_PORT: "0",
  LICENCES_PORT: "0",
  CATALOG_PORT: "0",
  CASES_PORT: "0",
  WEB_PORT: "0",
  HOST: "127.0.0.1",
} as const;

/**
 * Rate limits out of the way, for runs whose point is load (the benchmark, fault tests): the
 * cases base reads through the hub's own gateway, and one test caller stands for many clerks.
 */
export const NO_RATE_LIMITS = {
  RATE_LIMIT_PER_CALLER_PER_MINUTE: "1000000000",
  RATE_LIMIT_PER_DEPARTMENT_PER_MINUTE: "1000000000",
} as const;

/** The repository root (scripts/dist/.. /..). */
export const REPO_ROOT = path.resolve(__dirname, "../..");

const schema = z.object({
  NODE_ENV: envPrimitives.nodeEnv,
  LOG_LEVEL: envPrimitives.logLevel,
  DATABASE_URL: envPrimitives.url.optional(),
  REDIS_URL: envPrimitives.url.optional(),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, ".data")),
  EMBEDDED_POSTGRES_PORT: envPrimitives.port(54329),
  GATEWAY_PORT: envPrimitives.port(4000),
  POPULATION_PORT: envPrimitives.port(4001),
  LICENCES_PORT: envPrimitives.port(4002),
  CATALOG_PORT: envPrimitives.port(4003),
  CASES_PORT: envPrimitives.port(4004),
  WEB_PORT: envPrimitives.port(4005),
  HOST: z.string().default("0.0.0.0"),
  /** Where `npm run dev:web` serves the app with hot reload (allowed by CORS outside production). */
  WEB_DEV_PORT: envPrimitives.port(5173),
});

export interface HubConfig {
  production: boolean;
  logLevel: string;
  /** A PostgreSQL server URL; each base gets its own database on it. Embedded when absent. */
  databaseUrl: string | null;
  redisUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  ports: {
    gateway: number;
    population: number;
    licences: number;
    catalog: number;
    cases: number;
    web: number;
  };
  host: string;
  /** The origins of the app's development server (npm run dev:web). */
  webDevOrigins: string[];
  /** The environment as given, for the services' own config modules to validate. */
  env: Record<string, string | undefined>;
}

/** The hub runner's validated configuration; the only reader of its environment. */
export function loadHubConfig(env: Record<string, string | undefined> = process.env): HubConfig {
  const parsed = parseEnv(schema, env);
  return {
    production: parsed.NODE_ENV === "production",
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: parsed.DATABASE_URL ?? null,
    redisUrl: parsed.REDIS_URL ?? null,
    dataDir: parsed.DATA_DIR,
    embeddedPostgresPort: parsed.EMBEDDED_POSTGRES_PORT,
    ports: {
      gateway: parsed.GATEWAY_PORT,
      population: parsed.POPULATION_PORT,
      licences: parsed.LICENCES_PORT,
      catalog: parsed.CATALOG_PORT,
      cases: parsed.CASES_PORT,
      web: parsed.WEB_PORT,
    },
    host: parsed.HOST,
    webDevOrigins: [
      `http://localhost:${parsed.WEB_DEV_PORT}`,
      `http://127.0.0.1:${parsed.WEB_DEV_PORT}`,
    ],
    env: { ...env },
  };
}
