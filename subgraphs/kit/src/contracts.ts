/**
 * The kit's contracts: what the gateway shares with the subgraphs (the caller and its signed
 * context, errors, actions, limits, settings, logging, Redis, metrics, the HTTP server) and
 * nothing that builds or serves a subgraph. Nothing here may load MikroORM, knex, pg,
 * type-graphql or @apollo/subgraph (gateway/src/kit-contracts.test.ts checks it), so the
 * gateway imports `@gongxiang/kit/contracts` alone. The kit's main entry re-exports all of it.
 */
export * from "./errors/errors.js";
export { errorFormatter } from "./errors/format.js";
export * from "./auth/caller.js";
export * from "./auth/caller-context.js";
export {
  citizenIdCheckChar,
  citizenIdProblem,
  parseCitizenId,
  type CitizenIdParts,
} from "./identity/citizen-id.js";
export { parseEnv, envPrimitives, z } from "./util/env.js";
export { createLogger, type Logger } from "./util/logger.js";
export { TtlCache } from "./util/ttl-cache.js";
export {
  KeepAliveClient,
  type PlainRequest,
  type PlainResponse,
} from "./util/keep-alive-client.js";
export { runService } from "./server/run-service.js";
export { serveHttp, type HttpServerOptions, type RunningHttpServer } from "./server/http-server.js";
export {
  Action,
  ACTION_RULES,
  DATA_BUREAU,
  isPublishedAction,
  type ActionResources,
  type CaseResource,
  type StepResource,
} from "./access/actions.js";
export { queryActions } from "./schema/action-directive.js";
export { SlidingWindowLimiter } from "./limits/sliding-window.js";
export { connectRedis, closeRedis, type RedisClient } from "./util/redis.js";
export { ServiceMetrics } from "./telemetry/metrics.js";
export { exposeMetrics, type MetricsEndpoint } from "./telemetry/metrics-server.js";
export { telemetryEnv, telemetryConfig, type TelemetryConfig } from "./telemetry/telemetry-env.js";
export { currentRequestId, requestIdFrom } from "./telemetry/request-scope.js";
export { SettingError, portTaken } from "./server/setting-error.js";
export { stopTracing } from "./telemetry/tracing/tracing-handle.js";
