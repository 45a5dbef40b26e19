import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { CasePurposes } from "../access/case-purposes.js";
import { EnforcingPolicy, type AccessPolicy } from "../access/policy.js";
import { RequestAccess } from "../access/request-access.js";
import { SharingDirectory } from "../access/sharing-directory.js";
import { VerifyLimiter } from "../access/verify-limiter.js";
import { createAccessLogOrm } from "../access-log/access-log.orm.js";
import { AccessLogWriter } from "../access-log/access-log.writer.js";
import { ReleaseRecorder } from "../access-log/release-recorder.js";
import { CALLER_CONTEXT_HEADER, CallerContextVerifier } from "../auth/caller-context.js";
import { errorFormatter } from "../errors/format.js";
import { migrate, type Orm } from "../orm/orm.js";
import { PreparedReads } from "../orm/prepared-read.js";
import { createLogger } from "../util/logger.js";
import { closeRedis, connectRedis } from "../util/redis.js";
import { ServiceMetrics } from "../telemetry/metrics.js";
import { exposeMetrics } from "../telemetry/metrics-server.js";
import { currentRequestId } from "../telemetry/request-scope.js";
import { inSpan } from "../telemetry/spans.js";
import { accessLogObserver, watchSharing } from "../telemetry/subgraph-metrics.js";
import { createSubgraphContext, type SubgraphContext } from "./context.js";
import { serveHttp } from "./http-server.js";

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface SubgraphOptions<Deps = undefined> {
  name: string;
  logLevel: string;
  production: boolean;
  port: number;
  host?: string;
  /** The gateway's public key: only contexts it signed are accepted. */
  callerContextPublicJwk: Record<string, unknown>;
  /** Opens the service's ORM; its own messages go to the debug log. */
  openOrm: (log: (message: string) => void) => Promise<Orm>;
  schema: GraphQLSchema;
  /** The catalog's sharing snapshot URL; null: nothing is shared beyond owners and citizens. */
  sharingUrl?: string | null;
  /** The bearer token the catalog's snapshot route asks for. */
  sharingToken?: string | null;
  /** The access log's database; a base that releases personal data without one releases none. */
  accessLogUrl?: string | null;
  /** The cases base, which vouches for `case:<id>` purposes; unset: they count for nothing. */
  casesUrl?: string | null;
  /** Redis (pub/sub for sharing-rule changes, shared counters); unset: polling alone. */
  redisUrl?: string | null;
  /** Namespace of this deployment's counters in Redis. */
  redisPrefix?: string;
  /** How often the sharing rules are polled (ms). */
  sharingPollMs?: number;
  /** VERIFY answers about one person per department per hour. */
  verifyPerSubjectPerHour?: number;
  /**
   * The authorization core's policy; the default enforces the sharing rules and the action
   * table. Only the benchmark injects another (AllowAllPolicy, to measure what decisions and
   * the access log cost); refused in production and not reachable through configuration.
   */
  policy?: (sharing: SharingDirectory) => AccessPolicy;
  /** Largest request body accepted (default 1 MB; the cases base takes scans). */
  maxBodyBytes?: number;
  /** Further Apollo Server plugins of the service. */
  plugins?: ApolloServerPlugin<SubgraphContext<Deps>>[];
  /** Long-lived parts every request's resolvers reach through ctx.deps. */
  deps?: (orm: Orm, sharing: SharingDirectory) => Deps;
  /**
   * Extra HTTP routes (e.g. a JWKS), answered without a caller context; a route that acts for a
   * caller builds the same request context as GraphQL requests get with `contextFor`.
   */
  routes?: (
    deps: Deps,
    orm: Orm,
    verifier: CallerContextVerifier,
    contextFor: (req: IncomingMessage) => Promise<SubgraphContext<Deps>>,
  ) => Record<string, Route>;
  /** A port of its own for /metrics (METRICS_PORT); see exposeMetrics. */
  metricsPort?: number | null;
}

export interface RunningSubgraph<Deps = undefined> {
  name: string;
  url: string;
  port: number;
  orm: Orm;
  deps: Deps;
  sharing: SharingDirectory;
  /** The service's metrics registry: a service adds its own (the outbox's) here. */
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Starts one subgraph: opens its ORM, applies pending migrations (never schema sync), and
 * serves it; every request must carry a valid gateway-signed caller context.
 */
export async function startSubgraph<Deps = undefined>(
  options: SubgraphOptions<Deps>,
): Promise<RunningSubgraph<Deps>> {
  const log = createLogger(options.name, options.logLevel);
  const verifier = await CallerContextVerifier.fromJwk(
    options.callerContextPublicJwk,
    options.name,
  );
  const orm = await options.openOrm((message) => log.debug(message));
  const applied = await migrate(orm).catch(async (error: unknown) => {
    await orm.close();
    throw error;
  });
  if (applied.length) log.info({ applied }, "migrations applied");
  const sharing = new SharingDirectory({
    url: options.sharingUrl ?? null,
    token: options.sharingToken ?? null,
    redisUrl: options.redisUrl ?? null,
    pollMs: options.sharingPollMs,
    log: log.child({ part: "sharing" }),
  });
  const deps = options.deps?.(orm, sharing) as Deps;
  const reads = new PreparedReads(orm);
  const metrics = new ServiceMetrics(options.name, { subgraph: true });
  metrics.watchPool("main", orm);
  const accessLogOrm = options.accessLogUrl ? await createAccessLogOrm(options.accessLogUrl) : null;
  if (accessLogOrm) metrics.watchPool("access_log", accessLogOrm);
  const accessLog = accessLogOrm
    ? new AccessLogWriter(accessLogOrm, accessLogObserver(metrics))
    : null;
  await sharing.start();
  const policy = options.policy?.(sharing) ?? new EnforcingPolicy(sharing);
  if (!policy.enforcing && options.production) {
    throw new Error("the access rules cannot be off in production");
  }
  const counters = options.redisUrl ? connectRedis(options.redisUrl, log) : null;
  const verifyLimiter = new VerifyLimiter(
    options.verifyPerSubjectPerHour ?? 5,
    counters,
    options.redisPrefix,
  );
  if (options.sharingUrl) watchSharing(metrics, sharing);
  const casePurposes = new CasePurposes(
    options.casesUrl ?? null,
    log.child({ part: "case-purposes" }),
  );
  const apollo = new ApolloServer<SubgraphContext<Deps>>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // Stopping is ours: services first, in order, then PostgreSQL (see runService, npm start).
    stopOnTerminationSignals: false,
    // No Apollo Studio here: federated tracing would only cost time on every request.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints in subgraphs (the gateway decides what is public and cacheable): the
      // default cache-control plugin would wrap every field's resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      metrics.plugin(),
      ...(options.plugins ?? []),
      {
        // The access log is written before the response leaves; if it cannot be, nothing is.
        requestDidStart: () =>
          Promise.resolve({
            willSendResponse: async ({ contextValue, response }) => {
              const releases = contextValue.releases;
              if (releases.size === 0 || !contextValue.access.policy.enforcing) return;
              try {
                if (!accessLog) throw new Error("no access log is configured");
                const records = releases.records();
                await inSpan(
                  "access_log.write",
                  { "gongxiang.access_log.entries": records.length },
                  () => accessLog.write(records),
                );
              } catch (error) {
                log.error({ err: error }, "access log not written: personal data withheld");
                if (response.body.kind === "single") {
                  response.body.singleResult.data = null;
                  response.body.singleResult.errors = [
                    {
                      message:
                        "personal data is not released while the access log cannot be written",
                      extensions: { code: "INTERNAL_SERVER_ERROR" },
                    },
                  ];
                }
              }
            },
          }),
      },
    ],
    formatError: errorFormatter({
      production: options.production,
      onInternal: (error) =>
        log.error({ err: error, requestId: currentRequestId() }, "resolver failed"),
    }),
  });
  await apollo.start();
  // A port that is taken fails the start: close what is open so the process can exit.
  const abandon = async (error: unknown): Promise<never> => {
    await sharing.stop();
    await closeRedis(counters);
    await apollo.stop();
    await orm.close();
    await accessLogOrm?.close();
    throw error;
  };
  const metricsEndpoint = await exposeMetrics({
    metrics,
    production: options.production,
    metricsPort: options.metricsPort ?? null,
    host: options.host,
  }).catch(abandon);
  /** The caller context a gateway-signed request carries, as GraphQL and routes see it. */
  const contextFor = async (
    req: IncomingMessage,
    requestId = currentRequestId() ?? randomUUID(),
  ): Promise<SubgraphContext<Deps>> => {
    const signedContext = header(req, CALLER_CONTEXT_HEADER);
    const caller = await verifier.verify(signedContext);
    const casePurpose = await casePurposes.forCaller(caller, signedContext);
    return createSubgraphContext<Deps>({
      caller,
      requestId,
      fork: () => orm.fork(),
      reads,
      log: log.child({ requestId }),
      deps,
      access: new RequestAccess(policy, caller, casePurpose, verifyLimiter),
      releases: new ReleaseRecorder(options.name, caller, requestId, casePurpose),
    });
  };
  const http = await serveHttp<SubgraphContext<Deps>>({
    apollo,
    port: options.port,
    portSetting: `${options.name.toUpperCase()}_PORT`,
    service: options.name,
    metrics,
    metricsOnPort: metricsEndpoint.onServicePort,
    host: options.host,
    maxBodyBytes: options.maxBodyBytes,
    routes: options.routes?.(deps, orm, verifier, contextFor),
    ready: async () => {
      await orm.orm.em.getConnection().execute("select 1");
      if (accessLogOrm) await accessLogOrm.orm.em.getConnection().execute("select 1");
      return true;
    },
    context: (req, { requestId }) => contextFor(req, requestId),
  }).catch(async (error: unknown) => {
    await metricsEndpoint.close();
    return abandon(error);
  });
  log.info({ url: http.url }, `${options.name} subgraph listening`);
  let stopping: Promise<void> | undefined;
  return {
    name: options.name,
    url: http.url,
    port: http.port,
    orm,
    deps,
    sharing,
    metrics,
    // Idempotent: a test may stop a service before the hub that started it does.
    stop: () =>
      (stopping ??= (async () => {
        // Answer what is in flight (each release logged before it leaves), then close.
        await http.close();
        await accessLog?.drain();
        await sharing.stop();
        await apollo.stop();
        await metricsEndpoint.close();
        await orm.close();
        await accessLogOrm?.close();
        await closeRedis(counters);
      })()),
  };
}
