import type { IncomingMessage, ServerResponse } from "node:http";
import { BadUserInputError, ErrorCode, HubError } from "@gongxiang/kit";
import type { CasesContext } from "../context.js";
import { storeMaterialScan } from "./upload.service.js";

/** The path of a streamed scan: POST /uploads/cases/<caseId>?material=<name>&expectedVersion=<n>. */
export const UPLOAD_ROUTE_PREFIX = "/uploads/cases/";

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** Reads a request body of at most `limit` bytes; null when it is larger (read no further). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  // A refusal may come before the body was read: close rather than reuse the connection.
  if (status !== 200) {
    res.req.resume();
    res.setHeader("connection", "close");
  }
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

function refuse(res: ServerResponse, error: HubError): void {
  send(res, STATUS[error.code] ?? 400, {
    errors: [{ message: error.message, extensions: { code: error.code } }],
  });
}

/**
 * A scan streamed as the request body (a phone camera's several MB, not base64 inside JSON),
 * reaching the cases base through the gateway with the caller context it signed. It is stored
 * by the same function as the uploadMaterial mutation: the same authorization (case:fill over
 * the case), content type by content, size limit, SHA-256, encryption at rest and sealed event.
 * The answer carries no personal data (the case's version and the material's state), so there
 * is no release to log; the client reads the case again through the gateway, logged as ever.
 */
export function uploadRoute(
  contextFor: (req: IncomingMessage) => Promise<CasesContext>,
  maxBytes: number,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method !== "POST") {
        res.setHeader("allow", "POST");
        return send(res, 405, {
          errors: [{ message: "POST a scan", extensions: { code: ErrorCode.BAD_USER_INPUT } }],
        });
      }
      const ctx = await contextFor(req);
      const url = new URL(req.url ?? "/", "http://localhost");
      const caseId = /^\/uploads\/cases\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
      if (!caseId) throw new BadUserInputError("the path names no case", "caseId");
      const material = url.searchParams.get("material") ?? "";
      if (material.length < 1 || material.length > 60 || material.includes("\u0000")) {
        throw new BadUserInputError("material names one of the case's materials", "material");
      }
      const version = url.searchParams.get("expectedVersion") ?? "";
      if (!/^\d{1,9}$/.test(version)) {
        throw new BadUserInputError("expectedVersion is the case's version", "expectedVersion");
      }
      const mediaType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      const declared = Number(req.headers["content-length"] ?? "0");
      const content = declared > maxBytes ? null : await readLimited(req, maxBytes);
      if (content === null) {
        return send(res, 413, {
          errors: [
            {
              message: `a scan is at most ${maxBytes} bytes`,
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            },
          ],
        });
      }
      const row = await storeMaterialScan(ctx.em, ctx.access, ctx.deps, {
        caseId,
        expectedVersion: Number(version),
        material,
        mediaType,
        content,
        argument: "body",
      });
      const stored = row.materials.find((m) => m.name === material)!;
      send(res, 200, {
        caseId: row.id,
        version: row.version,
        status: row.status,
        material: {
          name: stored.name,
          status: stored.status,
          sha256: stored.uploadSha256 ?? null,
          size: content.length,
        },
      });
    } catch (error) {
      if (error instanceof HubError) return refuse(res, error);
      throw error;
    }
  };
}
