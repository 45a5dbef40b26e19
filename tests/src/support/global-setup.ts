import path from "node:path";
// Only the PostgreSQL helper: loading entity modules here, outside the tests' sandbox, would
// leave MikroORM's global metadata built from another realm's objects.
import { startEmbeddedPostgres, type PostgresServer } from "@gongxiang/scripts/postgres";

declare global {
  var __embeddedPostgres: PostgresServer | undefined;
}

/**
 * With DATABASE_URL (CI), tests use that server; without it, a real PostgreSQL from the
 * embedded-postgres package under .data/test, on a port of its own.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const dataDir = path.resolve(__dirname, "../../../.data/test");
  // Its own port (54330, beside npm start's 54329); EMBEDDED_POSTGRES_PORT picks another.
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54330);
  const server = await startEmbeddedPostgres(dataDir, port);
  globalThis.__embeddedPostgres = server;
  process.env.DATABASE_URL = server.url;
}
