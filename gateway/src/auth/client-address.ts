import { createHmac, randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Who a request with no token comes from, as far as limits need to know: a keyed hash of the
 * client address (never the address itself, which is personal data of the visitor). Behind a
 * load balancer, the address its trusted proxies appended to X-Forwarded-For is used.
 */
export class ClientAddresses {
  private readonly secret: Buffer;

  constructor(
    secret: string | null,
    private readonly trustedProxyHops: number,
  ) {
    // Without a configured secret, keys hold for this process only (limits per replica).
    this.secret = secret ? Buffer.from(secret) : randomBytes(32);
  }

  key(req: IncomingMessage): string {
    return createHmac("sha256", this.secret)
      .update(this.address(req))
      .digest("base64url")
      .slice(0, 22);
  }

  private address(req: IncomingMessage): string {
    if (this.trustedProxyHops > 0) {
      const header = req.headers["x-forwarded-for"];
      const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
        .split(",")
        .map((hop) => hop.trim())
        .filter(Boolean);
      const client = hops[hops.length - this.trustedProxyHops];
      if (client) return client;
    }
    return req.socket.remoteAddress ?? "unknown";
  }
}
