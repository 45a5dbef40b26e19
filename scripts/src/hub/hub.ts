import {
  loadGatewayConfig,
  startGateway,
  startGatewayInThread,
  type RunningGateway,
} from "@gongxiang/gateway";
import {
  loadCatalogConfig,
  loadCatalogDemo,
  startCatalog,
  type CatalogDeps,
} from "@gongxiang/catalog";
import { loadCasesConfig, startCases, type RunningCases } from "@gongxiang/cases";
import type { RunningSubgraph } from "@gongxiang/kit";
import {
  loadLicencesConfig,
  loadLicencesDemo,
  startLicences,
  type RunningLicences,
} from "@gongxiang/licences";
import { loadPopulationConfig, loadPopulationDemo, startPopulation } from "@gongxiang/population";
import { loadWebConfig, startWebServer, type RunningWebServer } from "@gongxiang/web";
import type { HubConfig } from "../config.js";
import { readDemoCatalog, readDemoDataset } from "./demo.js";
import { ensureDevIssuer, ensureServiceIssuer } from "./dev-issuer.js";
import { ensureKeyPair, ensureSecret } from "./keys.js";
import { databaseUrl, ensureDatabases, openPostgres, type PostgresServer } from "./postgres.js";
import { sharingEnv, sharingToken } from "./sharing-env.js";

export interface HubOptions {
  /** Database names are <prefix>_<base>; tests use a prefix of their own. */
  databasePrefix?: string;
  /** An already running PostgreSQL server to use instead of the configured one. */
  postgres?: PostgresServer;
  /**
   * The gateway on this thread's event loop rather than a worker thread of its own: for a test
   * that watches the gateway's own connections from this thread.
   */
  gatewayOnThisThread?: boolean;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: {
    population: RunningSubgraph;
    licences: RunningLicences;
    catalog: RunningSubgraph<CatalogDeps>;
    cases: RunningCases;
  };
  /** The web app (its production build). */
  web: RunningWebServer;
  databases: Record<string, string>;
  postgres: PostgresServer;
  stop(): Promise<void>;
}

/** The access log's optional settings, passed through from the environment as given. */
function accessLogSettings(env: Record<string, string | undefined>): Record<string, string> {
  const names = ["ACCESS_LOG_CHECKPOINT_INTERVAL_MS", "ACCESS_LOG_WITNESS"];
  return Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
}

/**
 * Starts the whole hub in this process: PostgreSQL (embedded unless a server is given), a
 * database per base, migrations, the demo dataset, every subgraph on its own port, the gateway.
 */
export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<RunningHub> {
  const prefix = options.databasePrefix ?? "gongxiang";
  const ownPostgres = !options.postgres;
  const postgres = options.postgres ?? (await openPostgres(config));
  const started: { stop(): Promise<void> }[] = [];
  try {
    const databases = {
      population: `${prefix}_population`,
      licences: `${prefix}_licences`,
      catalog: `${prefix}_catalog`,
      accessLog: `${prefix}_access_log`,
      cases: `${prefix}_cases`,
    };
    const accessLogUrl = databaseUrl(postgres.url, databases.accessLog);
    await ensureDatabases(postgres.url, Object.values(databases));
    const callerKeys = await ensureKeyPair(config.dataDir, "caller-context");
    const common = {
      NODE_ENV: config.env.NODE_ENV,
      LOG_LEVEL: config.logLevel,
      REDIS_PREFIX: prefix,
      ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}),
      ...(config.env.VERIFY_PER_SUBJECT_PER_HOUR
        ? { VERIFY_PER_SUBJECT_PER_HOUR: config.env.VERIFY_PER_SUBJECT_PER_HOUR }
        : {}),
    };

    const catalog = await startCatalog(
      loadCatalogConfig({
        ...common,
        CATALOG_PORT: String(config.ports.catalog),
        CATALOG_DATABASE_URL: databaseUrl(postgres.url, databases.catalog),
        ACCESS_LOG_DATABASE_URL: accessLogUrl,
        CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(callerKeys.publicJwk),
        SHARING_SNAPSHOT_TOKEN: await sharingToken(config.dataDir),
        // The access log's checkpoint key is sealed under this; it never enters the database.
        ACCESS_LOG_MASTER_KEY: await ensureSecret(config.dataDir, "access-log-master"),
        ...accessLogSettings(config.env),
      }),
      { host: config.host },
    );
    started.push(catalog);
    const sharing = await sharingEnv(catalog.url, config.dataDir);
    const casesIssuer = await ensureServiceIssuer(config.dataDir, "cases");
    const screeningToken = await ensureSecret(config.dataDir, "screening");
    const cases = await startCases(
      loadCasesConfig({
        ...config.env,
        ...common,
        CASES_PORT: String(config.ports.cases),
        CASES_DATABASE_URL: databaseUrl(postgres.url, databases.cases),
        CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(callerKeys.publicJwk),
        ...sharing,
        ACCESS_LOG_DATABASE_URL: accessLogUrl,
        CASES_SERVICE_PRIVATE_JWK: JSON.stringify(casesIssuer.privateJwk),
        SCREENING_TOKEN: screeningToken,
        CASES_MASTER_KEY: await ensureSecret(config.dataDir, "cases-master"),
      }),
      { host: config.host },
    );
    started.push(cases);
    const casesUrl = new URL("/", cases.url).toString();
    const population = await startPopulation(
      loadPopulationConfig({
        ...common,
        POPULATION_PORT: String(config.ports.population),
        POPULATION_DATABASE_URL: databaseUrl(postgres.url, databases.population),
        CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(callerKeys.publicJwk),
        ...sharing,
        ACCESS_LOG_DATABASE_URL: accessLogUrl,
        CASES_URL: casesUrl,
        SCREENING_TOKEN: screeningToken,
      }),
      { host: config.host },
    );
    started.push(population);
    cases.deps.messages.screen.connect(new URL("/screening", population.url).toString());
    const licencesIssuer = await ensureServiceIssuer(config.dataDir, "licences");
    const licences = await startLicences(
      loadLicencesConfig({
        ...common,
        LICENCES_PORT: String(config.ports.licences),
        LICENCES_DATABASE_URL: databaseUrl(postgres.url, databases.licences),
        CALLER_CONTEXT_PUBLIC_JWK: JSON.stringify(callerKeys.publicJwk),
        ...sharing,
        ACCESS_LOG_DATABASE_URL: accessLogUrl,
        CASES_URL: casesUrl,
        LICENCES_SERVICE_PRIVATE_JWK: JSON.stringify(licencesIssuer.privateJwk),
        LICENCE_SEAL_MASTER_KEY: await ensureSecret(config.dataDir, "licence-seal-master"),
      }),
      { host: config.host },
    );
    started.push(licences);
    const demo = await readDemoDataset();
    await loadPopulationDemo(population.orm, demo.people);
    await loadLicencesDemo(licences.orm, licences.deps.sealKeys, demo.licences, demo.people);
    await loadCatalogDemo(catalog.orm, catalog.deps.supergraph, {
      sites: demo.sites,
      catalog: await readDemoCatalog(),
      grants: demo.grants,
    });
    // Start serving with the demo's grants in force rather than at the next poll.
    await Promise.all([population, licences, cases].map((subgraph) => subgraph.sharing.refresh()));

    const web = await startWebServer(
      loadWebConfig({ ...config.env, WEB_PORT: String(config.ports.web) }),
      { host: config.host },
    );
    started.push(web);
    const devIssuer = config.production ? null : await ensureDevIssuer(config.dataDir);
    const devSignIn = devIssuer
      ? (await ensureKeyPair(config.dataDir, "dev-issuer")).privateJwk
      : null;
    const gatewayEnv = {
      ...config.env,
      ...common,
      GATEWAY_PORT: String(config.ports.gateway),
      REDIS_PREFIX: prefix,
      POPULATION_URL: population.url,
      LICENCES_URL: licences.url,
      CATALOG_URL: catalog.url,
      CASES_URL: cases.url,
      CLIENT_ADDRESS_SECRET: await ensureSecret(config.dataDir, "client-address"),
      CASES_ISSUER_JWKS_FILE: casesIssuer.jwksFile,
      LICENCES_ISSUER_JWKS_FILE: licencesIssuer.jwksFile,
      CALLER_CONTEXT_PRIVATE_JWK: JSON.stringify(callerKeys.privateJwk),
      ...(devIssuer ? { DEV_ISSUER_JWKS_FILE: devIssuer.jwksFile } : {}),
      // The app's own origins (and, in development, Vite's) unless configured.
      CORS_ALLOWED_ORIGINS:
        config.env.CORS_ALLOWED_ORIGINS ??
        [...web.origins, ...(config.production ? [] : config.webDevOrigins)].join(","),
      ...(devSignIn ? { DEV_TOKEN_PRIVATE_JWK: JSON.stringify(devSignIn) } : {}),
    };
    // Its own event loop (a second core) unless a test needs it here.
    const gateway = options.gatewayOnThisThread
      ? await startGateway(loadGatewayConfig(gatewayEnv), { host: config.host })
      : await startGatewayInThread(gatewayEnv, {
          host: config.host,
          tracingService: "gongxiang-hub",
        });
    started.push(gateway);
    web.connect(gateway.url);
    cases.deps.gateway.connect(gateway.url);
    licences.deps.hub.connect(gateway.url);
    cases.deps.licenceSeals.connect(licences.jwksUrl);

    return {
      gateway,
      subgraphs: { population, licences, catalog, cases },
      web,
      databases,
      postgres,
      stop: async () => {
        for (const service of started.reverse()) await service.stop();
        if (ownPostgres) await postgres.stop();
      },
    };
  } catch (error) {
    for (const service of started.reverse()) await service.stop().catch(() => {});
    if (ownPostgres) await postgres.stop().catch(() => {});
    throw error;
  }
}
