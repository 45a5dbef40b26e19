import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";

/** The header that carries one request's id through every service it reaches. */
export const REQUEST_ID = "x-request-id";

/** Ids we accept from outside: short, no spaces or markup, nothing that could be a log injection. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** What the GraphQL layer learns about a request, read by the HTTP layer when it is answered. */
export interface GraphQLOutcome {
  operationName: string | null;
  /** The response's errors as finally sent (read late: the access-log hook may still add one). */
  errors: () => readonly { extensions?: Record<string, unknown> }[] | undefined;
}

interface RequestScope {
  requestId: string;
  graphql?: GraphQLOutcome;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** The id a request arrived with when it is well formed, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

/** Runs `work` as part of request `requestId`: every call it makes to another service carries it. */
export function inRequestScope<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId }, work);
}

/** The id of the request being served here, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/** Notes what the GraphQL layer made of the request being served (for its metrics). */
export function noteGraphQLOutcome(outcome: GraphQLOutcome): void {
  const store = scope.getStore();
  if (store) store.graphql = outcome;
}

/** What the GraphQL layer noted about the request being served. */
export function graphQLOutcome(): GraphQLOutcome | undefined {
  return scope.getStore()?.graphql;
}

interface UndiciRequest {
  headers: string | (string | string[])[];
  addHeader(name: string, value: string): unknown;
}

let propagating = false;

/**
 * Adds x-request-id to every outgoing fetch (Node's undici announces each request on a
 * diagnostics channel, the same hook OpenTelemetry's undici instrumentation uses): the id of the
 * request being served, or a new one for calls of the service's own (snapshot polls, the
 * notification worker), so the receiving service logs and traces them under one id. A request
 * that already names its id (the gateway's subgraph fetches) keeps it.
 */
export function propagateRequestIds(): void {
  if (propagating) return;
  propagating = true;
  subscribe("undici:request:create", (message) => {
    const { request } = message as { request: UndiciRequest };
    if (hasRequestId(request.headers)) return;
    request.addHeader(REQUEST_ID, currentRequestId() ?? randomUUID());
  });
}

function hasRequestId(headers: UndiciRequest["headers"]): boolean {
  if (typeof headers === "string") return /(^|\r\n)x-request-id:/i.test(headers);
  for (let i = 0; i < headers.length; i += 2) {
    if (String(headers[i]).toLowerCase() === REQUEST_ID) return true;
  }
  return false;
}
