import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { buildCasesSchema } from "@gongxiang/cases";
import { buildCatalogSchema } from "@gongxiang/catalog";
import { buildLicencesSchema } from "@gongxiang/licences";
import { buildPopulationSchema } from "@gongxiang/population";
import { parse, type GraphQLSchema } from "graphql";

interface SubgraphSource {
  name: string;
  url: string;
  build: () => Promise<GraphQLSchema>;
}

/** Every subgraph of the hub, with its default URL (overridable in the gateway's config). */
export const subgraphSources: SubgraphSource[] = [
  { name: "population", url: "http://localhost:4001/graphql", build: buildPopulationSchema },
  { name: "licences", url: "http://localhost:4002/graphql", build: buildLicencesSchema },
  { name: "catalog", url: "http://localhost:4003/graphql", build: buildCatalogSchema },
  { name: "cases", url: "http://localhost:4004/graphql", build: buildCasesSchema },
];

export interface ComposedSchemas {
  subgraphs: Record<string, string>;
  supergraph: string;
}

/** Prints each subgraph's SDL and composes the supergraph from them. */
export async function composeSchemas(): Promise<ComposedSchemas> {
  const subgraphs: Record<string, string> = {};
  for (const source of subgraphSources) {
    subgraphs[source.name] = printSubgraphSchema(await source.build());
  }
  const result = composeServices(
    subgraphSources.map((source) => ({
      name: source.name,
      url: source.url,
      typeDefs: parse(subgraphs[source.name]!),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join("\n")}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl };
}
