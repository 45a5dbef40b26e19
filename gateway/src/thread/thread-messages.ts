/** What the hub hands its gateway thread. */
export interface ThreadData {
  /** The gateway's settings, as loadGatewayConfig reads them. */
  env: Record<string, string | undefined>;
  host?: string;
  /** The service name its spans carry (the hub's, when tracing is configured). */
  tracingService: string;
}

export type ToThread = { kind: "stop" };

export type FromThread =
  | { kind: "ready"; url: string; port: number }
  | { kind: "stopped" }
  | { kind: "failed"; name: string; message: string };
