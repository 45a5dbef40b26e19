import { PageInfo } from "@gongxiang/kit";
import { Field, ObjectType } from "type-graphql";

/**
 * A Relay connection without a total: the access log's lists are read page by page with keyset
 * cursors, and counting a province's log would be a full scan on every page.
 */
export function KeysetConnection<T extends object>(name: string, node: new () => T) {
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
  }
  return ConnectionClass;
}
