import { OTLPTraceExporter as JsonTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtobufTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { TracingConfig } from "./config.js";
import { redactSql } from "./redact-sql.js";
import { onTracingStop } from "./tracing-handle.js";

/** Requests nobody wants a trace of. */
const UNTRACED = new Set(["/health", "/ready", "/metrics"]);

/**
 * The OpenTelemetry SDK, loaded only when tracing is on. Spans: incoming and outgoing HTTP
 * (W3C traceparent across services), @apollo/gateway's own (plan, fetch, execute), every SQL
 * statement, and the access-log write. Query strings of GET GraphQL requests are redacted, and
 * so are the values in SQL.
 */
export function startSdk(service: string, config: TracingConfig & { endpoint: string }): void {
  const options = {
    url: new URL(
      "v1/traces",
      config.endpoint.endsWith("/") ? config.endpoint : `${config.endpoint}/`,
    ).href,
    headers: config.headers,
  };
  const exporter =
    config.protocol === "http/json"
      ? new JsonTraceExporter(options)
      : new ProtobufTraceExporter(options);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName ?? service }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1_000 })],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) =>
          UNTRACED.has(new URL(req.url ?? "/", "http://localhost").pathname),
        // GraphQL over GET carries the document and variables in the query string.
        redactedQueryParamsServer: ["query", "variables", "extensions"],
        // Outgoing: the gateway's subgraph fetches (Node's http); the services' other calls are
        // Node's fetch, traced by the undici instrumentation.
      }),
      new UndiciInstrumentation(),
      new PgInstrumentation({
        requireParentSpan: true,
        enhancedDatabaseReporting: false,
        // The ORM writes values (citizen IDs) into its SQL: keep the statement, not the values.
        requestHook: (span, { query }) => span.setAttribute("db.query.text", redactSql(query.text)),
      }),
    ],
  });
  onTracingStop(() => provider.shutdown());
}
