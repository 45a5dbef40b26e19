import type { GraphQLResponse } from "./test-hub.js";

/**
 * A GraphQL POST with a body of the test's own making (a persisted-document id in place of
 * the text, say) and the headers a browser would add (Origin).
 */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  body: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...parsed };
}

/** The manifest's id (hex SHA-256) and document for an operation of the web app. */
export function manifestEntry(
  manifest: Record<string, string>,
  operation: string,
): { id: string; document: string } {
  const found = Object.entries(manifest).find(([, document]) =>
    ["query", "mutation"].some(
      (kind) =>
        document.includes(`${kind} ${operation}(`) || document.includes(`${kind} ${operation} {`),
    ),
  );
  if (!found) throw new Error(`no ${operation} in the manifest`);
  return { id: found[0].replace(/^sha256:/, ""), document: found[1] };
}
