import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

export interface HttpServerOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  port: number;
  host?: string;
  /** Builds the GraphQL context; throwing a HubError refuses the request with its code. */
  context: (req: IncomingMessage) => Promise<Ctx>;
  /** Dependencies reachable? Answers GET /ready. */
  ready: () => Promise<boolean>;
  /** Extra routes (e.g. a JWKS) answered before GraphQL. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
  maxBodyBytes?: number;
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
 * /ready, a body size limit and graceful shutdown.
 */
export async function serveHttp<Ctx extends BaseContext>(
  options: HttpServerOptions<Ctx>,
): Promise<RunningHttpServer> {
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "internal error" }] });
      else res.destroy(error instanceof Error ? error : undefined);
    });
  });
  server.keepAliveTimeout = 65_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.intercept?.(req, res)) return;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/ready") {
      const ok = await options.ready().catch(() => false);
      return sendJson(res, ok ? 200 : 503, { status: ok ? "ready" : "unavailable" });
    }
    // Exact paths, or prefixes given with a trailing slash ("/case-purposes/").
    const route =
      options.routes?.[url.pathname] ??
      Object.entries(options.routes ?? {}).find(
        ([path]) => path.endsWith("/") && url.pathname.startsWith(path),
      )?.[1];
    if (route) return route(req, res);
    if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "not found" });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const raw = await readBody(req, maxBody);
      if (raw === null) return sendError(res, 413, "BAD_REQUEST", "request body too large");
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return sendError(res, 400, "BAD_REQUEST", "request body is not valid JSON");
      }
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      }),
  };
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
