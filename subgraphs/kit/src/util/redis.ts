import { createClient } from "redis";
import type { Logger } from "./logger.js";

export type RedisClient = ReturnType<typeof createClient>;

const attempts = new WeakMap<RedisClient, { inFlight: boolean }>();

/**
 * A Redis client that never holds a request up: commands fail at once while it is disconnected
 * (no offline queue), it reconnects in the background, and an outage is logged once, not per
 * retry. Callers treat a failed command as "Redis unavailable" and fall back.
 */
export function connectRedis(
  url: string,
  log: Logger,
  onReady?: (firstTime: boolean) => void,
): RedisClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries: number) => Math.min(50 + retries * 100, 2_000),
    },
  });
  let healthy = false;
  let readyBefore = false;
  let warned = false;
  // A connection attempt runs from the start and each "reconnecting" to its "ready" or "error".
  const attempt = { inFlight: true };
  attempts.set(client, attempt);
  client.on("reconnecting", () => (attempt.inFlight = true));
  client.on("error", (error: unknown) => {
    attempt.inFlight = false;
    if (healthy || !warned) log.warn({ err: error }, "redis unavailable; falling back");
    healthy = false;
    warned = true;
  });
  client.on("ready", () => {
    attempt.inFlight = false;
    healthy = true;
    const first = !readyBefore;
    readyBefore = true;
    if (!first) log.info("redis is back");
    onReady?.(first);
  });
  client.connect().catch(() => {
    // Reported through the error event; the client keeps retrying.
  });
  return client;
}

/** Closes a client whatever state it is in, within about three seconds. */
export async function closeRedis(client: RedisClient | null): Promise<void> {
  if (!client) return;
  // The client cannot abort a connection attempt in flight: one that succeeds after close() or
  // destroy() stays open for good (and keeps the process alive). Let the attempt end first;
  // one that neither succeeds nor fails in time (a server that never answers) is cut off.
  if (attempts.get(client)?.inFlight) await attemptEnded(client);
  try {
    if (client.isReady) await client.close();
    else if (client.isOpen) client.destroy();
  } catch {
    if (client.isOpen) client.destroy();
  }
}

/** Resolves when the client's attempt in flight succeeds or fails, or after three seconds. */
function attemptEnded(client: RedisClient): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      client.off("error", done);
      resolve();
    };
    // connectTimeout (2 s) bounds the TCP connect, not the handshake after it.
    const timer = setTimeout(done, 3_000);
    client.once("ready", done);
    client.once("error", done);
  });
}
