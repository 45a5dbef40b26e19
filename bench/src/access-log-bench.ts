import { performance } from "node:perf_hooks";
import { loadCatalogConfig, startCatalog, type CatalogDeps } from "@gongxiang/catalog";
import {
  AccessLogWriter,
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  accessLogPeriodDate,
  createAccessLogOrm,
  migrate,
  monthOf,
  withPgClient,
  type AccessLogRecord,
  type Caller,
  type Orm,
  type RunningSubgraph,
} from "@gongxiang/kit";
import {
  databaseUrl,
  dropDatabases,
  ensureDatabases,
  ensureKeyPair,
  ensureSecret,
  sharingEnv,
  type RunningHub,
} from "@gongxiang/scripts";
import type { LoadJob } from "./load-job.js";
import type { ScenarioRow } from "./report.js";

export interface LogBenchOptions {
  /** Log sizes verifyAccessLog is timed at. */
  sizes: number[];
  /** Entries appended per checkpoint interval before each timed verification. */
  perInterval: number;
  /** Seconds per append measurement, and how many alternating rounds. */
  appendSeconds: number;
  appendRounds: number;
  /** Requests in flight the access-log write is reported at (the bench's --connections). */
  requestLevels: number[];
  warmupMs: number;
  durationMs: number;
}

export interface LogBenchResult {
  rows: ScenarioRow[];
  /** Entries per second: [mode, writers per base] -> one base, two bases. */
  appends: Map<string, { one: number; two: number }>;
  /** The write through one base's writer, by requests in flight: appends/s and added p50. */
  requestWrites: Map<number, ScenarioRow>;
  /** Median verifyAccessLog ms after one interval, by log size. */
  verifyMs: Map<number, number>;
  /** Full verifications that one request of 30 aliased starts began. */
  jobsFromOneRequest: number | null;
  myDataUsageP95: number | null;
}

const row = (
  scenario: string,
  path: string,
  concurrency: number,
  throughput: number,
  latencies: number[],
  note?: string,
): ScenarioRow => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    scenario,
    path,
    concurrency,
    throughput: Math.round(throughput),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    statementsPerRequest: null,
    errors: 0,
    note,
  };
};

const record = (base: string, n: number): AccessLogRecord => ({
  requestId: `bench-${n}`,
  caller: {
    sub: `clerk-${n % 50}`,
    dept: "civil-affairs",
    roles: ["clerk"],
    site: "130926101216",
    purpose: "item:elderly-allowance",
  },
  subject: subjectId(n % 997),
  base,
  items: { "Person.name": "FULL", "Person.phone": "MASKED" },
  itemCode: "elderly-allowance",
});

/** Synthetic subjects: 18 characters like a citizen ID (the log does not check them). */
const subjectId = (i: number) => `9${String(i).padStart(17, "0")}`;

interface AppendTally {
  entries: number;
  seconds: number;
  latencies: number[];
}

const tally = (): AppendTally => ({ entries: 0, seconds: 0, latencies: [] });

/** Numbers the synthetic records across all append runs. */
let appended = 0;

/**
 * Appends for `seconds` with `writers` writers per base in `bases`, counted into `into`. A
 * writer is either a replica of the base (a writer of its own, one request in flight) or a
 * request in flight through the base's one writer (group commit, as in one process).
 */
async function appendFor(
  orm: Orm,
  bases: string[],
  writers: number,
  mode: "replicas" | "requests",
  seconds: number,
  into: AppendTally,
): Promise<void> {
  const pool = bases.flatMap((base) => {
    const shared = new AccessLogWriter(orm);
    return Array.from({ length: writers }, () => ({
      base,
      writer: mode === "replicas" ? new AccessLogWriter(orm) : shared,
    }));
  });
  let stop = false;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    pool.map(async ({ base, writer }) => {
      while (!stop) {
        const t0 = performance.now();
        await writer.write([record(base, appended++)]);
        into.latencies.push(performance.now() - t0);
        into.entries += 1;
        if (performance.now() > deadline) stop = true;
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
}

/**
 * Appends per second with `writers` writers per base, on one base's partition, then on two
 * bases', measured in alternating rounds so that a busy machine weighs on both alike.
 */
async function measureAppends(
  orm: Orm,
  writers: number,
  mode: "replicas" | "requests",
  options: LogBenchOptions,
): Promise<{ one: number; two: number; rows: ScenarioRow[] }> {
  const one = tally();
  const two = tally();
  await appendFor(orm, ["population"], writers, mode, options.appendSeconds, tally()); // warm-up
  for (let round = 0; round < options.appendRounds; round++) {
    await appendFor(orm, ["population"], writers, mode, options.appendSeconds, one);
    await appendFor(orm, ["population", "licences"], writers, mode, options.appendSeconds, two);
  }
  return {
    one: one.entries / one.seconds,
    two: two.entries / two.seconds,
    rows: [
      row(
        `7 log appends, ${mode}`,
        "1 base (1 partition)",
        writers,
        one.entries / one.seconds,
        one.latencies,
      ),
      row(
        `7 log appends, ${mode}`,
        "2 bases (2 partitions)",
        writers * 2,
        two.entries / two.seconds,
        two.latencies,
      ),
    ],
  };
}

/**
 * The access-log write as a request sees it at `requests` requests in flight on one base, each
 * waiting for its entry through the base's one writer (group commit) before it answers: the
 * appends per second and the p50 the write adds to a request.
 */
async function measureRequestWrites(
  orm: Orm,
  requests: number,
  options: LogBenchOptions,
): Promise<ScenarioRow> {
  const one = tally();
  await appendFor(orm, ["population"], requests, "requests", options.appendSeconds, tally());
  for (let round = 0; round < options.appendRounds; round++) {
    await appendFor(orm, ["population"], requests, "requests", options.appendSeconds, one);
  }
  return row(
    "7 log appends, requests",
    "1 base (1 partition)",
    requests,
    one.entries / one.seconds,
    one.latencies,
  );
}

/** Fills a log database with `size` synthetic entries in SQL (70% population, 30% licences). */
async function fillLog(orm: Orm, size: number): Promise<void> {
  await withPgClient(orm, async (client) => {
    const { rows } = await client.query(
      `select coalesce(sum(size), 0)::text as n from access_log_head`,
    );
    const have = Number(rows[0]!.n);
    if (have >= size) return;
    const period = accessLogPeriodDate(monthOf(new Date()));
    const subjects = Math.max(1, Math.floor(size / 4));
    for (let from = have; from < size; from += 100_000) {
      const to = Math.min(size, from + 100_000);
      for (const [base, share] of [
        ["population", 0.7],
        ["licences", 0.3],
      ] as const) {
        const count = Math.round((to - from) * share);
        await client.query(
          `with head as (
             insert into access_log_head as h (base, period, size) values ($1, $2::date, $3)
             on conflict (base, period) do update set size = h.size + excluded.size
             returning h.size - $3 as start)
           insert into access_log (base, period, seq, at, request_id, salt, caller_sub, caller_dept,
               caller_roles, caller_site, purpose, case_number, item_code, subject, items)
             select $1, $2::date, head.start + g, now() - interval '1 day' + g * interval '1 ms',
               'synthetic-' || $1 || '-' || (head.start + g), md5(random()::text || g),
               'clerk-' || (g % 50), (array['civil-affairs', 'hrss', 'medical-insurance'])[1 + g % 3],
               '["clerk"]', '130926101216', 'item:elderly-allowance', null, 'elderly-allowance',
               '9' || lpad(((head.start + g) * 7919 % $4)::text, 17, '0'),
               '{"Person.name": "FULL", "Person.phone": "MASKED"}'
             from head, generate_series(0, $3 - 1) as g`,
          [base, period, count, subjects],
        );
      }
    }
    await client.query("analyze access_log");
  });
}

/** A catalog of its own on a log database (the bench hub's catalog database for names). */
async function catalogOn(hub: RunningHub, dataDir: string, logDatabase: string) {
  const keys = await ensureKeyPair(dataDir, "caller-context");
  return startCatalog(
    loadCatalogConfig({
      NODE_ENV: "development",
      LOG_LEVEL: "error",
      CATALOG_PORT: "0",
      CATALOG_DATABASE_URL: databaseUrl(hub.postgres.url, hub.databases.catalog!),
      ACCESS_LOG_DATABASE_URL: databaseUrl(hub.postgres.url, logDatabase),
      CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(keys.publicJwk),
      SHARING_SNAPSHOT_TOKEN: (await sharingEnv(hub.subgraphs.catalog.url, dataDir))
        .SHARING_SNAPSHOT_TOKEN,
      ACCESS_LOG_MASTER_KEY: await ensureSecret(dataDir, "access-log-master"),
      // Checkpoints when the bench says (one "interval" is a call).
      ACCESS_LOG_CHECKPOINT_INTERVAL_MS: "3600000",
    }),
    { host: "127.0.0.1" },
  );
}

type Post = (query: string, caller: Caller) => Promise<{ data?: unknown; errors?: unknown[] }>;

function poster(catalog: RunningSubgraph<CatalogDeps>, signer: CallerContextSigner): Post {
  return async (query, caller) => {
    const response = await fetch(catalog.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [CALLER_CONTEXT_HEADER]: await signer.sign(caller, "catalog"),
      },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };
}

const AUDITOR: Caller = {
  sub: "bench-auditor",
  dept: "data-bureau",
  roles: ["auditor"],
  site: null,
  purpose: null,
};

/** Everything of issue 12 the benchmark measures. */
export async function accessLogBench(
  hub: RunningHub,
  dataDir: string,
  options: LogBenchOptions,
  runLoad: (job: LoadJob) => Promise<{
    p50: number;
    p95: number;
    p99: number;
    throughput: number;
    errors: number;
    firstError: string | null;
  }>,
): Promise<LogBenchResult> {
  const result: LogBenchResult = {
    rows: [],
    appends: new Map(),
    requestWrites: new Map(),
    verifyMs: new Map(),
    jobsFromOneRequest: null,
    myDataUsageP95: null,
  };
  const signer = await CallerContextSigner.fromJwk(
    (await ensureKeyPair(dataDir, "caller-context")).privateJwk,
  );

  // Appends: a fresh log database each run.
  const appendsDb = "gongxiang_bench_log_appends";
  await dropDatabases(hub.postgres.url, [appendsDb]);
  await ensureDatabases(hub.postgres.url, [appendsDb]);
  const appendsOrm = await createAccessLogOrm(databaseUrl(hub.postgres.url, appendsDb), {
    poolMax: 34,
  });
  try {
    await migrate(appendsOrm);
    for (const mode of ["replicas", "requests"] as const) {
      for (const writers of [1, 4, 16]) {
        const measured = await measureAppends(appendsOrm, writers, mode, options);
        result.appends.set(`${mode}:${writers}`, { one: measured.one, two: measured.two });
        result.rows.push(...measured.rows);
        if (mode === "requests") result.requestWrites.set(writers, measured.rows[0]!);
        console.error(
          `[bench] log appends (${mode}), ${writers} per base: 1 base ${Math.round(measured.one)}/s, 2 bases ${Math.round(measured.two)}/s`,
        );
      }
    }
    // The levels the write is reported at that the rows above do not cover (one base only).
    for (const requests of options.requestLevels) {
      if (result.requestWrites.has(requests)) continue;
      const measured = await measureRequestWrites(appendsOrm, requests, options);
      result.requestWrites.set(requests, measured);
      result.rows.push(measured);
      console.error(
        `[bench] log write, ${requests} requests through one writer: ${measured.throughput}/s, p50 ${measured.p50} ms`,
      );
    }
  } finally {
    await appendsOrm.close();
    await dropDatabases(hub.postgres.url, [appendsDb]);
  }

  // verifyAccessLog after one checkpoint interval, at each size; myDataUsage at the largest.
  for (const size of options.sizes) {
    const database = `gongxiang_bench_log_${size}`;
    await ensureDatabases(hub.postgres.url, [database]);
    const catalog = await catalogOn(hub, dataDir, database);
    const post = poster(catalog, signer);
    const authority = catalog.deps.logAuthority;
    try {
      console.error(`[bench] access log of ${size.toLocaleString("en")} entries (built once)...`);
      await fillLog(catalog.deps.accessLog, size);
      for (;;) {
        const before = await pendingLeaves(catalog.deps.accessLog);
        if (before === 0) break;
        await authority.checkpointer.checkpointNow();
        if ((await pendingLeaves(catalog.deps.accessLog)) === before) {
          throw new Error("the checkpointer makes no progress (see its log)");
        }
      }
      // Once in full (in the background job); from then on every check is incremental.
      const fullStarted = performance.now();
      const job = await authority.fullVerification.start("bench");
      for (;;) {
        const state = await authority.fullVerification.find(job.id);
        if (state && state.status !== "RUNNING") {
          if (!state.ok) throw new Error(`the synthetic log does not verify: ${state.problem}`);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const fullMs = performance.now() - fullStarted;
      result.rows.push(
        row(
          "8 verify the log",
          `full verification job, ${size.toLocaleString("en")} entries`,
          1,
          1000 / fullMs,
          [fullMs],
          "once, in the background",
        ),
      );
      const writer = new AccessLogWriter(catalog.deps.accessLog);
      const timings: number[] = [];
      for (let i = 0; i < 7; i++) {
        for (let n = 0; n < options.perInterval; n += 50) {
          await writer.write(
            Array.from({ length: 50 }, (_, k) => record(k % 3 ? "population" : "licences", n + k)),
          );
        }
        await authority.checkpointer.checkpointNow();
        const t0 = performance.now();
        const answer = await post(`{ verifyAccessLog { ok checked complete } }`, AUDITOR);
        const elapsed = performance.now() - t0;
        const verdict = (answer.data as { verifyAccessLog?: { ok: boolean } } | undefined)
          ?.verifyAccessLog;
        if (!verdict?.ok) throw new Error(`verifyAccessLog failed: ${JSON.stringify(answer)}`);
        if (i > 1) timings.push(elapsed); // the first two warm up
      }
      timings.sort((a, b) => a - b);
      result.verifyMs.set(size, timings[Math.floor(timings.length / 2)]!);
      result.rows.push(
        row(
          "8 verify the log",
          `verifyAccessLog after one interval (${options.perInterval} new), ${size.toLocaleString("en")} entries`,
          1,
          1000 / result.verifyMs.get(size)!,
          timings,
        ),
      );

      if (size === Math.max(...options.sizes)) {
        // One request of 30 aliased starts: how many full verifications began?
        const jobsBefore = await countJobs(catalog.deps.accessLog);
        const aliases = Array.from(
          { length: 30 },
          (_, i) => `j${i}: startAccessLogVerification { id }`,
        ).join(" ");
        await post(`mutation { ${aliases} }`, AUDITOR);
        result.jobsFromOneRequest = (await countJobs(catalog.deps.accessLog)) - jobsBefore;
        await authority.fullVerification.stop();

        const subjects = Math.max(1, Math.floor(size / 4));
        const citizens = Array.from({ length: 200 }, (_, i) => subjectId((i * 104_729) % subjects));
        const body = JSON.stringify({
          query: `{ myDataUsage(first: 20) { edges { node { id at departmentName purposeText summary items { label outcomeText } proof { leaf leafIndex treeSize auditPath checkpoint { partition treeSize rootHash jws } } } } } }`,
        });
        const headerSets = await Promise.all(
          citizens.map(async (sub) => ({
            [CALLER_CONTEXT_HEADER]: await signer.sign(
              { sub, dept: null, roles: ["citizen"], site: null, purpose: null },
              "catalog",
            ),
          })),
        );
        for (const connections of [1, 8]) {
          const load = await runLoad({
            kind: "http",
            url: catalog.url,
            headers: {},
            headerSets,
            bodies: [body],
            connections,
            warmupMs: options.warmupMs,
            durationMs: options.durationMs,
          });
          if (load.errors) console.error(`[bench] myDataUsage errors: ${load.firstError}`);
          result.rows.push({
            scenario: "9 myDataUsage with proofs",
            path: `catalog subgraph, ${size.toLocaleString("en")} entries`,
            concurrency: connections,
            throughput: load.throughput,
            p50: load.p50,
            p95: load.p95,
            p99: load.p99,
            statementsPerRequest: null,
            errors: load.errors,
          });
          if (connections === 1) result.myDataUsageP95 = load.p95;
        }
      }
    } finally {
      await catalog.stop();
    }
  }
  return result;
}

async function pendingLeaves(orm: Orm): Promise<number> {
  return withPgClient(orm, async (client) => {
    const { rows } = await client.query(
      `select coalesce(sum(h.size - coalesce(c.size, 0)), 0)::text as n from access_log_head h
         left join lateral (select max(tree_size) as size from access_log_checkpoint c
           where c.base = h.base and c.period = h.period) c on true`,
    );
    return Number(rows[0]!.n);
  });
}

async function countJobs(orm: Orm): Promise<number> {
  return withPgClient(orm, async (client) => {
    const { rows } = await client.query(
      `select count(*)::int as n from access_log_verification_job`,
    );
    return Number(rows[0]!.n);
  });
}
