import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode, HubError } from "./errors.js";

/** Codes whose message is meant for the caller: ours and GraphQL's own request errors. */
const callerFacingCodes = new Set<string>([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Builds Apollo's formatError: expected failures and GraphQL's own request errors keep their
 * message, never a stack (they are answers, not faults); anything else is an internal fault,
 * logged and, in production, masked.
 */
export function errorFormatter(opts: {
  production: boolean;
  onInternal: (error: unknown) => void;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof HubError || (typeof code === "string" && callerFacingCodes.has(code))) {
      return withoutStack(formatted);
    }
    opts.onInternal(original);
    if (!opts.production) return formatted;
    return {
      message: "internal error",
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _stack, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
