import http from "node:http";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { LoadJob, LoadResult } from "./load-job.js";

/**
 * The load generator, in a process of its own so that it does not share an event loop with
 * what it measures: a fixed number of connections, each sending its next request as soon as
 * the previous one answers (closed loop), a warm-up, then a measured window.
 */
async function run(job: LoadJob): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let measuring = false;
  let stopped = false;
  let sequence = 0;
  let total = 0;
  const fail = (message: string) => {
    if (measuring) errors++;
    firstError ??= message.slice(0, 300);
  };

  let once: () => Promise<void>;
  let close = async () => {};
  if (job.kind === "http") {
    const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
    const url = new URL(job.url);
    once = () =>
      new Promise<void>((resolve) => {
        const n = sequence++;
        const body = job.bodies[n % job.bodies.length]!.replaceAll("$SEQ", `${process.pid}-${n}`);
        const start = performance.now();
        const req = http.request(
          {
            agent,
            hostname: url.hostname,
            port: url.port,
            path: url.pathname,
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
              ...job.headers,
              ...job.headerSets?.[n % job.headerSets.length],
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              const text = Buffer.concat(chunks).toString("utf8");
              total++;
              if (res.statusCode !== 200 || text.includes('"errors"')) fail(text);
              else if (measuring) latencies.push(performance.now() - start);
              resolve();
            });
          },
        );
        req.on("error", (error) => {
          fail(error.message);
          resolve();
        });
        req.end(body);
      });
    close = () => Promise.resolve(agent.destroy());
  } else {
    const pool = new pg.Pool({ connectionString: job.url, max: job.connections });
    once = async () => {
      const n = sequence++;
      const start = performance.now();
      try {
        await pool.query(job.sql, job.params[n % job.params.length]);
        total++;
        if (measuring) latencies.push(performance.now() - start);
      } catch (error) {
        fail((error as Error).message);
      }
    };
    close = () => pool.end();
  }

  const loops = Array.from({ length: job.connections }, async () => {
    while (!stopped) await once();
  });
  await new Promise((resolve) => setTimeout(resolve, job.warmupMs));
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, job.durationMs));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  stopped = true;
  await Promise.all(loops);
  await close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!
      : 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    requests: latencies.length,
    total,
    errors,
    throughput: Math.round(latencies.length / elapsed),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    firstError,
  };
}

process.on("message", (job: LoadJob) => {
  run(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
