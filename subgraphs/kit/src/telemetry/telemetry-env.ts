import { z } from "../util/env.js";

/**
 * Where a service answers GET /metrics; each service's config module spreads this into its
 * schema and maps it with telemetryConfig.
 */
export const telemetryEnv = {
  /**
   * A port of its own for /metrics (scraped on the internal network, never published). Unset:
   * /metrics answers on the service's port outside production and nowhere in production.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
};

type TelemetryEnv = z.infer<z.ZodObject<typeof telemetryEnv>>;

export interface TelemetryConfig {
  metricsPort: number | null;
}

export function telemetryConfig(parsed: TelemetryEnv): TelemetryConfig {
  return { metricsPort: parsed.METRICS_PORT ?? null };
}
