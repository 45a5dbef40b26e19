import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { WebConfig } from "./config.js";

export interface RunningWebServer {
  /** The app's URL (its origin, with a trailing slash). */
  url: string;
  port: number;
  /** The origins a browser may load the app from (for the gateway's CORS). */
  origins: string[];
  /** Tells the app where the gateway is, once it listens. */
  connect(gatewayUrl: string): void;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

const originOf = (url: string) => new URL(url).origin;

/**
 * Serves the web app's production build: its files (hashed assets cached for a year, the page
 * never), the page for every app path, and /config.json, the settings the app reads at start
 * (where the gateway is, how to sign in). Every answer carries a strict Content-Security-Policy:
 * scripts and styles only from this origin, connections only to the gateway (and the identity
 * provider's token endpoint), no framing. Tokens never live in cookies: this server sets none.
 */
export async function startWebServer(
  config: WebConfig,
  options: { host?: string } = {},
): Promise<RunningWebServer> {
  const root = path.resolve(config.distDir);
  const index = path.join(root, "index.html");
  if (!(await stat(index).catch(() => null))) {
    throw new Error(`the web app is not built: no ${index} (npm run build -w web)`);
  }
  let gatewayUrl = config.gatewayUrl;
  const cache = new Map<string, Asset>();

  async function asset(file: string): Promise<Asset | null> {
    const cached = cache.get(file);
    if (cached) return cached;
    const body = await readFile(file).catch(() => null);
    if (!body) return null;
    const ext = path.extname(file);
    const loaded: Asset = {
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
      type: TYPES[ext] ?? "application/octet-stream",
    };
    cache.set(file, loaded);
    return loaded;
  }

  function securityHeaders(res: ServerResponse): void {
    const connect = ["'self'"];
    if (gatewayUrl) connect.push(originOf(gatewayUrl));
    if (config.oidc) connect.push(originOf(config.oidc.tokenEndpoint));
    res.setHeader(
      "content-security-policy",
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        `connect-src ${connect.join(" ")}`,
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ].join("; "),
    );
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    res.setHeader("x-frame-options", "DENY");
    res.setHeader("permissions-policy", "camera=(self), microphone=(), geolocation=()");
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    found: Asset,
    cacheControl: string,
  ): void {
    const gzip = found.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? found.gzip! : found.body;
    res.writeHead(status, {
      "content-type": found.type,
      "content-length": body.length,
      "cache-control": cacheControl,
      vary: "Accept-Encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
      return;
    }
    if (url.pathname === "/config.json") {
      const body = Buffer.from(
        JSON.stringify({ gatewayUrl, devSignIn: config.devSignIn, oidc: config.oidc }),
      );
      return send(req, res, 200, { body, gzip: null, type: TYPES[".json"]! }, "no-store");
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.join(root, path.normalize(pathname));
    if (file.startsWith(root + path.sep) && path.extname(file) !== "") {
      const found = await asset(file);
      if (found) {
        const immutable = pathname.startsWith("/assets/");
        return send(
          req,
          res,
          200,
          found,
          immutable ? "public, max-age=31536000, immutable" : "no-cache",
        );
      }
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    // Every other path is a page of the app: it routes in the browser.
    send(req, res, 200, (await asset(index))!, "no-cache");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    connect: (url) => {
      gatewayUrl = url;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
