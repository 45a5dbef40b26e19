import { Directive, Field, Int, ObjectType } from "type-graphql";
import { BadUserInputError } from "../errors/errors.js";

/** Relay page information; shareable because every subgraph with connections defines it. */
@ObjectType("PageInfo", { description: "Where this page sits in the whole list (Relay)." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when this page is not the first." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of this page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page." })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageRequest<K> {
  /** How many to return (1..max). */
  limit: number;
  /** The sort key after which the page starts, decoded from `after`. */
  after: K | null;
}

const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

/** Opaque cursors: base64url JSON of the row's sort key, validated on the way back in. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * Reads first/after into a keyset request; `parseKey` validates a decoded cursor so a forged
 * one is BAD_USER_INPUT, never a database error.
 */
export function pageRequest<K>(
  first: number | null | undefined,
  after: string | null | undefined,
  parseKey: (value: unknown) => K | null,
): PageRequest<K> {
  const limit = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`, "first");
  }
  if (after === null || after === undefined) return { limit, after: null };
  let decoded: unknown;
  try {
    if (after.length > 500) throw new Error("long");
    decoded = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    throw new BadUserInputError("after is not a cursor from this list", "after");
  }
  const key = parseKey(decoded);
  if (key === null) throw new BadUserInputError("after is not a cursor from this list", "after");
  return { limit, after: key };
}

/** A page from rows fetched with limit + 1 (the extra row tells whether more follow). */
export function toPage<T>(
  rows: T[],
  request: PageRequest<unknown>,
  keyOf: (row: T) => unknown,
  totalCount: number,
): Page<T> {
  const hasNextPage = rows.length > request.limit;
  const edges = rows
    .slice(0, request.limit)
    .map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A Relay connection type for a node type: `class XConnection extends Connection("X", X) {}`
 * with `@ObjectType("XConnection")` on the subclass.
 */
export function Connection<T extends object>(name: string, node: new () => T) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor: pass as `after` to continue here." })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: "This page's items, in order." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items the whole list holds." })
    totalCount!: number;
  }
  return ConnectionClass;
}
