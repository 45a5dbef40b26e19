import { performance } from "node:perf_hooks";
import type { GraphQLDataSource } from "@apollo/gateway";
import type { ServiceMetrics } from "@gongxiang/kit/contracts";
import type { GatewayContext } from "../context.js";

const OUTCOME = /^[A-Z][A-Z0-9_]{0,39}$/;

/** Times every fetch the gateway makes from subgraphs, by subgraph and outcome. */
export function subgraphFetchTimer(metrics: ServiceMetrics) {
  const seconds = metrics.histogram({
    name: "gongxiang_subgraph_fetch_duration_seconds",
    help: "Time for one subgraph fetch of a query plan, by subgraph and outcome (OK, the first error's code, or FETCH_FAILED)",
    labelNames: ["subgraph", "outcome"],
  });
  return (
    subgraph: string,
    source: GraphQLDataSource<GatewayContext>,
  ): GraphQLDataSource<GatewayContext> => ({
    async process(options) {
      const started = performance.now();
      const observe = (outcome: string) =>
        seconds.observe({ subgraph, outcome }, (performance.now() - started) / 1000);
      try {
        const response = await source.process(options);
        const code = response.errors?.[0]?.extensions?.code;
        observe(
          code === undefined
            ? "OK"
            : typeof code === "string" && OUTCOME.test(code)
              ? code
              : "INTERNAL_SERVER_ERROR",
        );
        return response;
      } catch (error) {
        observe("FETCH_FAILED");
        throw error;
      }
    },
  });
}
