import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { CasePurposes } from "../access/case-purposes.js";
import { EnforcingPolicy, type AccessPolicy } from "../access/policy.js";
import { RequestAccess } from "../access/request-access.js";
import { SharingDirectory } from "../access/sharing-directory.js";
import { VerifyLimiter } from "../access/verify-limiter.js";
import { createAccessLogOrm } from "../access-log/access-log.orm.js";
import { AccessLogWriter } from "../access-log/access-log.writer.js";
import { ReleaseRecorder } from "../access-log/release-recorder.js";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextVerifier,
  REQUEST_ID_HEADER,
} from "../auth/caller-context.js";
import { errorFormatter } from "../errors/format.js";
import { migrate, type Orm } from "../orm/orm.js";
import { createLogger } from "../util/logger.js";
import { closeRedis, connectRedis } from "../util/redis.js";
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
  deps?: (orm: Orm) => Deps;
  /** Extra HTTP routes (e.g. a JWKS), answered without a caller context. */
  routes?: (deps: Deps, orm: Orm, verifier: CallerContextVerifier) => Record<string, Route>;
}

export interface RunningSubgraph<Deps = undefined> {
  name: string;
  url: string;
  port: number;
  orm: Orm;
  deps: Deps;
  sharing: SharingDirectory;
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
  const deps = options.deps?.(orm) as Deps;
  const accessLogOrm = options.accessLogUrl ? await createAccessLogOrm(options.accessLogUrl) : null;
  const accessLog = accessLogOrm ? new AccessLogWriter(accessLogOrm) : null;
  const sharing = new SharingDirectory({
    url: options.sharingUrl ?? null,
    token: options.sharingToken ?? null,
    redisUrl: options.redisUrl ?? null,
    pollMs: options.sharingPollMs,
    log: log.child({ part: "sharing" }),
  });
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
  const casePurposes = new CasePurposes(
    options.casesUrl ?? null,
    log.child({ part: "case-purposes" }),
  );
  const apollo = new ApolloServer<SubgraphContext<Deps>>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // No Apollo Studio here: federated tracing would only cost time on every request.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
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
                await accessLog.write(releases.records());
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
      onInternal: (error) => log.error({ err: error }, "resolver failed"),
    }),
  });
  await apollo.start();
  const http = await serveHttp<SubgraphContext<Deps>>({
    apollo,
    port: options.port,
    host: options.host,
    maxBodyBytes: options.maxBodyBytes,
    routes: options.routes?.(deps, orm, verifier),
    ready: async () => {
      await orm.orm.em.getConnection().execute("select 1");
      if (accessLogOrm) await accessLogOrm.orm.em.getConnection().execute("select 1");
      return true;
    },
    context: async (req) => {
      const requestId = header(req, REQUEST_ID_HEADER)?.slice(0, 100) ?? randomUUID();
      const signedContext = header(req, CALLER_CONTEXT_HEADER);
      const caller = await verifier.verify(signedContext);
      const casePurpose = caller.purpose?.startsWith("case:")
        ? await casePurposes.confirm(caller.purpose.slice(5), caller.dept, signedContext)
        : null;
      return createSubgraphContext<Deps>({
        caller,
        requestId,
        em: orm.fork(),
        log: log.child({ requestId }),
        deps,
        access: new RequestAccess(policy, caller, casePurpose, verifyLimiter),
        releases: new ReleaseRecorder(options.name, caller, requestId, casePurpose),
      });
    },
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
    // Idempotent: a test may stop a service before the hub that started it does.
    stop: () =>
      (stopping ??= (async () => {
        await sharing.stop();
        await http.close();
        await apollo.stop();
        await orm.close();
        await accessLogOrm?.close();
        await closeRedis(counters);
      })()),
  };
}
