import { z } from "zod";

const schema = z.object({
  /** The OTLP/HTTP collector (e.g. http://collector:4318); traces go to its /v1/traces. Unset: no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(["http/protobuf", "http/json"]).default("http/protobuf"),
  /** Headers for the collector, `name=value,name2=value2` (an API key, say). */
  OTEL_EXPORTER_OTLP_HEADERS: z.string().default(""),
  /** The service name traces carry; each entry point has its own default. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** The share of new traces kept (parent-based: a caller's decision is followed). */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
});

export interface TracingConfig {
  endpoint: string | null;
  protocol: "http/protobuf" | "http/json";
  headers: Record<string, string>;
  serviceName: string | null;
  sampleRatio: number;
}

/**
 * The tracing settings: read by each entry point before anything else loads (instrumentation
 * must be in place before pg and http are), so not through the service's own config module.
 */
export function loadTracingConfig(
  env: Record<string, string | undefined> = process.env,
): TracingConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`invalid configuration:\n${problems}`);
  }
  const parsed = result.data;
  const headers: Record<string, string> = {};
  for (const pair of parsed.OTEL_EXPORTER_OTLP_HEADERS.split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) headers[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return {
    endpoint: parsed.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
    protocol: parsed.OTEL_EXPORTER_OTLP_PROTOCOL,
    headers,
    serviceName: parsed.OTEL_SERVICE_NAME ?? null,
    sampleRatio: parsed.OTEL_TRACES_SAMPLER_ARG,
  };
}
