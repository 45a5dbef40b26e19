import type { Orm } from "./orm.js";

export interface PgClient {
  query(
    sql: string | { name: string; text: string; values: unknown[] },
    params?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}

/**
 * Lends the pool's raw pg client, for bulk statements whose array parameters must reach
 * PostgreSQL as arrays (the query builder would expand them into lists).
 */
export async function withPgClient<T>(
  orm: Orm,
  work: (client: PgClient) => Promise<T>,
): Promise<T> {
  const pool = orm.orm.em.getKnex().client as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(connection: PgClient): Promise<void>;
  };
  const client = await pool.acquireConnection();
  try {
    return await work(client);
  } finally {
    await pool.releaseConnection(client);
  }
}
