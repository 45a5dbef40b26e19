import type { IncomingHttpHeaders } from "node:http";
import type { Fetcher, FetcherHeaders, FetcherResponse } from "@apollo/utils.fetcher";
import { KeepAliveClient, type PlainResponse } from "@gongxiang/kit/contracts";

/**
 * Subgraph fetches on the hub's kept-alive http client (KeepAliveClient) rather than Node's
 * fetch, whose per-call WHATWG objects led the gateway's own profile (issue 14): Apollo gets
 * the little of a fetch Response it reads, over a body already read whole.
 */
export function keepAliveFetcher(): { fetcher: Fetcher; close(): void } {
  const client = new KeepAliveClient();
  return {
    fetcher: async (url, init = {}) => {
      const answer = await client.request(url, {
        method: init.method ?? "GET",
        headers: init.headers,
        body: init.body,
      });
      return fetcherResponse(url, answer);
    },
    close: () => client.close(),
  };
}

function fetcherResponse(url: string, answer: PlainResponse): FetcherResponse {
  const self: FetcherResponse = {
    bodyUsed: false,
    url,
    redirected: false,
    status: answer.status,
    ok: answer.status >= 200 && answer.status < 300,
    statusText: answer.statusText,
    headers: new ResponseHeaders(answer.headers),
    text: async () => answer.text,
    json: async () => JSON.parse(answer.text) as unknown,
    arrayBuffer: async () => new TextEncoder().encode(answer.text).buffer,
    clone: () => self,
  };
  return self;
}

/** A response's headers, read-only, as Apollo reads them (by name, any case). */
class ResponseHeaders implements FetcherHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) yield [name, this.get(name)!];
  }
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
  append(): void {
    throw new TypeError("a response's headers are read-only");
  }
  delete(): void {
    throw new TypeError("a response's headers are read-only");
  }
  set(): void {
    throw new TypeError("a response's headers are read-only");
  }
}
