import { readFileSync } from "node:fs";
import http from "node:http";
import { CALLER_CONTEXT_HEADER, CallerContextSigner, callerSchema } from "@gongxiang/kit";
import { peerConfig } from "./config.js";
import { loadPeerRuntime, loadRouterRuntime } from "./peer-install.js";

/**
 * The peer: @graphql-hive/gateway federating the same subgraphs on the same supergraph, with no
 * authentication of its own. The subgraphs still require a gateway-signed caller context, so it
 * forwards one for a fixed caller (the same caller our gateway's tokens stand for). With
 * `planner: "rust"` it plans and executes with Hive Router's runtime (the Rust query planner)
 * in place of its own JavaScript planner; all else is the same.
 */
async function main(): Promise<void> {
  const config = peerConfig();
  let supergraph = readFileSync(config.supergraphFile, "utf8");
  for (const [name, url] of Object.entries(config.subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(name: "${name}", url: ")[^"]+(")`), `$1${url}$2`);
  }
  const signer = await CallerContextSigner.fromJwk(config.callerContextPrivateJwk);
  const caller = callerSchema.parse(config.caller);
  const gateway = loadPeerRuntime().createGatewayRuntime({
    supergraph,
    logging: false,
    ...(config.planner === "rust"
      ? { unifiedGraphHandler: loadRouterRuntime().unifiedGraphHandler }
      : {}),
    propagateHeaders: {
      fromClientToSubgraphs: async ({ subgraphName }) => ({
        [CALLER_CONTEXT_HEADER]: await signer.sign(caller, subgraphName),
      }),
    },
  });
  http
    .createServer((req, res) => {
      void gateway(req, res);
    })
    .listen(config.port, "127.0.0.1", () => process.send?.("ready"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
