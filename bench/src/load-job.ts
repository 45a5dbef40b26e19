/** What the load process is asked to do, and what it reports. */
export type LoadJob =
  | {
      kind: "http";
      url: string;
      headers: Record<string, string>;
      /** Further headers per request, used in turn (e.g. each its own caller). */
      headerSets?: Record<string, string>[];
      /** Request bodies, used in turn; `$SEQ` is replaced by a number unique to the request. */
      bodies: string[];
      connections: number;
      warmupMs: number;
      durationMs: number;
    }
  | {
      kind: "sql";
      url: string;
      sql: string;
      params: unknown[][];
      connections: number;
      warmupMs: number;
      durationMs: number;
    };

export interface LoadResult {
  /** Requests completed in the measured window. */
  requests: number;
  /** Requests completed in all, warm-up included (what the statement counts cover). */
  total: number;
  errors: number;
  /** Completed requests per second over the measured window. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  firstError: string | null;
}
