import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  dropDatabases,
  loadHubConfig,
  LOOPBACK_ANY_PORT,
  signDevToken,
  startHub,
  type RunningHub,
  type TokenRequest,
} from "@gongxiang/scripts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestHub {
  hub: RunningHub;
  dataDir: string;
  token(request: TokenRequest): Promise<string>;
  /** Sends a GraphQL request to the gateway (or another URL) with optional token and headers. */
  query<T = Record<string, unknown>>(
    query: string,
    options?: {
      token?: string;
      variables?: Record<string, unknown>;
      headers?: Record<string, string>;
      url?: string;
    },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The whole hub as `npm start` runs it, on free ports, against databases of its own on the
 * test PostgreSQL (the real one: DATABASE_URL, or the embedded one from global setup).
 */
export async function startTestHub(
  options: { env?: Record<string, string>; gatewayOnThisThread?: boolean } = {},
): Promise<TestHub> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is set by the global setup");
  const dataDir = await mkdtemp(path.join(tmpdir(), "gongxiang-test-"));
  const config = loadHubConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: serverUrl,
    DATA_DIR: dataDir,
    ...LOOPBACK_ANY_PORT,
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...options.env,
  });
  const prefix = `gx_t_${randomBytes(5).toString("hex")}`;
  const hub = await startHub(config, {
    databasePrefix: prefix,
    gatewayOnThisThread: options.gatewayOnThisThread,
  });
  return {
    hub,
    dataDir,
    token: (request) => signDevToken(dataDir, request),
    async query(query, options = {}) {
      const response = await fetch(options.url ?? hub.gateway.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status">;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async stop() {
      await hub.stop();
      await dropDatabases(serverUrl, Object.values(hub.databases));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The codes of a response's errors. */
export function codes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
