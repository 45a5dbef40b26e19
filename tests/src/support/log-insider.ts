import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import {
  Frontier,
  accessLogEntryFromRow,
  accessLogLeafText,
  accessLogPeriodDate,
  leafHash,
  type LogEntry,
} from "@gongxiang/kit";
import { REPO_ROOT } from "@gongxiang/scripts";
import type { TestHub } from "./test-hub.js";

/**
 * What an insider with the access log database's owner rights can do, as plain SQL: past the
 * append-only triggers (session_replication_role), rewriting rows and recomputing hashes with
 * the published algorithm. What they do not have is the log's master key (MACs, signatures).
 */
export function logInsider(t: TestHub) {
  const connection = () => t.hub.subgraphs.catalog.deps.accessLog.orm.em.getConnection();
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    connection().execute(query, params) as Promise<T[]>;
  const asOwner = (statements: string) =>
    connection().execute(`set session_replication_role = replica;
      ${statements};
      set session_replication_role = origin;`);

  return {
    sql,
    asOwner,

    /** A partition's entries as stored, in leaf order. */
    async entries(base: string, month: string): Promise<LogEntry[]> {
      const rows = await sql(
        `select base, to_char(period, 'YYYY-MM') as month, seq::text as seq,
           to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, request_id, salt,
           caller_sub, caller_dept, caller_roles, caller_site, purpose, case_number, item_code,
           subject, items
           from access_log where base = ? and period = ?::date order by access_log.seq`,
        [base, accessLogPeriodDate(month)],
      );
      return rows.map(accessLogEntryFromRow);
    },

    /** Keeps a copy of a partition's entries and nodes, to put back after a tamper. */
    async backup(base: string): Promise<() => Promise<void>> {
      const name = `insider_${base.replace(/\W/g, "_")}`;
      await sql(`drop table if exists ${name}_log, ${name}_node`);
      await sql(`create table ${name}_log as select * from access_log where base = '${base}'`);
      await sql(
        `create table ${name}_node as select * from access_log_node where base = '${base}'`,
      );
      // Puts back what was there; entries appended since stay.
      return async () => {
        await asOwner(`delete from access_log a using ${name}_log b
            where a.base = b.base and a.period = b.period and a.seq = b.seq;
          insert into access_log select * from ${name}_log;
          delete from access_log_node a using ${name}_node b where a.base = b.base
            and a.period = b.period and a.level = b.level and a.idx = b.idx;
          insert into access_log_node select * from ${name}_node`);
      };
    },

    /**
     * Recomputes every leaf hash and tree node of a partition from its (rewritten) entries and
     * writes them over the stored ones, as someone covering their tracks would; the MACs they
     * cannot compute stay as they were.
     */
    async recomputeTree(base: string, month: string): Promise<void> {
      const entries = await this.entries(base, month);
      const frontier = Frontier.empty();
      const nodes: { level: number; index: number; hash: Buffer }[] = [];
      for (const entry of entries) {
        const hash = leafHash(Buffer.from(accessLogLeafText(entry), "utf8"));
        nodes.push({ level: 0, index: entry.seq, hash });
        nodes.push(...frontier.append(hash));
      }
      const period = accessLogPeriodDate(month);
      const values = nodes
        .map(
          (n) =>
            `('${base}', '${period}'::date, ${n.level}, ${n.index}, '\\x${n.hash.toString("hex")}'::bytea)`,
        )
        .join(",");
      await asOwner(`create temporary table recomputed (base varchar(20), period date, level smallint,
          idx bigint, hash bytea) on commit drop;
        insert into recomputed values ${values};
        update access_log_node n set hash = r.hash from recomputed r
          where n.base = r.base and n.period = r.period and n.level = r.level and n.idx = r.idx`);
    },
  };
}

/** Runs the offline verifier on an export, as a resident would: its exit code and output. */
export async function verifyUsage(
  dir: string,
  exported: unknown,
  jwks: string,
): Promise<{ code: number; output: string }> {
  const file = path.join(dir, `usage-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(exported));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, "scripts", "dist", "verify-usage.js"), file, "--jwks", jwks],
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}
