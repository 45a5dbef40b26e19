import type { IncomingMessage, ServerResponse } from "node:http";
import {
  TtlCache,
  parseAccessLogPartition,
  publicCheckpoint,
  type LogAuthority,
} from "@gongxiang/kit";

export const CHECKPOINTS_PATH = "/.well-known/access-log/checkpoints";
export const JWKS_PATH = "/.well-known/access-log/jwks.json";

function send(res: ServerResponse, status: number, body: unknown, maxAge = 0): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": maxAge ? `public, max-age=${maxAge}` : "no-store",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const refuse = (res: ServerResponse, message: string) =>
  send(res, 400, { error: { code: "BAD_USER_INPUT", message } });

/**
 * GET /.well-known/access-log/checkpoints: public, no token. Every partition's latest signed
 * checkpoint, and the history newest first (`?partition=<base>/<YYYY-MM>&limit=&before=<id>`,
 * `next` continues it).
 */
export function checkpointsRoute(authority: LogAuthority) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET") return send(res, 405, { error: { code: "METHOD_NOT_ALLOWED" } });
    const query = new URL(req.url ?? "/", "http://x").searchParams;
    const partitionParam = query.get("partition");
    const partition = partitionParam === null ? null : parseAccessLogPartition(partitionParam);
    if (partitionParam !== null && !partition) {
      return refuse(res, "partition must be <base>/<YYYY-MM>");
    }
    const limitParam = query.get("limit") ?? "50";
    const limit = /^\d{1,3}$/.test(limitParam) ? Number(limitParam) : NaN;
    if (!(limit >= 1 && limit <= 100)) return refuse(res, "limit must be between 1 and 100");
    const before = query.get("before");
    if (before !== null && !/^[1-9]\d{0,17}$/.test(before)) {
      return refuse(res, "before must be a checkpoint id");
    }
    const [latest, page] = await Promise.all([
      authority.checkpoints({ partition, latestOnly: true, limit: 1000, beforeId: null }),
      authority.checkpoints({ partition, latestOnly: false, limit: limit + 1, beforeId: before }),
    ]);
    const history = page.slice(0, limit);
    send(
      res,
      200,
      {
        jwks: JWKS_PATH,
        latest: latest.map(publicCheckpoint),
        checkpoints: history.map(publicCheckpoint),
        next: page.length > limit ? history.at(-1)!.id : null,
      },
      5,
    );
  };
}

/**
 * GET /.well-known/access-log/jwks.json: the checkpoint signing keys (old ones too). Public and
 * rarely changing: read from the database at most every few seconds however often it is asked.
 */
export function checkpointJwksRoute(authority: LogAuthority) {
  const cache = new TtlCache<Promise<unknown>>(1);
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let jwks = cache.get("jwks");
    if (!jwks) {
      jwks = authority.keys.jwks();
      cache.set("jwks", jwks, Date.now() + 5_000);
      jwks.catch(() => cache.clear());
    }
    send(res, 200, await jwks, 60);
  };
}
