import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { parse } from "yaml";
import { dropDatabases, REPO_ROOT } from "@gongxiang/scripts";
import { freePort } from "./free-port.js";
import { roundRobin, type RoundRobin } from "./round-robin.js";

interface ComposeService {
  command?: string[];
  build?: unknown;
  profiles?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test: string[] };
}

export interface ServiceProcess {
  service: string;
  replica: number;
  /** The service's own port (its <NAME>_PORT) and metrics port (METRICS_PORT) here. */
  ports: Record<string, number>;
  child: ChildProcess;
  /** Everything it printed, line by line. */
  output: string[];
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
}

export interface ComposeStack {
  prefix: string;
  /** The .env the stack ran with (keys, AUTH_ISSUER...). */
  dotenv: Record<string, string>;
  processes: ServiceProcess[];
  replicas(service: string): ServiceProcess[];
  /** The round-robin balancer standing for a service's name (`population:4001`). */
  balancer(service: string): RoundRobin;
  /** URL of a database named in the compose file (gongxiang_<base>), on this stack's copy. */
  databaseUrl(name: string): string;
  /** Stops every process as `docker compose down` does (SIGTERM) and returns their exit codes. */
  stop(): Promise<Record<string, number | null>>;
}

/** The services built from this repository (the hub itself; PostgreSQL and Redis are the machine's). */
export async function composeServices(): Promise<Record<string, ComposeService>> {
  const file = parse(await readFile(path.join(REPO_ROOT, "docker-compose.yml"), "utf8")) as {
    services: Record<string, ComposeService>;
  };
  return Object.fromEntries(
    Object.entries(file.services).filter(([, s]) => s.build !== undefined && !s.profiles),
  );
}

/** The .env lines `npm run keys` prints, as a map. */
export function keysDotenv(): Record<string, string> {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts/dist/keys.js")], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`npm run keys failed: ${result.stderr}`);
  const env: Record<string, string> = {};
  for (const line of result.stdout.split("\n")) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (match) env[match[1]!] = match[2]!.replace(/^'(.*)'$/, "$1");
  }
  return env;
}

/** Compose's variable substitution: ${NAME}, ${NAME:-default}, ${NAME:?error}, $$. */
export function interpolate(value: string, dotenv: Record<string, string>): string {
  return value.replace(
    /\$\$|\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g,
    (whole, name: string | undefined, op: string | undefined, arg: string | undefined) => {
      if (whole === "$$") return "$";
      const set = dotenv[name!];
      if (set !== undefined && set !== "") return set;
      if (op === "-") return arg ?? "";
      if (op === "?") throw new Error(`compose: ${name}: ${arg}`);
      return "";
    },
  );
}

/**
 * Runs every hub service of docker-compose.yml as a plain process, exactly as the file
 * describes it: its command (the image's entry point) and its environment after compose's
 * substitution from a .env, with NODE_ENV=production from the file. What a container network
 * would provide is mapped onto this machine: PostgreSQL and Redis are the machine's (a database
 * prefix and a Redis database of the stack's own), and each service name is a round-robin
 * balancer in front of the service's replicas, each on a free port. Services start in the
 * file's depends_on order, each waiting for the healthchecks of what it depends on (the
 * healthcheck commands of the file, pointed at each replica).
 */
export async function startComposeStack(options: {
  dotenv: Record<string, string>;
  replicas?: Record<string, number>;
  /** Environment added to a service's (tracing, say); the file's own stays as it is. */
  extraEnv?: (service: string, replica: number) => Record<string, string>;
}): Promise<ComposeStack> {
  const databaseServer = process.env.DATABASE_URL;
  const redisServer = process.env.REDIS_URL;
  if (!databaseServer || !redisServer) throw new Error("DATABASE_URL and REDIS_URL are needed");
  const services = await composeServices();
  const prefix = `gx_c_${randomBytes(4).toString("hex")}`;
  const redisDb = 1 + (randomBytes(1)[0]! % 15);
  const machine = new URL(databaseServer);
  const dotenv = {
    POSTGRES_PASSWORD: decodeURIComponent(machine.password) || "trust",
    ...options.dotenv,
  };

  const initSql = await readFile(path.join(REPO_ROOT, "docker/initdb.sql"), "utf8");
  const admin = new pg.Client({ connectionString: databaseServer });
  await admin.connect();
  try {
    // What the postgres image runs from /docker-entrypoint-initdb.d, one statement at a time.
    for (const statement of initSql.replaceAll("gongxiang_", `${prefix}_`).split(";")) {
      if (statement.replace(/--.*$/gm, "").trim()) await admin.query(statement);
    }
  } finally {
    await admin.end();
  }
  const databases = [...initSql.matchAll(/create database (gongxiang_[a-z_]+)/g)].map(
    (m) => `${prefix}_${m[1]!.slice("gongxiang_".length)}`,
  );

  // Each replica's ports, and a balancer per service name in front of them.
  const layout = new Map<string, Record<string, number>[]>();
  const balancers = new Map<string, { container: number; lb: RoundRobin }>();
  for (const [name, service] of Object.entries(services)) {
    const env = service.environment ?? {};
    const portVars = Object.keys(env).filter((key) => key.endsWith("_PORT"));
    const replicas: Record<string, number>[] = [];
    for (let i = 0; i < (options.replicas?.[name] ?? 1); i++) {
      const ports: Record<string, number> = {};
      for (const key of portVars) ports[key] = await freePort();
      replicas.push(ports);
    }
    layout.set(name, replicas);
    const mainVar = `${name.toUpperCase()}_PORT`;
    if (env[mainVar]) {
      const lb = await roundRobin(
        0,
        replicas.map((ports) => ports[mainVar]!),
      );
      balancers.set(name, { container: Number(env[mainVar]), lb });
    }
  }

  const rewrite = (value: string): string => {
    let out = value.replace(
      /postgres:\/\/[^@/]*@postgres:5432\/gongxiang_([a-z_]+)/g,
      (_m, base: string) => {
        const url = new URL(databaseServer);
        url.pathname = `/${prefix}_${base}`;
        return url.toString();
      },
    );
    out = out.replace(
      /redis:\/\/redis:6379\/?/g,
      `${redisServer.replace(/\/\d*$/, "")}/${redisDb}`,
    );
    for (const [name, { container, lb }] of balancers) {
      out = out.replaceAll(`//${name}:${container}`, `//127.0.0.1:${lb.port}`);
    }
    // A compose host name left in a URL (not a user name: `postgres://postgres:secret@...`).
    if (
      /(\/\/|@)(postgres|redis|population|licences|catalog|cases|gateway)(:\d+)?(\/|$)/.test(out)
    ) {
      throw new Error(`compose: no mapping for ${out}`);
    }
    return out;
  };

  const processes: ServiceProcess[] = [];
  const stack: ComposeStack = {
    prefix,
    dotenv,
    processes,
    replicas: (service) => processes.filter((p) => p.service === service),
    balancer: (service) => balancers.get(service)!.lb,
    databaseUrl: (name) => {
      const url = new URL(databaseServer);
      url.pathname = `/${name.replace(/^gongxiang_/, `${prefix}_`)}`;
      return url.toString();
    },
    stop: async () => {
      const codes: Record<string, number | null> = {};
      for (const p of [...processes].reverse()) {
        p.child.kill("SIGTERM");
        const timer = setTimeout(() => p.child.kill("SIGKILL"), 10_000);
        codes[`${p.service}#${p.replica}`] = await p.exited;
        clearTimeout(timer);
      }
      for (const { lb } of balancers.values()) await lb.close();
      await dropDatabases(databaseServer, databases);
      return codes;
    },
  };

  try {
    for (const name of startOrder(services)) {
      const service = services[name]!;
      const [command, ...args] = service.command ?? [];
      if (command !== "node") throw new Error(`compose: ${name} runs ${command}, not node`);
      const replicas = layout.get(name)!;
      for (const [replica, ports] of replicas.entries()) {
        const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
        for (const [key, raw] of Object.entries(service.environment ?? {})) {
          env[key] = key in ports ? String(ports[key]) : rewrite(interpolate(String(raw), dotenv));
        }
        Object.assign(env, options.extraEnv?.(name, replica));
        processes.push(launch(name, replica, ports, args, env));
      }
      for (const [replica, ports] of replicas.entries()) {
        await healthy(
          name,
          service,
          ports,
          processes.find((p) => p.service === name && p.replica === replica)!,
        );
      }
    }
  } catch (error) {
    await stack.stop().catch(() => {});
    throw error;
  }
  return stack;
}

function launch(
  service: string,
  replica: number,
  ports: Record<string, number>,
  args: string[],
  env: Record<string, string>,
): ServiceProcess {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line) output.push(line);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return { service, replica, ports, child, output, exited };
}

/** The file's depends_on order (dependencies outside the hub, PostgreSQL and Redis, are here). */
function startOrder(services: Record<string, ComposeService>): string[] {
  const order: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (order.includes(name) || !services[name]) return;
    if (trail.includes(name)) throw new Error(`compose: dependency cycle ${trail.join(" -> ")}`);
    const deps = services[name]!.depends_on ?? {};
    for (const dep of Array.isArray(deps) ? deps : Object.keys(deps)) visit(dep, [...trail, name]);
    order.push(name);
  };
  for (const name of Object.keys(services)) visit(name, []);
  return order;
}

/**
 * Waits until the service's compose healthcheck passes against this replica (its own command,
 * localhost:<container port> pointed at the replica's port), or, for a service without one
 * (the gateway), until its /ready answers 200.
 */
async function healthy(
  name: string,
  service: ComposeService,
  ports: Record<string, number>,
  running: ServiceProcess,
): Promise<void> {
  const mainVar = `${name.toUpperCase()}_PORT`;
  const container = service.environment?.[mainVar];
  const test = service.healthcheck?.test;
  const args =
    test && test[0] === "CMD" && test[1] === "node"
      ? test
          .slice(2)
          .map((arg) => arg.replaceAll(`localhost:${container}`, `127.0.0.1:${ports[mainVar]}`))
      : [
          "-e",
          `fetch('http://127.0.0.1:${ports[mainVar]}/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
        ];
  // Run asynchronously: the balancers the service calls live in this process.
  const check = () =>
    new Promise<boolean>((resolve) => {
      const probe = spawn(process.execPath, args, { stdio: "ignore", timeout: 5_000 });
      probe.once("exit", (code) => resolve(code === 0));
      probe.once("error", () => resolve(false));
    });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) {
      throw new Error(
        `${name} exited (${running.child.exitCode}):\n${running.output.slice(-30).join("\n")}`,
      );
    }
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} never became healthy:\n${running.output.slice(-30).join("\n")}`);
}
