import { createClient } from "redis";
import type { Logger } from "./logger.js";

export type RedisClient = ReturnType<typeof createClient>;

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
  client.on("error", (error: unknown) => {
    if (healthy || !warned) log.warn({ err: error }, "redis unavailable; falling back");
    healthy = false;
    warned = true;
  });
  client.on("ready", () => {
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

/** Closes a client whatever state it is in. */
export async function closeRedis(client: RedisClient | null): Promise<void> {
  if (!client) return;
  // The client cannot abort a connection attempt in flight: one that succeeds after close() or
  // destroy() stays open for good (and keeps the process alive). Let the attempt end first.
  if (client.isOpen && !client.isReady) await attemptEnded(client);
  try {
    if (client.isOpen) await client.close();
    else client.destroy();
  } catch {
    client.destroy();
  }
}

/** Resolves when the client's current connection attempt succeeds or fails. */
function attemptEnded(client: RedisClient): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      client.off("error", done);
      resolve();
    };
    // connectTimeout (2 s) ends any attempt; this only guards against a library change.
    const timer = setTimeout(done, 3_000);
    client.once("ready", done);
    client.once("error", done);
  });
}
