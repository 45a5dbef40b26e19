import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { REQUEST_ID, currentRequestId } from "../telemetry/request-scope.js";

/** An answer read whole: the services' own calls carry small JSON bodies. */
export interface PlainResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface PlainRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The call fails if it has not been answered in full within this long. */
  timeoutMs?: number;
}

/**
 * An idle kept connection is closed after this, before the services close theirs (65 s), so
 * a call is not sent on a connection the other side is closing.
 */
const IDLE_MS = 60_000;
/** A call without a deadline of its own fails after this long without a byte (as Node's fetch). */
const SILENCE_MS = 300_000;

/**
 * Calls between the hub's own services (the gateway's subgraph fetches, a base's reads through
 * the gateway, the case-purpose check) on Node's http client with kept-alive connections.
 * Node's fetch (undici) builds WHATWG Request, Headers and a body stream for every call, and
 * its machinery led the gateway's profile and a tenth of the subgraphs' under intake load
 * (issue 14). Each call carries the request id being served (or a new one).
 */
export class KeepAliveClient {
  private readonly agents = {
    "http:": new http.Agent({ keepAlive: true, scheduling: "lifo", timeout: IDLE_MS }),
    "https:": new https.Agent({ keepAlive: true, scheduling: "lifo", timeout: IDLE_MS }),
  };

  request(to: string | URL, init: PlainRequest = {}): Promise<PlainResponse> {
    const url = typeof to === "string" ? new URL(to) : to;
    const secure = url.protocol === "https:";
    const headers = { ...init.headers };
    if (!Object.keys(headers).some((name) => name.toLowerCase() === REQUEST_ID)) {
      headers[REQUEST_ID] = currentRequestId() ?? randomUUID();
    }
    return new Promise((resolve, reject) => {
      const request = (secure ? https : http).request(
        url,
        {
          method: init.method ?? "GET",
          headers,
          agent: secure ? this.agents["https:"] : this.agents["http:"],
          timeout: SILENCE_MS,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => {
            clearTimeout(deadline);
            resolve({
              status: response.statusCode ?? 0,
              statusText: response.statusMessage ?? "",
              headers: response.headers,
              text: Buffer.concat(chunks).toString("utf8"),
            });
          });
        },
      );
      const deadline =
        init.timeoutMs === undefined
          ? undefined
          : setTimeout(() => request.destroy(new Error("no answer in time")), init.timeoutMs);
      request.on("timeout", () => request.destroy(new Error("no answer in time")));
      request.on("error", (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      request.end(init.body);
    });
  }

  /** Closes the kept connections (on stop). */
  close(): void {
    this.agents["http:"].destroy();
    this.agents["https:"].destroy();
  }
}
