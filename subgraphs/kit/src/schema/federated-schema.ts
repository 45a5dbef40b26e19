import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import gql from "graphql-tag";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { ACTION_DIRECTIVE, ACTION_SPEC } from "./action-directive.js";
import { enforceActions } from "./required-actions.js";

const FEDERATION_LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@composeDirective"])
  ${ACTION_SPEC}`;

type SubgraphModule = Extract<
  Parameters<typeof buildSubgraphSchema>[0] extends (infer M)[] ? M : never,
  { typeDefs: unknown }
>;
type ResolverMap = NonNullable<SubgraphModule["resolvers"]>;

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never, info: never) => unknown }
>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: entity keys sit on the
 * types (@Directive("@key ...")), reference resolvers come from each module's <type>.reference.ts,
 * and every root field performs the action it declares (@Requires), or the build fails.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    const existing = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = { ...existing, ...reference } as ResolverMap[string];
  }
  return enforceActions(
    buildSubgraphSchema([
      {
        typeDefs: gql`
          ${FEDERATION_LINK}
          ${ACTION_DIRECTIVE}
          ${printSchemaWithDirectives(schema)}
        `,
        resolvers,
      },
    ]),
  );
}
