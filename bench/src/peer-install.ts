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

/**
 * The packages the peers load: Hive Gateway's runtime, and Hive Router's runtime (the Rust query
 * planner, a native addon shipped inside @graphql-hive/router-query-planner's tarball for linux
 * and darwin, x64 and arm64: no install script, nothing downloaded at install time).
 */
const PEER_PACKAGES = ["@graphql-hive/gateway-runtime", "@graphql-hive/router-runtime"];

/** Installs the peer from its lock file unless every package it loads is there already. */
export function ensurePeerInstalled(): void {
  const missing = PEER_PACKAGES.filter(
    (name) => !existsSync(path.join(PEER_DIR, "node_modules", ...name.split("/"))),
  );
  if (missing.length === 0) return;
  process.stderr.write(
    `[bench] installing the peer gateways (bench/peer: ${missing.join(", ")} missing)...\n`,
  );
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
    /** Plans and executes on the supergraph; Hive Gateway's JavaScript planner when absent. */
    unifiedGraphHandler?: RouterRuntime["unifiedGraphHandler"];
  }): (req: unknown, res: unknown) => Promise<unknown>;
}

/** What the benchmark uses of @graphql-hive/router-runtime: its handler, given to the above. */
export interface RouterRuntime {
  unifiedGraphHandler: (options: never) => Promise<unknown>;
}

const peerRequire = () => createRequire(path.join(PEER_DIR, "package.json"));

/** Loads the peer's runtime from bench/peer's own node_modules. */
export function loadPeerRuntime(): PeerRuntime {
  return peerRequire()("@graphql-hive/gateway-runtime") as PeerRuntime;
}

/** Loads Hive Router's runtime (the Rust query planner) from bench/peer's own node_modules. */
export function loadRouterRuntime(): RouterRuntime {
  return peerRequire()("@graphql-hive/router-runtime") as RouterRuntime;
}
