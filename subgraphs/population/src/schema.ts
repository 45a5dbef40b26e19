import { buildFederatedSchema } from "@gongxiang/kit";
import type { GraphQLSchema } from "graphql";
import { HouseholdResolver } from "./household/household.resolver.js";
import { householdReference } from "./household/household.reference.js";
import { PersonResolver } from "./person/person.resolver.js";
import { personReference } from "./person/person.reference.js";

/** The population subgraph's schema (also what `npm run compose` prints). */
export function buildPopulationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [PersonResolver, HouseholdResolver] },
    { ...personReference, ...householdReference },
  );
}
