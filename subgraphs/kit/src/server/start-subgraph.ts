import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import {
  CALLER_CONTEXT_HEADER,
  REQUEST_ID_HEADER,
  type CallerContextVerifier,
} from "../auth/caller-context.js";
import { errorFormatter } from "../errors/format.js";
import type { Orm } from "../orm/orm.js";
import type { Logger } from "../util/logger.js";
import { createSubgraphContext, type SubgraphContext } from "./context.js";
import { serveHttp } from "./http-server.js";

export interface SubgraphOptions<Deps = unknown> {
  name: string;
  schema: GraphQLSchema;
  orm: Orm;
  verifier: CallerContextVerifier;
  log: Logger;
  port: number;
  host?: string;
  production: boolean;
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
  /** Long-lived parts every request's resolvers reach through ctx.deps. */
  deps?: Deps;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: Orm;
  stop(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Starts one subgraph: every request must carry a valid gateway-signed caller context. */
export async function startSubgraph<Deps = unknown>(
  options: SubgraphOptions<Deps>,
): Promise<RunningSubgraph> {
  const { log } = options;
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
    routes: options.routes,
    ready: async () => {
      await options.orm.orm.em.getConnection().execute("select 1");
      return true;
    },
    context: async (req) => {
      const requestId = header(req, REQUEST_ID_HEADER)?.slice(0, 100) ?? randomUUID();
      const caller = await options.verifier.verify(header(req, CALLER_CONTEXT_HEADER));
      return createSubgraphContext<Deps>({
        caller,
        requestId,
        em: options.orm.fork(),
        log: log.child({ requestId }),
        deps: options.deps as Deps,
      });
    },
  });
  log.info({ url: http.url }, `${options.name} subgraph listening`);
  return {
    name: options.name,
    url: http.url,
    port: http.port,
    orm: options.orm,
    stop: async () => {
      await http.close();
      await apollo.stop();
      await options.orm.close();
    },
  };
}
