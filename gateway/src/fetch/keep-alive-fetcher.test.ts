import http from "node:http";
import type { AddressInfo } from "node:net";
import { keepAliveFetcher } from "./keep-alive-fetcher.js";

// The client underneath is tested in the kit (keep-alive-client.test.ts); this is what Apollo reads.
it("answers status, ok, headers by any case and the body as JSON or text", async () => {
  const server = http.createServer((req, res) => {
    const status = req.url === "/broken" ? 502 : 200;
    res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ data: { path: req.url } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { fetcher, close } = keepAliveFetcher();
  try {
    const ok = await fetcher(`${base}/graphql`, { method: "POST", body: "{}" });
    expect([ok.status, ok.ok, ok.url]).toEqual([200, true, `${base}/graphql`]);
    expect(ok.headers.get("content-type")).toBe("application/json");
    expect(ok.headers.get("CACHE-CONTROL")).toBe("no-store");
    expect(ok.headers.has("x-missing")).toBe(false);
    expect(await ok.json()).toEqual({ data: { path: "/graphql" } });
    const broken = await fetcher(`${base}/broken`, { method: "POST", body: "{}" });
    expect([broken.status, broken.ok]).toEqual([502, false]);
    expect(await broken.text()).toBe('{"data":{"path":"/broken"}}');
    expect(() => broken.headers.set("x", "y")).toThrow(TypeError);
  } finally {
    close();
    await new Promise((resolve) => server.close(resolve));
  }
});
