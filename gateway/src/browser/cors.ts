import type { IncomingMessage, ServerResponse } from "node:http";

/** Request headers a browser page may send (what the web app and the upload route use). */
const ALLOWED_HEADERS = "authorization, content-type, x-purpose, x-request-id";
const ALLOWED_METHODS = "GET, POST, OPTIONS";

/** The origin a request for this host would have if it came from the gateway's own pages. */
function sameOrigin(req: IncomingMessage, origin: string): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * CORS for browser pages on other origins (the web app's): a request with an Origin header is
 * answered only when that origin is configured (or is the gateway's own). Allowed origins get
 * their own origin back, never `*`, and never `Access-Control-Allow-Credentials`: the hub takes
 * bearer tokens, not cookies, so a page gets nothing a user's browser holds for us. Any other
 * origin is refused outright (403), preflight or not, so a foreign page cannot even make the
 * request. Requests without an Origin (servers, curl) are not a browser's and pass.
 */
export function corsIntercept(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin === undefined) return false;
    res.setHeader("vary", "Origin");
    if (!allowed.has(origin) && !sameOrigin(req, origin)) {
      const text = JSON.stringify({
        errors: [
          { message: "this origin may not call the hub", extensions: { code: "FORBIDDEN" } },
        ],
      });
      res.writeHead(403, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(text),
      });
      res.end(text);
      return true;
    }
    res.setHeader("access-control-allow-origin", origin);
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": ALLOWED_METHODS,
        "access-control-allow-headers": ALLOWED_HEADERS,
        "access-control-max-age": "600",
        "content-length": "0",
      });
      res.end();
      return true;
    }
    res.setHeader("access-control-expose-headers", "x-request-id, retry-after");
    return false;
  };
}
