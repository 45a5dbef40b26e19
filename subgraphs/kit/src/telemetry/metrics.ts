import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from "prom-client";
import type { Orm } from "../orm/orm.js";
import { OperationLabels, outcomeLabel } from "./labels.js";
import { noteGraphQLOutcome } from "./request-scope.js";

/** Latency buckets (seconds) for requests and their parts: 2 ms to 10 s. */
const SECONDS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/**
 * One service's metrics, in a registry of its own (`npm start` runs every service in one
 * process, each answering /metrics for itself). Labels carry operation names and codes only,
 * never a value from a request.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations: OperationLabels;
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly requestSeconds: Histogram<"operation" | "outcome">;
  private readonly rateLimited: Counter | null;
  private readonly pools = new Map<string, Orm>();

  constructor(
    readonly service: string,
    options: { subgraph?: boolean } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.operations = new OperationLabels(options.subgraph ? service : null);
    this.requests = this.counter({
      name: "gongxiang_graphql_requests_total",
      help: "GraphQL requests answered, by operation name and outcome (OK or the first error's code)",
      labelNames: ["operation", "outcome"],
    });
    this.requestSeconds = this.histogram({
      name: "gongxiang_graphql_request_duration_seconds",
      help: "Time to answer a GraphQL request, access-log write included",
      labelNames: ["operation", "outcome"],
      buckets: SECONDS,
    });
    // Only the gateway limits rates.
    this.rateLimited = options.subgraph
      ? null
      : this.counter({
          name: "gongxiang_rate_limit_refusals_total",
          help: "Requests refused with RATE_LIMITED",
        });
    const pools = this.pools;
    this.gauge({
      name: "gongxiang_db_pool_connections",
      help: "PostgreSQL pool connections by state (used, free, pending acquisitions, max)",
      labelNames: ["pool", "state"],
      collect() {
        for (const [name, orm] of pools) {
          const pool = tarnPool(orm);
          if (!pool) continue;
          this.set({ pool: name, state: "used" }, pool.numUsed());
          this.set({ pool: name, state: "free" }, pool.numFree());
          this.set({ pool: name, state: "pending" }, pool.numPendingAcquires());
          this.set({ pool: name, state: "max" }, pool.max);
        }
      },
    });
  }

  counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
    return new Histogram({ buckets: SECONDS, ...config, registers: [this.registry] });
  }

  /** Reports the pool of an ORM under `name` (main, access_log). */
  watchPool(name: string, orm: Orm): void {
    this.pools.set(name, orm);
  }

  /** Counts one answered GraphQL request. */
  observeRequest(operationName: string | null | undefined, code: unknown, seconds: number): void {
    const labels = {
      operation: this.operations.label(operationName),
      outcome: outcomeLabel(code),
    };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
    if (labels.outcome === "RATE_LIMITED") this.rateLimited?.inc();
  }

  /**
   * Notes each operation's name and its response for the HTTP layer, which counts the request
   * once it is answered, and names the trace's server span after the operation.
   */
  plugin<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
    return {
      requestDidStart: () =>
        Promise.resolve({
          didResolveOperation: ({ operationName }) => {
            trace
              .getActiveSpan()
              ?.setAttribute("graphql.operation.name", this.operations.label(operationName));
            return Promise.resolve();
          },
          willSendResponse: ({ operationName, request, response }) => {
            noteGraphQLOutcome({
              operationName: operationName ?? request.operationName ?? null,
              errors: () =>
                response.body.kind === "single" ? response.body.singleResult.errors : undefined,
            });
            return Promise.resolve();
          },
        }),
    };
  }

  /** The text Prometheus scrapes. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

function tarnPool(orm: Orm): TarnPool | undefined {
  return (orm.orm.em.getKnex().client as { pool?: TarnPool }).pool;
}
