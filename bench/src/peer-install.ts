import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The peer gateway lives in a package of its own (bench/peer, with its own lock file), installed
 * on the benchmark's first run: its dependencies ask for Node 22, and the hub's install should
 * neither carry them nor print their engine warnings.
 */
export const PEER_DIR = path.resolve(__dirname, "../peer");

/** Installs the peer from its lock file unless it is there already. */
export function ensurePeerInstalled(): void {
  if (existsSync(path.join(PEER_DIR, "node_modules", "@graphql-hive", "gateway-runtime"))) return;
  process.stderr.write("[bench] installing the peer gateway (bench/peer, first run only)...\n");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: PEER_DIR,
    stdio: ["ignore", 2, 2],
    shell: process.platform === "win32",
  });
  if (result.status !== 0) throw new Error("npm ci in bench/peer failed");
}

/** What the benchmark uses of @graphql-hive/gateway-runtime. */
export interface PeerRuntime {
  createGatewayRuntime(options: {
    supergraph: string;
    logging: boolean;
    propagateHeaders: {
      fromClientToSubgraphs: (request: { subgraphName: string }) => Promise<Record<string, string>>;
    };
  }): (req: unknown, res: unknown) => Promise<unknown>;
}

/** Loads the peer's runtime from bench/peer's own node_modules. */
export function loadPeerRuntime(): PeerRuntime {
  return createRequire(path.join(PEER_DIR, "package.json"))(
    "@graphql-hive/gateway-runtime",
  ) as PeerRuntime;
}
