import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, visit, type DocumentNode } from "graphql";
import type { GatewayContext } from "../context.js";

/** A refusal of the request as a whole: HTTP 400 with a typed code (GraphQL over HTTP). */
export function badRequest(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** True when any text in a value (however deep) holds a NUL, which PostgreSQL text refuses. */
function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsNul);
  return false;
}

/** Documents whose literals were checked (Apollo hands the same parsed document back). */
const clean = new WeakSet<DocumentNode>();
function literalsHoldNul(document: DocumentNode): boolean {
  if (clean.has(document)) return false;
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes("\u0000")) found = true;
    },
  });
  if (!found) clean.add(document);
  return found;
}

/**
 * Request-level checks the schema cannot express, each a 400 with a typed code rather than an
 * internal error later: the operation to run must be named when a document holds several (or
 * exist when named), and no text argument may hold a NUL character.
 */
export const requestChecks: ApolloServerPlugin<GatewayContext> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ operation, request, document }) => {
        if (!operation) {
          throw badRequest(
            "OPERATION_RESOLUTION_FAILURE",
            request.operationName
              ? "the document has no operation of that name"
              : "the document holds several operations: name the one to run (operationName)",
          );
        }
        if (holdsNul(request.variables) || literalsHoldNul(document)) {
          throw badRequest("BAD_USER_INPUT", "text arguments may not contain NUL characters");
        }
        return Promise.resolve();
      },
    }),
};
