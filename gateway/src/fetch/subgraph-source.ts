import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import { CALLER_CONTEXT_HEADER, REQUEST_ID_HEADER, type CallerContextSigner } from "@gongxiang/kit";
import type { GatewayContext } from "../context.js";

/** Fetches from one subgraph, carrying the signed caller context and the request id. */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signer: CallerContextSigner,
  ) {
    // Node's own fetch (undici, keep-alive) instead of the default make-fetch-happen, whose
    // per-request agent and header handling showed at the top of the gateway's profile.
    super({ url, fetcher: fetch as unknown as Fetcher });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers || !("caller" in context) || !context.caller) return;
    headers.set(CALLER_CONTEXT_HEADER, await this.signer.sign(context.caller));
    headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
