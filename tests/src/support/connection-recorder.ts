import { appendFileSync } from "node:fs";
import dns from "node:dns";
import net from "node:net";
import { threadId } from "node:worker_threads";

/**
 * Records every TCP connection and name lookup of this thread (issue 11, finding 11: a hub
 * connects to nothing but what it is configured to reach). Loaded with `node --require` and
 * CONNECTION_LOG set, it records each thread of the process, worker threads included (they run
 * the process's preloads too), as one JSON line per event in that file.
 */
export interface Connection {
  host: string;
  port: number | null;
  thread: number;
}

function targetOf(args: unknown[]): Omit<Connection, "thread"> {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === "number") return { host: String(args[1] ?? "localhost"), port: first };
  if (typeof first === "string") return { host: `unix:${first}`, port: null };
  const options = (first ?? {}) as { host?: string; port?: number | string; path?: string };
  if (options.path) return { host: `unix:${options.path}`, port: null };
  return { host: options.host ?? "localhost", port: Number(options.port) };
}

/** Starts recording; the function returned stops it. */
export function recordConnections(
  onConnect: (connection: Connection) => void,
  onLookup: (hostname: string, thread: number) => void,
): () => void {
  const originalConnect = net.Socket.prototype.connect;
  const originalLookup = dns.lookup;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    onConnect({ ...targetOf(args), thread: threadId });
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  dns.lookup = function (hostname: string, ...rest: unknown[]) {
    onLookup(hostname, threadId);
    return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
  } as typeof dns.lookup;
  return () => {
    net.Socket.prototype.connect = originalConnect;
    dns.lookup = originalLookup;
  };
}

const file = process.env.CONNECTION_LOG;
if (file) {
  recordConnections(
    (connection) => appendFileSync(file, `${JSON.stringify({ connect: connection })}\n`),
    (hostname, thread) => appendFileSync(file, `${JSON.stringify({ lookup: hostname, thread })}\n`),
  );
}
