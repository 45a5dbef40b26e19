import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextVerifier,
  REQUEST_ID_HEADER,
} from "../auth/caller-context.js";
import { errorFormatter } from "../errors/format.js";
import { migrate, type Orm } from "../orm/orm.js";
import { createLogger } from "../util/logger.js";
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
  /** Long-lived parts every request's resolvers reach through ctx.deps. */
  deps?: (orm: Orm) => Deps;
  /** Extra HTTP routes (e.g. a JWKS), answered without a caller context. */
  routes?: (deps: Deps) => Record<string, Route>;
}

export interface RunningSubgraph<Deps = undefined> {
  name: string;
  url: string;
  port: number;
  orm: Orm;
  deps: Deps;
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
  const verifier = await CallerContextVerifier.fromJwk(options.callerContextPublicJwk);
  const orm = await options.openOrm((message) => log.debug(message));
  const applied = await migrate(orm).catch(async (error: unknown) => {
    await orm.close();
    throw error;
  });
  if (applied.length) log.info({ applied }, "migrations applied");
  const deps = options.deps?.(orm) as Deps;
  const apollo = new ApolloServer<SubgraphContext<Deps>>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // No Apollo Studio here: federated tracing would only cost time on every request.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
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
    routes: options.routes?.(deps),
    ready: async () => {
      await orm.orm.em.getConnection().execute("select 1");
      return true;
    },
    context: async (req) => {
      const requestId = header(req, REQUEST_ID_HEADER)?.slice(0, 100) ?? randomUUID();
      const caller = await verifier.verify(header(req, CALLER_CONTEXT_HEADER));
      return createSubgraphContext<Deps>({
        caller,
        requestId,
        em: orm.fork(),
        log: log.child({ requestId }),
        deps,
      });
    },
  });
  log.info({ url: http.url }, `${options.name} subgraph listening`);
  return {
    name: options.name,
    url: http.url,
    port: http.port,
    orm,
    deps,
    stop: async () => {
      await http.close();
      await apollo.stop();
      await orm.close();
    },
  };
}
