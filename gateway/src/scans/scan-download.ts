import type { IncomingMessage, ServerResponse } from "node:http";

/** Where browsers fetch a case's scan: GET /scans/<caseId>/<material, URL-encoded>. */
export const SCAN_DOWNLOAD_PATH = "/scans/";

const MEDIA_TYPES = new Set(["image/jpeg", "image/png", "application/pdf"]);
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

interface ScanAnswer {
  data?: {
    caseScan: {
      mediaType: string;
      fileName: string;
      contentBase64: string | null;
    } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Serves a scan as a download. The route asks this gateway's own GraphQL endpoint for
 * `caseScan` with the caller's token, so the scan passes every check a query does: the token,
 * rate limits, the case's scope, decryption and the access log. It goes out as an attachment
 * of its checked type, never rendered in the hub's origin: nosniff, no caching, a sandbox.
 */
export function scanDownloadRoute() {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET") {
      res.writeHead(405, { allow: "GET" });
      res.end();
      return;
    }
    const parts = new URL(req.url ?? "/", "http://x").pathname
      .slice(SCAN_DOWNLOAD_PATH.length)
      .split("/");
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      return refuse(res, 400, "BAD_USER_INPUT", "GET /scans/<caseId>/<material>");
    }
    let material: string;
    try {
      material = decodeURIComponent(parts[1]);
    } catch {
      return refuse(res, 400, "BAD_USER_INPUT", "the material is not URL-encoded text");
    }
    // This gateway's own GraphQL endpoint, on the address the request came in on.
    const address = (req.socket.localAddress ?? "127.0.0.1").replace(/^::ffff:/, "");
    const host = address.includes(":") ? `[${address}]` : address;
    const self = `http://${host}:${req.socket.localPort}/graphql`;
    const headers: Record<string, string> = { "content-type": "application/json" };
    for (const name of ["authorization", "x-request-id", "x-purpose"]) {
      const value = req.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const response = await fetch(self, {
      method: "POST",
      headers,
      body: JSON.stringify({
        query: `query Scan($caseId: ID!, $material: String!) { caseScan(caseId: $caseId, material: $material) { mediaType fileName contentBase64 } }`,
        variables: { caseId: parts[0], material },
      }),
    });
    const answer = (await response.json().catch(() => ({}))) as ScanAnswer;
    const error = answer.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
      return refuse(res, STATUS[code] ?? 500, code, error.message);
    }
    const scan = answer.data?.caseScan;
    if (!scan?.contentBase64 || !MEDIA_TYPES.has(scan.mediaType)) {
      return refuse(res, 404, "NOT_FOUND", "no such scan");
    }
    const body = Buffer.from(scan.contentBase64, "base64");
    const fileName = scan.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
    res.writeHead(200, {
      "content-type": scan.mediaType,
      "content-length": String(body.length),
      "content-disposition": `attachment; filename="${fileName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    res.end(body);
  };
}
