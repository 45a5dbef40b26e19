import { SpanStatusCode, trace, type Attributes } from "@opentelemetry/api";

// Without a registered tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) these spans are no-ops.
const tracer = trace.getTracer("gongxiang");

/** Runs `work` inside a span of its own, a child of the active one; failures mark the span. */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
