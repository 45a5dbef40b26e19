import http from "node:http";
import type { AddressInfo } from "node:net";
import { inRequestScope } from "../telemetry/request-scope.js";
import { KeepAliveClient } from "./keep-alive-client.js";

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
      if (req.url === "/slow") return; // never answers
      if (req.url === "/trickle") {
        // Answers a byte at a time, never finishing: alive, but never done.
        res.writeHead(200);
        const drip = setInterval(() => res.write("."), 50);
        res.on("close", () => clearInterval(drip));
        return;
      }
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

it("posts the body and headers, and answers status, headers and the body", async () => {
  const client = new KeepAliveClient();
  try {
    const response = await client.request(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "r-1" },
      body: JSON.stringify({ query: "{ a }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(response.text)).toEqual({ data: { echo: { query: "{ a }" } } });
    expect(seen.at(-1)).toMatchObject({
      method: "POST",
      headers: { "x-request-id": "r-1" },
      body: '{"query":"{ a }"}',
    });
  } finally {
    client.close();
  }
});

it("carries the id of the request being served, or a new one", async () => {
  const client = new KeepAliveClient();
  try {
    await inRequestScope("served-1", () =>
      client.request(`${url}/graphql`, { method: "POST", body: "{}" }),
    );
    expect(seen.at(-1)!.headers["x-request-id"]).toBe("served-1");
    await client.request(`${url}/graphql`, { method: "POST", body: "{}" });
    expect(seen.at(-1)!.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  } finally {
    client.close();
  }
});

it("keeps one connection for calls one after another", async () => {
  const client = new KeepAliveClient();
  const before = connections;
  try {
    for (let i = 0; i < 5; i++) {
      const response = await client.request(`${url}/graphql`, {
        method: "POST",
        body: `{"i":${i}}`,
      });
      expect(JSON.parse(response.text)).toEqual({ data: { echo: { i } } });
    }
    expect(connections - before).toBe(1);
  } finally {
    client.close();
  }
});

it("hands a non-2xx answer back, and fails when nothing listens or nothing answers in time", async () => {
  const client = new KeepAliveClient();
  try {
    const broken = await client.request(`${url}/broken`, { method: "POST", body: "{}" });
    expect(broken).toMatchObject({ status: 502, text: "upstream gone" });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      client.request(`http://127.0.0.1:${port}/graphql`, { method: "POST", body: "{}" }),
    ).rejects.toThrow();
    await expect(client.request(`${url}/slow`, { timeoutMs: 200 })).rejects.toThrow(
      "no answer in time",
    );
    await expect(client.request(`${url}/trickle`, { timeoutMs: 300 })).rejects.toThrow();
  } finally {
    client.close();
  }
});
