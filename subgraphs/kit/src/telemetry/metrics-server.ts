import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { portTaken } from "../server/setting-error.js";
import type { ServiceMetrics } from "./metrics.js";

/** Answers GET /metrics with the service's metrics in Prometheus' text format. */
export async function sendMetrics(
  metrics: ServiceMetrics,
  _req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { contentType, body } = await metrics.text();
  res.writeHead(200, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

export interface MetricsEndpoint {
  /** Whether the service's own port answers /metrics. */
  onServicePort: boolean;
  /** The metrics port, when /metrics has one of its own. */
  port: number | null;
  close(): Promise<void>;
}

/**
 * Where /metrics answers: on METRICS_PORT when it is set (the internal network's scrape port,
 * never published), else on the service's own port outside production, and nowhere in
 * production, where the service's port is the public one.
 */
export async function exposeMetrics(options: {
  metrics: ServiceMetrics;
  production: boolean;
  metricsPort: number | null;
  host?: string;
}): Promise<MetricsEndpoint> {
  const metricsPort = options.metricsPort;
  if (metricsPort === null) {
    return { onServicePort: !options.production, port: null, close: () => Promise.resolve() };
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    sendMetrics(options.metrics, req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? portTaken(metricsPort, "METRICS_PORT") : error),
    );
    server.listen(metricsPort, options.host ?? "0.0.0.0", () => resolve());
  });
  return {
    onServicePort: false,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
