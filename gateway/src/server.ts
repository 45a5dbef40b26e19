import { readFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { parse } from "graphql";
import {
  CallerContextSigner,
  closeRedis,
  connectRedis,
  createLogger,
  currentRequestId,
  errorFormatter,
  publicCaller,
  exposeMetrics,
  purposeSchema,
  serveHttp,
  ServiceMetrics,
} from "@gongxiang/kit/contracts";
import { AccessTokenVerifier } from "./auth/access-token.js";
import { publicCaching } from "./cache/public-caching.js";
import { ClientAddresses } from "./auth/client-address.js";
import { browserSupport } from "./browser/browser-support.js";
import { disableApolloTelemetry, type GatewayConfig } from "./config.js";
import type { GatewayContext } from "./context.js";
import { keepAliveFetcher } from "./fetch/keep-alive-fetcher.js";
import { SubgraphSource } from "./fetch/subgraph-source.js";
import { operationLimitRules } from "./limits/operation-limits.js";
import { badRequest, requestChecks } from "./limits/request-checks.js";
import { RateLimiter } from "./limits/rate-limiter.js";
import { subgraphFetchTimer } from "./telemetry/timed-source.js";
import { SCAN_DOWNLOAD_PATH, scanDownloadRoute } from "./scans/scan-download.js";

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Starts the gateway on the committed supergraph (never introspection): authenticate, then
 * plan and fetch, signing the caller's context for every subgraph fetch.
 */
export async function startGateway(
  config: GatewayConfig,
  options: { host?: string } = {},
): Promise<RunningGateway> {
  const log = createLogger("gateway", config.logLevel);
  const supergraphSdl = await readFile(config.supergraphFile, "utf8");
  const signer = await CallerContextSigner.fromJwk(config.callerContextPrivateJwk);
  const tokens = await AccessTokenVerifier.create(config.issuers, config);
  const subgraphUrls = new Map<string, string>();
  const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : null;
  const rateLimiter = new RateLimiter(config.rateLimits, redis, config.redisPrefix);
  const addresses = new ClientAddresses(config.clientAddressSecret, config.trustedProxyHops);
  const metrics = new ServiceMetrics("gateway");
  const timed = subgraphFetchTimer(metrics);

  const browser = await browserSupport(config, {
    tokens,
    rateLimiter,
    signer,
    casesUrl: () => subgraphUrls.get("cases"),
  });

  disableApolloTelemetry();
  const connections = keepAliveFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = config.subgraphUrls[name] ?? url;
      if (!resolved) throw new Error(`no URL for subgraph ${name}`);
      subgraphUrls.set(name, resolved);
      return timed(name, new SubgraphSource(name, resolved, signer, connections.fetcher));
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    // No "did you mean" hints that map the schema for an attacker in production.
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
    // Stopping is ours: services first, in order, then PostgreSQL (see runService, npm start).
    stopOnTerminationSignals: false,
    validationRules: operationLimitRules(config.limits),
    // Persisted documents are the browser plugin's; Apollo's own would register any document.
    persistedQueries: false,
    plugins: [
      metrics.plugin(),
      browser.plugin,
      requestChecks,
      // Cache headers are ours: published answers only, everything else no-store.
      ApolloServerPluginCacheControlDisabled(),
      publicCaching(parse(supergraphSdl), config.publicCacheMaxAgeSeconds),
    ],
    formatError: errorFormatter({
      production: config.production,
      onInternal: (error) =>
        log.error({ err: error, requestId: currentRequestId() }, "request failed"),
    }),
  });
  await apollo.start();
  const metricsEndpoint = await exposeMetrics({
    metrics,
    production: config.production,
    metricsPort: config.telemetry.metricsPort,
    host: options.host,
  });

  const http = await serveHttp({
    apollo,
    port: config.port,
    portSetting: "GATEWAY_PORT",
    service: "gateway",
    metrics,
    metricsOnPort: metricsEndpoint.onServicePort,
    host: options.host,
    maxBodyBytes: config.limits.maxBodyBytes,
    intercept: browser.intercept,
    // Scans go out as attachments (a GraphQL query underneath, with the caller's token).
    routes: { ...browser.routes, [SCAN_DOWNLOAD_PATH]: scanDownloadRoute() },
    context: async (req, { requestId }) => {
      // No token at all: the public caller kind, which reads only what is published.
      const authorization = header(req, "authorization");
      const identity =
        authorization === undefined
          ? { ...publicCaller(addresses.key(req)), boundPurpose: null, clientId: null }
          : await tokens.verify(authorization);
      await rateLimiter.take(identity.sub, identity.dept);
      const purposeHeader = header(req, "x-purpose");
      if (purposeHeader !== undefined && authorization === undefined) {
        throw badRequest("BAD_USER_INPUT", "a purpose is given only with a token");
      }
      let purpose: string | null = null;
      if (purposeHeader !== undefined) {
        // One purpose per request: a repeated header arrives joined by ", " and fails too.
        const parsed = purposeSchema.safeParse(purposeHeader);
        if (!parsed.success) {
          throw badRequest(
            "BAD_USER_INPUT",
            "x-purpose must be one case:<caseId> or item:<serviceItemCode>",
          );
        }
        purpose = parsed.data;
      }
      if (identity.boundPurpose !== null) {
        if (purpose !== null && purpose !== identity.boundPurpose) {
          throw badRequest("BAD_USER_INPUT", "this token serves only its own purpose");
        }
        purpose = identity.boundPurpose;
      }
      const { boundPurpose: _bound, clientId, ...caller } = identity;
      return { caller: { ...caller, purpose }, requestId, clientId };
    },
    ready: async () => {
      const checks = [...subgraphUrls.values()].map(async (url) => {
        const response = await fetch(new URL("/ready", url), {
          signal: AbortSignal.timeout(2_000),
        });
        return response.ok;
      });
      return (await Promise.all(checks)).every(Boolean);
    },
  });
  log.info({ url: http.url }, "gateway listening");
  return {
    url: http.url,
    port: http.port,
    stop: async () => {
      await http.close();
      await apollo.stop();
      connections.close();
      await metricsEndpoint.close();
      await closeRedis(redis);
    },
  };
}
