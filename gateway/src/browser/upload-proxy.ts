import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable, Transform } from "node:stream";
import {
  CALLER_CONTEXT_HEADER,
  ErrorCode,
  HubError,
  REQUEST_ID_HEADER,
  type CallerContextSigner,
} from "@gongxiang/kit/contracts";
import type { AccessTokenVerifier } from "../auth/access-token.js";
import type { RateLimiter } from "../limits/rate-limiter.js";

/** Where browsers send scans: POST /uploads/cases/<caseId>?material=<name>&expectedVersion=<n>. */
export const UPLOAD_PATH = "/uploads/cases/";

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** How much of a refused body is still read (and dropped) before the connection is cut. */
const DRAIN_BYTES = 32 * 1024 * 1024;

/**
 * A refusal, maybe before the body was read. The rest of the body is read and dropped, so a
 * client still sending gets to read the refusal: closing at once reset the connection under
 * its writes (EPIPE) before it saw the answer. A body that goes on past DRAIN_BYTES is cut off.
 */
function send(res: ServerResponse, status: number, code: string, message: string): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  const req = res.req;
  req.unpipe();
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) req.socket.destroy();
  });
  req.resume();
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

class TooLarge extends Error {}

/** The caller's request id when well formed (as for GraphQL requests), else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = Array.isArray(incoming) ? incoming[0] : incoming;
  return id && /^[A-Za-z0-9._:-]{1,100}$/.test(id) ? id : randomUUID();
}

/**
 * The upload route of the gateway: a scan streamed as the request body (no base64, no JSON),
 * authenticated and rate-limited like any request, then streamed on to the cases base with a
 * caller context signed for it alone. The cases base decides and stores it exactly as the
 * uploadMaterial mutation would (see subgraphs/cases/src/upload/upload.route.ts). Nothing is
 * buffered here; a body over the limit is cut off with a 413.
 */
export function uploadProxy(options: {
  tokens: AccessTokenVerifier;
  rateLimiter: RateLimiter;
  signer: CallerContextSigner;
  casesUrl: () => string | undefined;
  maxBytes: number;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return send(res, 405, ErrorCode.BAD_USER_INPUT, "POST a scan");
    }
    const casesUrl = options.casesUrl();
    if (!casesUrl) return send(res, 503, "UNAVAILABLE", "the cases base is not configured");
    let seen = 0;
    const seenTooMuch = () => seen > options.maxBytes;
    const tooLarge = () =>
      send(res, 413, ErrorCode.BAD_USER_INPUT, `a scan is at most ${options.maxBytes} bytes`);
    try {
      const auth = req.headers.authorization;
      const identity = await options.tokens.verify(Array.isArray(auth) ? auth[0] : auth);
      await options.rateLimiter.take(identity.sub, identity.dept);
      if (Number(req.headers["content-length"] ?? "0") > options.maxBytes) return tooLarge();
      const caller = {
        sub: identity.sub,
        dept: identity.dept,
        roles: identity.roles,
        site: identity.site,
        purpose: null,
      };
      const counted = req.pipe(
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            seen += chunk.length;
            done(seen > options.maxBytes ? new TooLarge() : null, chunk);
          },
        }),
      );
      const url = new URL(req.url ?? "/", "http://localhost");
      const target = new URL(url.pathname + url.search, casesUrl);
      const contentType = req.headers["content-type"];
      const response = await fetch(target, {
        method: "POST",
        headers: {
          ...(contentType ? { "content-type": contentType } : {}),
          [CALLER_CONTEXT_HEADER]: await options.signer.sign(caller, "cases"),
          [REQUEST_ID_HEADER]: requestIdOf(req),
        },
        body: Readable.toWeb(counted) as ReadableStream,
        duplex: "half",
      } as RequestInit);
      if (seen > options.maxBytes) return tooLarge();
      const text = await response.text();
      res.writeHead(response.status, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(text),
        "cache-control": "no-store",
      });
      res.end(text);
    } catch (error) {
      if (error instanceof HubError) {
        return send(res, STATUS[error.code] ?? 400, error.code, error.message);
      }
      if (error instanceof TooLarge || seenTooMuch()) return tooLarge();
      throw error;
    }
  };
}
