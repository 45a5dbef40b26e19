import { Connection } from "@gongxiang/kit";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType("CatalogChange", {
  description: "One recorded change to the catalog: who, when, what.",
})
export class CatalogChange {
  @Field(() => String, { description: "When (ISO 8601)." })
  at!: string;

  @Field(() => String, { description: "Who: the acting official's subject." })
  actorSub!: string;

  @Field(() => String, { nullable: true, description: "The acting official's department." })
  actorDept!: string | null;

  @Field(() => String, {
    description:
      "CREATED, EDITED, PUBLISHED, WITHDRAWN, CLASSIFIED; REQUESTED, APPROVED, REJECTED, REVOKED (grants); FLAGGED (an item a revoked grant breaks).",
  })
  action!: string;

  @Field(() => String, { description: "What changed: item:<code>@<version> or data:<item>." })
  subject!: string;

  @Field(() => GraphQLJSONObject, { description: "Details (reason, changed classification...)." })
  detail!: Record<string, unknown>;
}

@ObjectType("CatalogChangeConnection", { description: "A page of catalog changes, oldest first." })
export class CatalogChangeConnection extends Connection("CatalogChange", CatalogChange) {}
