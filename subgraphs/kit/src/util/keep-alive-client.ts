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
  /** No byte from the other side for this long fails the call. */
  timeoutMs?: number;
}

/**
 * Longer than any answer inside the hub should take, shorter than the services' keep-alive
 * (65 s), so an idle connection is closed here before the other side closes it under a request.
 */
const IDLE_MS = 60_000;

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
          timeout: init.timeoutMs ?? IDLE_MS,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              statusText: response.statusMessage ?? "",
              headers: response.headers,
              text: Buffer.concat(chunks).toString("utf8"),
            }),
          );
        },
      );
      request.on("timeout", () => request.destroy(new Error("no answer in time")));
      request.on("error", reject);
      request.end(init.body);
    });
  }

  /** Closes the kept connections (on stop). */
  close(): void {
    this.agents["http:"].destroy();
    this.agents["https:"].destroy();
  }
}
