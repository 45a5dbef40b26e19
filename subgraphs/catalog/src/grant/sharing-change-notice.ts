import {
  SHARING_CHANGED_CHANNEL,
  type ApolloServerPlugin,
  type Logger,
  type RedisClient,
} from "@gongxiang/kit";
import type { CatalogContext } from "../context.js";

/**
 * After a mutation commits, tells every base that the sharing rules may have changed, so a
 * revocation is in force everywhere within milliseconds. Without Redis (or while it is down)
 * the bases' polling still brings the change within half a second.
 */
export function sharingChangeNotices(
  redis: RedisClient | null,
  log: Logger,
): ApolloServerPlugin<CatalogContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: async ({ operation, response }) => {
          if (!redis || operation?.operation !== "mutation") return;
          if (response.body.kind === "single" && response.body.singleResult.errors?.length) return;
          try {
            await redis.publish(SHARING_CHANGED_CHANNEL, String(Date.now()));
          } catch (error) {
            log.warn({ err: error }, "sharing change not announced; bases will see it by polling");
          }
        },
      }),
  };
}
