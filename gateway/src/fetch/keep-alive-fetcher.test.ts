import http from "node:http";
import type { AddressInfo } from "node:net";
import { keepAliveFetcher } from "./keep-alive-fetcher.js";

let server: http.Server;
let url: string;
let connections = 0;
const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method, headers: req.headers, body });
      if (req.url === "/broken") {
        res.writeHead(502, { "content-type": "text/plain" }).end("upstream gone");
        return;
      }
      res
        .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
        .end(JSON.stringify({ data: { echo: JSON.parse(body) as unknown } }));
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

it("posts the body and headers, and answers status, headers by any case and the JSON body", async () => {
  const { fetcher, close } = keepAliveFetcher();
  try {
    const response = await fetcher(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "r-1" },
      body: JSON.stringify({ query: "{ a }" }),
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.has("x-missing")).toBe(false);
    expect(await response.json()).toEqual({ data: { echo: { query: "{ a }" } } });
    expect(seen.at(-1)).toMatchObject({
      method: "POST",
      headers: { "x-request-id": "r-1" },
      body: '{"query":"{ a }"}',
    });
  } finally {
    close();
  }
});
