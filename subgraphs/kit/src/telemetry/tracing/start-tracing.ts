import { createRequire } from "node:module";
import { loadTracingConfig, type TracingConfig } from "./config.js";

/**
 * Starts OpenTelemetry tracing for this process when OTEL_EXPORTER_OTLP_ENDPOINT is set, and
 * does nothing otherwise: the SDK is not even loaded (a second of start-up here), and every
 * span call is the API's no-op. Each entry point imports a module calling this before anything
 * else, so that pg and http are instrumented when they load.
 */
export function startTracing(
  service: string,
  config: TracingConfig = loadTracingConfig(),
): boolean {
  const endpoint = config.endpoint;
  if (!endpoint) return false;
  // Loaded synchronously: instrumentation must be in place before the next import.
  const sdk = createRequire(__filename)("./tracing-sdk.js") as typeof import("./tracing-sdk.js");
  sdk.startSdk(service, { ...config, endpoint });
  return true;
}
