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
  try {
    if (client.isOpen) await client.close();
    else client.destroy();
  } catch {
    client.destroy();
  }
}
