import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import {
  BadUserInputError,
  CALLER_CONTEXT_HEADER,
  ErrorCode,
  HubError,
  REQUEST_ID_HEADER,
  type CallerContextSigner,
} from "@gongxiang/kit/contracts";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../context.js";

/** Fetches from one subgraph, carrying the signed caller context and the request id. */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly signer: CallerContextSigner,
    fetcher: Fetcher,
  ) {
    super({
      url,
      // A connection failure names the base, never its internal address.
      fetcher: (to, init) =>
        fetcher(to, init).catch((error: unknown) => {
          throw new GraphQLError(`the ${name} base did not answer`, {
            extensions: { code: "SUBGRAPH_FAILED" },
            // For the gateway's log (ECONNREFUSED, a reset, a timeout); production masks it.
            originalError: error instanceof Error ? error : undefined,
          });
        }),
    });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers || !("caller" in context) || !context.caller) return;
    // Signed for this subgraph alone: captured on its way, it opens no other.
    headers.set(CALLER_CONTEXT_HEADER, await this.signer.sign(context.caller, this.name));
    headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /**
   * A subgraph's non-2xx answer, as the caller may see it: a typed code and words, never the
   * subgraph's internal address (the default puts the URL and body into the error).
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status === 413) {
      return new BadUserInputError(`the request is larger than the ${this.name} base accepts`);
    }
    const body: unknown = await response.json().catch(() => null);
    return (
      typedRefusal(body) ??
      new GraphQLError(`the ${this.name} base answered ${response.status}`, {
        extensions: { code: "SUBGRAPH_FAILED" },
      })
    );
  }
}

/** The subgraph's own typed refusal in an error answer, if it gave one. */
function typedRefusal(body: unknown): HubError | null {
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] })
    ?.errors?.[0];
  const code = Object.values(ErrorCode).find((known) => known === first?.extensions?.code);
  return code && typeof first?.message === "string" ? new HubError(code, first.message) : null;
}
