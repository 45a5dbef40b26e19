import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface CollectedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  /** The resource's service.name. */
  service: string;
  attributes: Record<string, string | number | boolean>;
}

export interface OtlpCollector {
  /** The base URL to give as OTEL_EXPORTER_OTLP_ENDPOINT. */
  url: string;
  spans: CollectedSpan[];
  /** Content types of the exports received (application/json, application/x-protobuf). */
  contentTypes: Set<string>;
  close(): Promise<void>;
}

/**
 * A stand-in OpenTelemetry collector: a plain HTTP server that records what arrives on
 * /v1/traces, decoding OTLP/HTTP in JSON or protobuf (the wire format read by hand below).
 */
export async function startCollector(): Promise<OtlpCollector> {
  const spans: CollectedSpan[] = [];
  const contentTypes = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const type = (req.headers["content-type"] ?? "").split(";")[0]!;
      contentTypes.add(type);
      if (req.url === "/v1/traces") {
        spans.push(...(type === "application/json" ? fromJson(body) : fromProtobuf(body)));
      }
      res.writeHead(200, { "content-type": type || "application/json" });
      res.end(type === "application/json" ? "{}" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    contentTypes,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface JsonValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface JsonKeyValue {
  key: string;
  value: JsonValue;
}

function fromJson(body: Buffer): CollectedSpan[] {
  const request = JSON.parse(body.toString("utf8")) as {
    resourceSpans?: {
      resource?: { attributes?: JsonKeyValue[] };
      scopeSpans?: {
        spans?: {
          traceId: string;
          spanId: string;
          parentSpanId?: string;
          name: string;
          attributes?: JsonKeyValue[];
        }[];
      }[];
    }[];
  };
  const out: CollectedSpan[] = [];
  for (const resourceSpans of request.resourceSpans ?? []) {
    const service = String(jsonAttributes(resourceSpans.resource?.attributes)["service.name"]);
    for (const scope of resourceSpans.scopeSpans ?? []) {
      for (const span of scope.spans ?? []) {
        out.push({
          traceId: span.traceId,
          spanId: span.spanId,
          parentSpanId: span.parentSpanId ?? "",
          name: span.name,
          service,
          attributes: jsonAttributes(span.attributes),
        });
      }
    }
  }
  return out;
}

function jsonAttributes(list: JsonKeyValue[] = []): CollectedSpan["attributes"] {
  const out: CollectedSpan["attributes"] = {};
  for (const { key, value } of list) {
    const v = value.stringValue ?? value.boolValue ?? value.doubleValue ?? value.intValue;
    if (v !== undefined)
      out[key] = typeof v === "string" && value.intValue !== undefined ? Number(v) : v;
  }
  return out;
}

/** One protobuf field: its number, wire type and raw value. */
interface Field {
  no: number;
  wire: number;
  varint: bigint;
  bytes: Buffer;
}

function* fields(buf: Buffer): Generator<Field> {
  let at = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const byte = buf[at++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
    }
  };
  while (at < buf.length) {
    const key = Number(varint());
    const no = key >>> 3;
    const wire = key & 7;
    if (wire === 0) yield { no, wire, varint: varint(), bytes: Buffer.alloc(0) };
    else if (wire === 2) {
      const length = Number(varint());
      yield { no, wire, varint: 0n, bytes: buf.subarray(at, (at += length)) };
    } else if (wire === 1) yield { no, wire, varint: 0n, bytes: buf.subarray(at, (at += 8)) };
    else if (wire === 5) yield { no, wire, varint: 0n, bytes: buf.subarray(at, (at += 4)) };
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
}

/** opentelemetry.proto.common.v1.KeyValue list → attributes. */
function protoAttribute(kv: Buffer): [string, string | number | boolean] {
  let key = "";
  let value: string | number | boolean = "";
  for (const f of fields(kv)) {
    if (f.no === 1) key = f.bytes.toString("utf8");
    if (f.no === 2) {
      for (const v of fields(f.bytes)) {
        if (v.no === 1) value = v.bytes.toString("utf8");
        else if (v.no === 2) value = v.varint !== 0n;
        else if (v.no === 3) value = Number(BigInt.asIntN(64, v.varint));
        else if (v.no === 4) value = v.bytes.readDoubleLE(0);
      }
    }
  }
  return [key, value];
}

/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest → spans. */
function fromProtobuf(body: Buffer): CollectedSpan[] {
  const out: CollectedSpan[] = [];
  for (const resourceSpans of fields(body)) {
    if (resourceSpans.no !== 1) continue;
    let service = "";
    const scopes: Buffer[] = [];
    for (const f of fields(resourceSpans.bytes)) {
      if (f.no === 1) {
        for (const a of fields(f.bytes)) {
          if (a.no !== 1) continue;
          const [key, value] = protoAttribute(a.bytes);
          if (key === "service.name") service = String(value);
        }
      }
      if (f.no === 2) scopes.push(f.bytes);
    }
    for (const scope of scopes) {
      for (const s of fields(scope)) {
        if (s.no !== 2) continue;
        const span: CollectedSpan = {
          traceId: "",
          spanId: "",
          parentSpanId: "",
          name: "",
          service,
          attributes: {},
        };
        for (const f of fields(s.bytes)) {
          if (f.no === 1) span.traceId = f.bytes.toString("hex");
          else if (f.no === 2) span.spanId = f.bytes.toString("hex");
          else if (f.no === 4) span.parentSpanId = f.bytes.toString("hex");
          else if (f.no === 5) span.name = f.bytes.toString("utf8");
          else if (f.no === 9) {
            const [key, value] = protoAttribute(f.bytes);
            span.attributes[key] = value;
          }
        }
        out.push(span);
      }
    }
  }
  return out;
}
