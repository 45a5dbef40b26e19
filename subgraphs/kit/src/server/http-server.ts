import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import type { ServiceMetrics } from "../telemetry/metrics.js";
import { sendMetrics } from "../telemetry/metrics-server.js";
import {
  graphQLOutcome,
  inRequestScope,
  propagateRequestIds,
  REQUEST_ID,
  requestIdFrom,
} from "../telemetry/request-scope.js";
import { notModified } from "./conditional.js";
import { portTaken } from "./setting-error.js";

export interface HttpServerOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  port: number;
  host?: string;
  /** The setting that chose the port (GATEWAY_PORT...): named when the port is taken. */
  portSetting?: string;
  /** The service's name, on its trace spans. */
  service?: string;
  /**
   * Builds the GraphQL context; throwing a HubError refuses the request with its code. The
   * request id is the caller's x-request-id when well formed, else a new one.
   */
  context: (req: IncomingMessage, request: { requestId: string }) => Promise<Ctx>;
  /** Dependencies reachable? Answers GET /ready. */
  ready: () => Promise<boolean>;
  /** Extra routes (e.g. a JWKS) answered before GraphQL. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
  maxBodyBytes?: number;
  /** Counts every GraphQL request, refusals included. */
  metrics?: ServiceMetrics;
  /** Whether GET /metrics answers on this port (see exposeMetrics). */
  metricsOnPort?: boolean;
  /** How long a stop waits for requests in flight before closing their connections (ms). */
  drainMs?: number;
  /**
   * Runs first on every request: true when it answered the request itself (a CORS preflight, a
   * refused origin). Headers it sets stay on whatever answer follows.
   */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server on plain node:http (no framework on the hot path), with /health,
 * /ready, /metrics, a body size limit and graceful shutdown. Every request runs in a request
 * scope: its id goes out on every call it makes to another service, and back in x-request-id.
 */
export async function serveHttp<Ctx extends BaseContext>(
  options: HttpServerOptions<Ctx>,
): Promise<RunningHttpServer> {
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  propagateRequestIds();
  let inFlight = 0;
  let draining = false;
  let drained: () => void = () => {};
  const server = createServer((req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID]);
    res.setHeader(REQUEST_ID, requestId);
    // While stopping, answer what is in flight and let clients reconnect elsewhere.
    if (draining) res.setHeader("connection", "close");
    inFlight++;
    res.once("close", () => {
      if (--inFlight === 0 && draining) drained();
    });
    trace.getActiveSpan()?.setAttributes({
      "gongxiang.request_id": requestId,
      ...(options.service ? { "gongxiang.service": options.service } : {}),
    });
    inRequestScope(requestId, () => handle(req, res, requestId)).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "internal error" }] });
      else res.destroy(error instanceof Error ? error : undefined);
    });
  });
  server.keepAliveTimeout = 65_000;

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string) {
    if (options.intercept?.(req, res)) return;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/ready") {
      const ok = await options.ready().catch(() => false);
      return sendJson(res, ok ? 200 : 503, { status: ok ? "ready" : "unavailable" });
    }
    if (url.pathname === "/metrics" && options.metrics && options.metricsOnPort) {
      return sendMetrics(options.metrics, req, res);
    }
    // Exact paths, or prefixes given with a trailing slash ("/case-purposes/").
    const route =
      options.routes?.[url.pathname] ??
      Object.entries(options.routes ?? {}).find(
        ([path]) => path.endsWith("/") && url.pathname.startsWith(path),
      )?.[1];
    if (route) return route(req, res);
    if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "not found" });

    const started = performance.now();
    const count = (operationName: unknown, code: unknown) =>
      options.metrics?.observeRequest(
        typeof operationName === "string" ? operationName : null,
        code,
        (performance.now() - started) / 1000,
      );
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const raw = await readBody(req, maxBody);
      if (raw === null) {
        count(null, "BAD_REQUEST");
        return sendError(res, 413, "BAD_REQUEST", "request body too large");
      }
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        count(null, "BAD_REQUEST");
        return sendError(res, 400, "BAD_REQUEST", "request body is not valid JSON");
      }
    }
    // A context that refuses the request (no token, rate limited) never reaches the plugins.
    let refusal: unknown;
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () =>
        options.context(req, { requestId }).catch((error: unknown) => {
          refusal = (error as { extensions?: { code?: unknown } }).extensions?.code ?? "INTERNAL";
          throw error;
        }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    // A cacheable answer the client holds already (its ETag): 304 and no body.
    if (
      res.statusCode === 200 &&
      notModified(req.headers["if-none-match"], response.headers.get("etag"))
    ) {
      res.statusCode = 304;
      res.removeHeader("content-type");
      res.removeHeader("content-length");
      res.end();
    } else if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    const noted = graphQLOutcome();
    count(
      noted?.operationName ?? requestedOperation(body, url),
      refusal ?? noted?.errors()?.[0]?.extensions?.code,
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE" && options.portSetting
          ? portTaken(options.port, options.portSetting)
          : error,
      ),
    );
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    close: async () => {
      // Stop accepting, answer what is in flight (bounded), then close what is left.
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, options.drainMs ?? 5_000).unref();
        });
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * The operation a refused request asked for (it never reached the parser): its operationName,
 * else the name of the document's first operation.
 */
function requestedOperation(body: unknown, url: URL): string | null {
  const request = (body ?? {}) as { operationName?: unknown; query?: unknown };
  const named = request.operationName ?? url.searchParams.get("operationName");
  if (typeof named === "string") return named;
  const query = typeof request.query === "string" ? request.query : url.searchParams.get("query");
  return (
    /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query ?? "")?.[1] ?? null
  );
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}
