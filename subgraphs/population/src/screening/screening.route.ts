import type { IncomingMessage, ServerResponse } from "node:http";
import { BearerSecret, readJsonBody, z, type Orm } from "@gongxiang/kit";
import { screenForPersonalData } from "./personal-data-screen.js";

const request = z.object({ texts: z.array(z.string().max(4_000)).min(1).max(8) });

/**
 * POST /screening: the hub's own services (the cases base, before publishing a message) ask
 * where their texts hold a registered name or address. Internal: a shared bearer secret.
 */
export function screeningRoute(orm: Orm, secret: string) {
  const bearer = new BearerSecret(secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST" || !bearer.presentedBy(req)) {
      res.writeHead(req.method === "POST" ? 401 : 405).end();
      return;
    }
    const body = request.safeParse(await readJsonBody(req, 64_000));
    if (!body.success) {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "texts: 1 to 8 texts of at most 4,000 characters" }));
      return;
    }
    const spans = await screenForPersonalData(orm, body.data.texts);
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ spans }));
  };
}
