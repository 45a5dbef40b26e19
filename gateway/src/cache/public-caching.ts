import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { isPublic, isPublishedAction, queryActions } from "@gongxiang/kit/contracts";
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GatewayContext } from "../context.js";

/** The root fields an operation asks for, through its fragments. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return rootFields(selection.selectionSet, fragments, seen);
    }
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * HTTP caching of what is published. An answer to a caller without a token, to a query whose
 * every root field performs a published action (the same for all such callers), with no
 * error, is cacheable by anyone for `maxAgeSeconds`, tagged with a hash of its body (a client
 * repeating the tag gets 304). Every other answer may hold personal data: no-store.
 */
export function publicCaching(
  supergraph: DocumentNode,
  maxAgeSeconds: number,
): ApolloServerPlugin<GatewayContext> {
  const actions = queryActions(supergraph);
  const publishedOnly = (operation: OperationDefinitionNode, document: DocumentNode) => {
    if (operation.operation !== "query") return false;
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const fields = rootFields(operation.selectionSet, fragments).filter((f) => f !== "__typename");
    return fields.length > 0 && fields.every((f) => isPublishedAction(actions.get(f) ?? ""));
  };

  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ contextValue, operation, document, response }) => {
          const headers = response.http.headers;
          headers.set("vary", "authorization");
          const body = response.body.kind === "single" ? response.body.singleResult : null;
          const cacheable =
            body !== null &&
            body.errors === undefined &&
            (response.http.status ?? 200) === 200 &&
            contextValue.caller !== undefined &&
            isPublic(contextValue.caller) &&
            operation !== undefined &&
            document !== undefined &&
            publishedOnly(operation, document);
          if (!cacheable) {
            headers.set("cache-control", "no-store");
            return Promise.resolve();
          }
          const digest = createHash("sha256").update(JSON.stringify(body)).digest("base64url");
          headers.set("etag", `"${digest.slice(0, 32)}"`);
          headers.set("cache-control", `public, max-age=${maxAgeSeconds}`);
          return Promise.resolve();
        },
      }),
  };
}
