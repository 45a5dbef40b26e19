import type { ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  AllowAllPolicy,
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  migrate,
  type Caller,
  type RunningSubgraph,
} from "@gongxiang/kit";
import { issueLicencesInBulk } from "@gongxiang/licences";
import { createPopulationOrm, loadPopulationConfig, startPopulation } from "@gongxiang/population";
import {
  LOOPBACK_ANY_PORT,
  NO_RATE_LIMITS,
  REPO_ROOT,
  analyzeAfterLoad,
  databaseUrl,
  ensureServiceIssuer,
  ensureDatabases,
  ensureDevIssuer,
  ensureKeyPair,
  licencesFor,
  loadHubConfig,
  readDemoDataset,
  seedPopulation,
  signDevToken,
  startHub,
  type RunningHub,
} from "@gongxiang/scripts";
import { accessLogBench, type LogBenchResult } from "./access-log-bench.js";
import { inheritedEnv } from "./config.js";
import { cpuProfileArgs, writeSelfTimeTable, type CpuProfileTarget } from "./cpu-profile.js";
import type { LoadJob } from "./load-job.js";
import { ensurePeerInstalled } from "./peer-install.js";
import { populationEnv } from "./population-env.js";
import { freePort, runLoad, startChild, stopChild } from "./processes.js";
import { markdown, svgChart, type BenchResult, type ScenarioRow } from "./report.js";
import { profilePopulation } from "./subgraph-profile.js";

/**
 * The applicant of the measured startCase calls: one open case per applicant and item, so each
 * call applies for 黄丽萍, read from both bases like any applicant, then refused (a refusal is a
 * case of its own key): every call does the whole intake, none is a duplicate.
 */
const HUANG = "450803198802290242";
const PERSON_QUERY = `query($id: String!) { personByCitizenId(citizenId: $id) { id citizenId name gender birthDate address divisionCode status phone household { number } } }`;
const LICENCES_QUERY = `query($id: String!) { personByCitizenId(citizenId: $id) { name birthDate licences(types: ["ID_CARD", "HOUSEHOLD_REGISTER"]) { identifier type status data } } }`;
const RAW_SQL = `select p.id, p.citizen_id, p.name, p.gender, p.birth_date, p.address, p.division_code, p.status, p.phone, h.number
  from person p left join household h on h.id = p.household_id where p.citizen_id = $1`;
/** The caller every path reads as: civil-affairs for the elderly allowance. */
const CALLER: Caller = {
  sub: "bench-clerk",
  dept: "civil-affairs",
  roles: ["clerk"],
  site: null,
  purpose: "item:elderly-allowance",
};

/** The second peer's rows: Hive Gateway with Hive Router's query planner. */
const RUST_PEER = "peer gateway (Rust planner)";
/** Scenario 6's paths over the population subgraph with decisions and the access log off. */
const OFF = "decisions and log off";
const GATEWAYS_ALONE = "the gateways' own overhead: no target";
type PeerPlanner = "javascript" | "rust";

const bodies = (query: string, ids: string[]) =>
  ids.map((id) => JSON.stringify({ query, variables: { id } }));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      persons: { type: "string", default: "100000" },
      small: { type: "string", default: "10000" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      connections: { type: "string", default: "1,32" },
      /** Writes a CPU profile of our gateway, and its top 20 by self time, to this directory. */
      "profile-gateway": { type: "string" },
      /** The same for the population subgraph, in a process of its own under the person lookup. */
      "profile-subgraph": { type: "string" },
      /** Further Node flags for our gateway's process, comma-separated (e.g. --trace-gc). */
      "gateway-node-args": { type: "string", default: "" },
      /** The access log (issue 12): sizes verifyAccessLog is timed at, entries per interval. */
      "log-sizes": { type: "string", default: "10000,100000,1000000" },
      "log-interval-entries": { type: "string", default: "1000" },
      "append-seconds": { type: "string", default: "4" },
      "append-rounds": { type: "string", default: "3" },
      /** Only the access log's scenarios (7 to 9). */
      "log-only": { type: "boolean", default: false },
      /** Only these scenarios, by number (e.g. "1,4" while working on one path); default all. */
      scenarios: { type: "string", default: "1,2,3,4,5,6,7,8,9" },
    },
    strict: true,
  });
  const persons = Number(values.persons);
  const small = Number(values.small);
  const durationMs = Number(values.duration) * 1000;
  const warmupMs = Number(values.warmup) * 1000;
  const levels = values.connections.split(",").map(Number);
  const top = Math.max(...levels);
  const chosen = new Set(values.scenarios.split(",").map(Number));
  const runs = (scenario: number) => chosen.has(scenario);
  const startedAt = new Date().toISOString();
  const profileTarget = (dir: string | undefined, name: string): CpuProfileTarget | null =>
    dir ? { dir, name: `${name}-${startedAt.replace(/[:.]/g, "-")}` } : null;
  const gatewayProfile = profileTarget(values["profile-gateway"], "gateway");
  const subgraphProfile = profileTarget(values["profile-subgraph"], "population-subgraph");
  const config = loadHubConfig({
    ...inheritedEnv(),
    LOG_LEVEL: "error",
    ...LOOPBACK_ANY_PORT,
    REDIS_URL: undefined,
    ...NO_RATE_LIMITS,
  });
  console.error(
    `[bench] starting the hub (${config.databaseUrl ? "DATABASE_URL" : "embedded PostgreSQL"})...`,
  );
  const hub = await startHub(config, { databasePrefix: "gongxiang_bench" });
  const children: ChildProcess[] = [];
  const extra: RunningSubgraph[] = [];
  const logOptions = {
    sizes: values["log-sizes"].split(",").map(Number),
    perInterval: Number(values["log-interval-entries"]),
    appendSeconds: Number(values["append-seconds"]),
    appendRounds: Number(values["append-rounds"]),
    requestLevels: levels,
    warmupMs,
    durationMs,
  };
  try {
    if (values["log-only"]) {
      const log = await accessLogBench(hub, config.dataDir, logOptions, (job) => runLoad(job));
      await writeResults({
        startedAt,
        machine: await machine(hub),
        persons: 0,
        rows: log.rows,
        ratios: logRatios(log, levels),
      });
      return;
    }
    await ensurePersons(hub, persons);
    const smallPopulation = await startSmallPopulation(hub, config.dataDir, small);
    extra.push(smallPopulation);
    const unenforced = await startUnenforcedPopulation(hub, config.dataDir);
    extra.push(unenforced);
    const ids = await sampleCitizenIds(hub.subgraphs.population, 200);
    const smallIds = await sampleCitizenIds(smallPopulation, 200);

    const ours = await startOurGateway(hub, config.dataDir, hub.subgraphs.population.url, [
      ...(gatewayProfile ? cpuProfileArgs(gatewayProfile) : []),
      ...values["gateway-node-args"].split(",").filter(Boolean),
    ]);
    children.push(ours.child);
    const oursOff = await startOurGateway(hub, config.dataDir, unenforced.url);
    children.push(oursOff.child);
    // Each peer twice, like our gateway: over the population subgraph, and over it unenforced.
    const startPeers = async (planner: PeerPlanner) => {
      const enforced = await startPeer(hub, config.dataDir, planner, hub.subgraphs.population.url);
      children.push(enforced.child);
      const off = await startPeer(hub, config.dataDir, planner, unenforced.url);
      children.push(off.child);
      return { url: enforced.url, offUrl: off.url };
    };
    const peer = await startPeers("javascript");
    const rustPeer = await startPeers("rust");

    const token = await signDevToken(config.dataDir, {
      sub: CALLER.sub,
      dept: "civil-affairs",
      roles: ["clerk"],
      ttlSeconds: 7200,
    });
    const agentToken = await signDevToken(config.dataDir, {
      sub: "bench-agent",
      dept: "civil-affairs",
      roles: ["agent"],
      site: "130926101216",
      ttlSeconds: 7200,
    });
    const signer = await CallerContextSigner.fromJwk(
      (await ensureKeyPair(config.dataDir, "caller-context")).privateJwk,
    );
    const gatewayHeaders = { authorization: `Bearer ${token}`, "x-purpose": CALLER.purpose! };
    // Statements of every base that answers (the access log's group commits are apart).
    const statements = () =>
      [hub.subgraphs.population, hub.subgraphs.licences, smallPopulation, unenforced].reduce(
        (sum, subgraph) => sum + subgraph.orm.statements.count,
        0,
      );
    const rows: ScenarioRow[] = [];
    let gatewayRss = 0;
    let onOffPaired: number | null = null;
    let subgraphOnOffPaired: number | null = null;

    const measure = async (
      scenario: string,
      pathName: string,
      job: LoadJob,
      options: { note?: string; watch?: number; perQuery?: number } = {},
    ): Promise<ScenarioRow | null> => {
      if (!runs(Number.parseInt(scenario, 10))) return null;
      const before = statements();
      const result = await runLoad(job, options.watch);
      const counted = statements() - before;
      if (result.maxRssMb) gatewayRss = Math.max(gatewayRss, result.maxRssMb);
      const row: ScenarioRow = {
        scenario,
        path: pathName,
        concurrency: job.connections,
        throughput: result.throughput,
        p50: result.p50,
        p95: result.p95,
        p99: result.p99,
        statementsPerRequest:
          job.kind === "http" && result.total > 0 ? counted / result.total : null,
        errors: result.errors,
        note: options.note,
      };
      rows.push(row);
      console.error(
        `[bench] ${scenario} ${pathName} c=${job.connections}: ${row.throughput} req/s p50 ${row.p50} ms${result.firstError ? ` (first error: ${result.firstError})` : ""}`,
      );
      return row;
    };
    const http = (
      url: string,
      headers: Record<string, string>,
      body: string[],
      connections: number,
    ): LoadJob => ({
      kind: "http",
      url,
      headers,
      bodies: body,
      connections,
      warmupMs,
      durationMs,
    });
    const context = async (caller: Caller) => ({
      [CALLER_CONTEXT_HEADER]: await signer.sign(caller, "population"),
    });

    for (const c of levels) {
      await measure("1 person lookup", "raw SQL (floor)", {
        kind: "sql",
        url: databaseUrl(hub.postgres.url, hub.databases.population),
        sql: RAW_SQL,
        params: ids.map((id) => [id]),
        connections: c,
        warmupMs,
        durationMs,
      });
      await measure(
        "1 person lookup",
        "population subgraph",
        http(hub.subgraphs.population.url, await context(CALLER), bodies(PERSON_QUERY, ids), c),
      );
      await measure(
        "1 person lookup",
        "our gateway",
        http(ours.url, gatewayHeaders, bodies(PERSON_QUERY, ids), c),
        { watch: ours.child.pid },
      );
      await measure(
        "1 person lookup",
        "peer gateway",
        http(peer.url, {}, bodies(PERSON_QUERY, ids), c),
      );
      await measure(
        "1 person lookup",
        RUST_PEER,
        http(rustPeer.url, {}, bodies(PERSON_QUERY, ids), c),
      );
      await measure(
        "2 person + licences",
        "our gateway",
        http(ours.url, gatewayHeaders, bodies(LICENCES_QUERY, ids), c),
        { watch: ours.child.pid },
      );
      await measure(
        "2 person + licences",
        "peer gateway",
        http(peer.url, {}, bodies(LICENCES_QUERY, ids), c),
      );
      await measure(
        "2 person + licences",
        RUST_PEER,
        http(rustPeer.url, {}, bodies(LICENCES_QUERY, ids), c),
      );
      await measure(
        "6 authorization",
        `our gateway, ${OFF}`,
        http(oursOff.url, gatewayHeaders, bodies(PERSON_QUERY, ids), c),
      );
      if (c === top && runs(6)) {
        onOffPaired = await pairedRatio(
          runLoad,
          http(ours.url, gatewayHeaders, bodies(PERSON_QUERY, ids), c),
          http(oursOff.url, gatewayHeaders, bodies(PERSON_QUERY, ids), c),
        );
        console.error(`[bench] 6 decisions+log on / off, paired slices c=${c}: ${onOffPaired}`);
        // The same pair at the population subgraph, without the gateway's share of each request.
        const direct = async (url: string) =>
          http(url, await context(CALLER), bodies(PERSON_QUERY, ids), c);
        subgraphOnOffPaired = await pairedRatio(
          runLoad,
          await direct(hub.subgraphs.population.url),
          await direct(unenforced.url),
        );
        console.error(
          `[bench] 6 decisions+log on / off at the subgraph, paired slices c=${c}: ${subgraphOnOffPaired}`,
        );
      }
      await measure(
        "6 authorization",
        `peer gateway, ${OFF}`,
        http(peer.offUrl, {}, bodies(PERSON_QUERY, ids), c),
      );
      await measure(
        "6 authorization",
        `${RUST_PEER}, ${OFF}`,
        http(rustPeer.offUrl, {}, bodies(PERSON_QUERY, ids), c),
      );
      await measure(
        "5 scale",
        `subgraph, ${small.toLocaleString("en")} persons`,
        http(
          smallPopulation.url,
          await context({ ...CALLER, dept: "public-security", purpose: null }),
          bodies(PERSON_QUERY, smallIds),
          c,
        ),
      );
      await measure(
        "5 scale",
        `subgraph, ${persons.toLocaleString("en")} persons`,
        http(
          hub.subgraphs.population.url,
          await context({ ...CALLER, dept: "public-security", purpose: null }),
          bodies(PERSON_QUERY, ids),
          c,
        ),
      );
    }
    if (subgraphProfile) {
      await profilePopulation(hub, config.dataDir, subgraphProfile, {
        kind: "http",
        headers: await context(CALLER),
        bodies: bodies(PERSON_QUERY, ids),
        connections: top,
        warmupMs,
        durationMs,
      });
    }
    for (const n of [1, 100, 1000]) {
      const batch = JSON.stringify({
        query: `query($ids: [String!]!) { persons(citizenIds: $ids) { name birthDate licences(types: ["ID_CARD"]) { identifier type } } }`,
        variables: { ids: Array.from({ length: n }, (_, i) => ids[i % ids.length]) },
      });
      const row = await measure(
        "3 batch",
        `${n} persons per query`,
        http(ours.url, gatewayHeaders, [batch], 1),
      );
      if (row) row.note = `${(row.p50 / n).toFixed(3)} ms per person`;
    }
    const stats = hub.subgraphs.cases.deps.gateway.stats;
    const fetchBefore = { ...stats };
    const casesBefore = await countCases(hub);
    const start = JSON.stringify({
      query: `mutation($input: StartCaseInput!) { startCase(input: $input) { id status } }`,
      variables: {
        input: {
          itemCode: "elderly-allowance",
          applicantCitizenId: HUANG,
          idempotencyKey: "bench-$SEQ",
        },
      },
    });
    await measure(
      "4 auto-fill",
      "startCase elderly-allowance",
      http(ours.url, { authorization: `Bearer ${agentToken}` }, [start], 1),
    );
    const started = (await countCases(hub)) - casesBefore;
    // Milliseconds per startCase spent waiting on the gateway (item, prefill, seal checks).
    const fetchShare =
      started > 0 ? (stats.milliseconds - fetchBefore.milliseconds) / started : null;
    // Requests the cases base sent the gateway per startCase (its notices' reads included).
    const fetchCount = started > 0 ? (stats.requests - fetchBefore.requests) / started : null;
    for (const c of levels.filter((level) => level > 1)) {
      await measure(
        "4 auto-fill",
        "startCase elderly-allowance",
        http(ours.url, { authorization: `Bearer ${agentToken}` }, [start], c),
      );
    }

    // The access log (issue 12): appends per partition, verification, residents' proofs.
    const log = [7, 8, 9].some(runs)
      ? await accessLogBench(hub, config.dataDir, logOptions, (job) => runLoad(job))
      : null;
    if (log) rows.push(...log.rows);

    // The row of this path exactly, else the first whose path begins with it ("raw SQL" for
    // "raw SQL (floor)"): "peer gateway" is the JavaScript planner's row, not the Rust one's.
    const find = (scenario: string, pathName: string, c: number) => {
      const at = rows.filter((r) => r.scenario === scenario && r.concurrency === c);
      return at.find((r) => r.path === pathName) ?? at.find((r) => r.path.startsWith(pathName));
    };
    const ratio = (a?: number, b?: number) =>
      a !== undefined && b ? Math.round((a / b) * 100) / 100 : null;
    const perThousand = (a?: number, b?: number) =>
      a !== undefined && b ? Math.round((a / b) * 10_000) / 10 : null;
    const perSecond = (scenario: string, pathName: string) =>
      find(scenario, pathName, top)?.throughput;
    const [LOOKUP, LICENCES, AUTHZ] = ["1 person lookup", "2 person + licences", "6 authorization"];
    const startRow = find("4 auto-fill", "startCase", 1);
    const licencesRow = find("2 person + licences", "our gateway", 1);
    const batchRows = [1, 100, 1000].map((n) => find("3 batch", `${n} persons`, 1));
    const result: BenchResult = {
      startedAt,
      machine: await machine(hub),
      persons,
      rows,
      ratios: [
        ...(
          [
            ["S1 our gateway / raw SQL", LOOKUP, "our gateway", LOOKUP, "raw SQL", 0.15],
            [
              "S1 population subgraph direct / raw SQL",
              LOOKUP,
              "population subgraph",
              LOOKUP,
              "raw SQL",
              0.25,
            ],
            ["S1 our gateway / peer", LOOKUP, "our gateway", LOOKUP, "peer gateway", 1.0],
            ["S1 our gateway / peer (Rust planner)", LOOKUP, "our gateway", LOOKUP, RUST_PEER, 1.0],
            ["S2 our gateway / peer", LICENCES, "our gateway", LICENCES, "peer gateway", 1.0],
            [
              "S2 our gateway / peer (Rust planner)",
              LICENCES,
              "our gateway",
              LICENCES,
              RUST_PEER,
              1.0,
            ],
            // Rows taken minutes apart: the machine's swings show here (the target is judged
            // on the paired slices below).
            [
              "S6 decisions+log on / off, from the rows",
              LOOKUP,
              "our gateway",
              AUTHZ,
              `our gateway, ${OFF}`,
              "the machine's swings between rows: see the paired row",
            ],
            // The gateways alone: all three over the unenforced population subgraph.
            [
              `S6 our gateway / peer, ${OFF}`,
              AUTHZ,
              `our gateway, ${OFF}`,
              AUTHZ,
              `peer gateway, ${OFF}`,
              GATEWAYS_ALONE,
            ],
            [
              `S6 our gateway / peer (Rust planner), ${OFF}`,
              AUTHZ,
              `our gateway, ${OFF}`,
              AUTHZ,
              `${RUST_PEER}, ${OFF}`,
              GATEWAYS_ALONE,
            ],
          ] as const
        ).map(([name, aScenario, aPath, bScenario, bPath, atLeast]) => {
          const value = ratio(perSecond(aScenario, aPath), perSecond(bScenario, bPath));
          return typeof atLeast === "string"
            ? figure(`${name} (c=${top})`, value, atLeast)
            : check(`${name} (c=${top})`, value, { atLeast });
        }),
        check(`S6 decisions+log on / off, paired slices (c=${top})`, onOffPaired, {
          atLeast: 0.85,
        }),
        figure(
          `S6 decisions+log on / off at the population subgraph, paired slices (c=${top})`,
          subgraphOnOffPaired,
          "the subgraph alone: what the decisions and the log cost before the gateway's share",
        ),
        check(
          "S3 statements per query, 1000 / 1 persons",
          ratio(
            batchRows[2]?.statementsPerRequest ?? undefined,
            batchRows[0]?.statementsPerRequest ?? undefined,
          ),
          // Flat: as many statements for 1,000 persons as for one.
          { atMost: 1.0, label: "flat" },
        ),
        check(
          `S5 p50 at ${persons} / ${small} persons (c=1)`,
          ratio(
            find("5 scale", `subgraph, ${persons.toLocaleString("en")}`, 1)?.p50,
            find("5 scale", `subgraph, ${small.toLocaleString("en")}`, 1)?.p50,
          ),
          { atMost: 1.2 },
        ),
        check("our gateway max RSS under load (MB)", gatewayRss || null, { atMost: 250 }),
        check(
          "S4 startCase p95 / person + licences p95 (c=1)",
          ratio(startRow?.p95, licencesRow?.p95),
          { atMost: 3 },
        ),
        check(
          `S4 startCase per second (c=${top})`,
          find("4 auto-fill", "startCase", top)?.throughput ?? null,
          { atLeast: 120 },
        ),
        check(
          `S4 startCase p95 ms (c=${top})`,
          find("4 auto-fill", "startCase", top)?.p95 ?? null,
          {
            atMost: 400,
          },
        ),
        // The two rows above are absolute; this one moves with the machine as the others do.
        figure(
          `S4 startCase per second, per 1,000 raw SQL lookups per second (c=${top})`,
          perThousand(
            find("4 auto-fill", "startCase", top)?.throughput,
            perSecond(LOOKUP, "raw SQL"),
          ),
          "120/s was 15.1 per 1,000 (raw SQL 7,926/s) on the machine the target was set on",
        ),
        figure(
          "S4 ms per startCase waiting on the gateway (federated fetch)",
          fetchShare === null ? null : Math.round(fetchShare * 10) / 10,
          `of p50 ${startRow?.p50 ?? "?"} ms`,
        ),
        figure(
          "S4 gateway requests per startCase (c=1, its notices' reads included)",
          fetchCount === null ? null : Math.round(fetchCount * 100) / 100,
          "the prefill; the item only after a catalog change",
        ),
        ...(log ? logRatios(log, levels) : []),
      ],
    };
    await writeResults(result);
  } finally {
    for (const child of children) await stopChild(child);
    for (const service of extra) await service.stop();
    await hub.stop();
  }
  // Our gateway wrote its profile when it stopped.
  if (gatewayProfile) {
    await writeSelfTimeTable(gatewayProfile, "Our gateway, whole run: top 20 by self time");
  }
}

async function writeResults(result: BenchResult): Promise<void> {
  const dir = path.join(REPO_ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, "-");
  await writeFile(path.join(dir, `${stamp}.json`), JSON.stringify(result, null, 2));
  await writeFile(path.join(dir, `${stamp}.md`), markdown(result));
  await writeFile(path.join(dir, `${stamp}.svg`), svgChart(result));
  await writeFile(
    path.join(dir, "latest.md"),
    markdown(result) + `\n![throughput](${stamp}.svg)\n`,
  );
  process.stdout.write(markdown(result));
  console.error(`[bench] wrote bench/results/${stamp}.{json,md,svg} and bench/results/latest.md`);
}

async function machine(hub: RunningHub): Promise<BenchResult["machine"]> {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? "?",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: await postgresVersion(hub),
  };
}

/** The access log's targets (issue 12, acceptance 3), from the same run's measurements. */
function logRatios(log: LogBenchResult, requestLevels: number[]) {
  const round = (value: number) => Math.round(value * 100) / 100;
  const appends = (mode: string) => {
    const at16 = log.appends.get(`${mode}:16`);
    return at16 ? round(at16.two / at16.one) : null;
  };
  const sizes = [...log.verifyMs.keys()];
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const fast = log.verifyMs.get(small);
  const slow = log.verifyMs.get(large);
  const writes = [...log.requestWrites.entries()]
    .filter(([requests]) => requestLevels.includes(requests))
    .map(([requests, write]) =>
      figure(
        `S7 access-log write, added p50 ms (c=${requests}, one writer per base)`,
        write.p50,
        `${write.throughput} appends/s`,
      ),
    );
  return [
    ...writes,
    check("S7 log appends, 2 bases / 1 base (16 replicas per base)", appends("replicas"), {
      atLeast: 1.8,
    }),
    check("S7 log appends, 2 bases / 1 base (16 requests per base's writer)", appends("requests"), {
      atLeast: 1.8,
    }),
    check(
      `S8 verifyAccessLog after one interval, ${large.toLocaleString("en")} / ${small.toLocaleString("en")} entries`,
      fast && slow && sizes.length > 1 ? round(slow / fast) : null,
      { atMost: 1.5 },
    ),
    check("S8 full verifications begun by one request of 30 starts", log.jobsFromOneRequest, {
      atMost: 1,
    }),
    figure(
      `S9 myDataUsage p95 (ms, c=1, with proofs) at ${large.toLocaleString("en")} entries`,
      log.myDataUsageP95,
      "catalog subgraph",
    ),
  ];
}

/**
 * Throughput of `a` over `b` from alternating slices (a b b a a b), each half the configured
 * duration: this machine swings by a third within minutes, which two rows taken apart would
 * carry into their ratio. The order cancels a steady drift as well.
 */
async function pairedRatio(
  run: (job: LoadJob) => Promise<{ requests: number }>,
  a: LoadJob,
  b: LoadJob,
): Promise<number | null> {
  const slice = (job: LoadJob): LoadJob => ({
    ...job,
    warmupMs: Math.min(job.warmupMs, 1_000),
    durationMs: Math.max(1_000, Math.round(job.durationMs / 2)),
  });
  let [doneA, doneB] = [0, 0];
  for (const first of [true, false, true]) {
    for (const job of first ? [a, b] : [b, a]) {
      const { requests } = await run(slice(job));
      console.error(`[bench]   slice ${job === a ? "a" : "b"}: ${requests} requests`);
      if (job === a) doneA += requests;
      else doneB += requests;
    }
  }
  return doneB > 0 ? Math.round((doneA / doneB) * 100) / 100 : null;
}

type Bound = ({ atLeast: number } | { atMost: number }) & { label?: string };

/** A target, written once: the label and the test both follow from the bound. */
function check(name: string, value: number | null, bound: Bound) {
  const [sign, limit] = "atLeast" in bound ? [">=", bound.atLeast] : ["<=", bound.atMost];
  const met = value === null ? null : sign === ">=" ? value >= limit : value <= limit;
  const target = `${sign} ${limit}`;
  return { name, value, target: bound.label ? `${bound.label} (${target})` : target, met };
}

/** A figure reported beside the targets, with no target of its own. */
function figure(name: string, value: number | null, note: string) {
  return { name, value, target: note, met: null };
}

async function postgresVersion(hub: RunningHub): Promise<string> {
  const rows = (await hub.subgraphs.population.orm.orm.em
    .getConnection()
    .execute("show server_version")) as { server_version: string }[];
  return rows[0]?.server_version ?? "?";
}

async function countCases(hub: RunningHub): Promise<number> {
  const rows = (await hub.subgraphs.cases.orm.orm.em
    .getConnection()
    .execute("select count(*)::int as count from case_file")) as { count: number }[];
  return rows[0]!.count;
}

async function sampleCitizenIds(subgraph: RunningSubgraph, n: number): Promise<string[]> {
  const rows: { citizen_id: string }[] = await subgraph.orm.orm.em
    .getConnection()
    .execute(`select citizen_id from person order by id limit ${n}`);
  return rows.map((row) => row.citizen_id);
}

/** Seeds the synthetic population (with sealed licences) up to `persons`, once. */
async function ensurePersons(hub: RunningHub, persons: number): Promise<void> {
  const { population, licences } = hub.subgraphs;
  const [{ count }] = (await population.orm.orm.em
    .getConnection()
    .execute("select count(*)::int as count from person")) as { count: number }[];
  if (count >= persons) return;
  console.error(
    `[bench] seeding ${persons.toLocaleString("en")} persons with their licences (once)...`,
  );
  const demo = await readDemoDataset();
  const reserved = (demo.people as { citizenId: string }[]).map((p) => p.citizenId);
  await seedPopulation(population.orm, {
    persons,
    seed: 7,
    reservedCitizenIds: reserved,
    afterBatch: async (inserted, households) => {
      const items = inserted.flatMap((p) => licencesFor(p, households.get(p.householdId)));
      await issueLicencesInBulk(licences.orm, licences.deps.sealKeys, items);
    },
  });
  await analyzeAfterLoad([population.orm, licences.orm]);
}

/** A second population base of `small` persons, for the scale scenario. */
async function startSmallPopulation(
  hub: RunningHub,
  dataDir: string,
  small: number,
): Promise<RunningSubgraph> {
  const name = "gongxiang_bench_small_population";
  await ensureDatabases(hub.postgres.url, [name]);
  const orm = await createPopulationOrm(databaseUrl(hub.postgres.url, name));
  try {
    await migrate(orm);
    const [{ count }] = (await orm.orm.em
      .getConnection()
      .execute("select count(*)::int as count from person")) as { count: number }[];
    if (count < small)
      await seedPopulation(orm, { persons: small, seed: 11, reservedCitizenIds: [] });
  } finally {
    await orm.close();
  }
  return startPopulation(
    await populationConfig(hub, dataDir, databaseUrl(hub.postgres.url, name)),
    {
      host: "127.0.0.1",
    },
  );
}

/** The same population base with field decisions and the access log off (scenario 6 only). */
async function startUnenforcedPopulation(
  hub: RunningHub,
  dataDir: string,
): Promise<RunningSubgraph> {
  return startPopulation(
    await populationConfig(hub, dataDir, databaseUrl(hub.postgres.url, hub.databases.population)),
    {
      host: "127.0.0.1",
      policy: () => new AllowAllPolicy(),
    },
  );
}

async function populationConfig(hub: RunningHub, dataDir: string, url: string) {
  return loadPopulationConfig(await populationEnv(hub, dataDir, url));
}

/** Our gateway in its own process (its memory is measured), as `npm start` configures it. */
async function startOurGateway(
  hub: RunningHub,
  dataDir: string,
  populationUrl: string,
  execArgv: string[] = [],
) {
  const keys = await ensureKeyPair(dataDir, "caller-context");
  const port = await freePort();
  const child = await startChild(
    path.join(REPO_ROOT, "gateway", "dist", "main.js"),
    {
      NODE_ENV: "development",
      LOG_LEVEL: "error",
      GATEWAY_PORT: String(port),
      POPULATION_URL: populationUrl,
      LICENCES_URL: hub.subgraphs.licences.url,
      CATALOG_URL: hub.subgraphs.catalog.url,
      CASES_URL: hub.subgraphs.cases.url,
      CALLER_CONTEXT_PRIVATE_JWK: JSON.stringify(keys.privateJwk),
      DEV_ISSUER_JWKS_FILE: (await ensureDevIssuer(dataDir)).jwksFile,
      CASES_ISSUER_JWKS_FILE: (await ensureServiceIssuer(dataDir, "cases")).jwksFile,
      ...NO_RATE_LIMITS,
      REDIS_URL: undefined,
      DATABASE_URL: undefined,
    },
    `http://127.0.0.1:${port}/health`,
    execArgv,
  );
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/**
 * A peer gateway (@graphql-hive/gateway runtime) in its own process, with Hive Gateway's own
 * query planner or Hive Router's (Rust), over the population subgraph at `populationUrl`.
 */
async function startPeer(
  hub: RunningHub,
  dataDir: string,
  planner: PeerPlanner,
  populationUrl: string,
) {
  ensurePeerInstalled();
  const keys = await ensureKeyPair(dataDir, "caller-context");
  const port = await freePort();
  const child = await startChild(
    path.join(__dirname, "peer-gateway.js"),
    {
      PEER_CONFIG: JSON.stringify({
        port,
        supergraphFile: path.join(REPO_ROOT, "schema", "supergraph.graphql"),
        subgraphUrls: {
          population: populationUrl,
          licences: hub.subgraphs.licences.url,
          catalog: hub.subgraphs.catalog.url,
          cases: hub.subgraphs.cases.url,
        },
        callerContextPrivateJwk: keys.privateJwk,
        caller: CALLER,
        planner,
      }),
    },
    `http://127.0.0.1:${port}/healthcheck`,
  );
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
