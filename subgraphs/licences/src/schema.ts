import { buildFederatedSchema } from "@gongxiang/kit";
import type { GraphQLSchema } from "graphql";
import { LicenceTypeResolver } from "./licence-type/licence-type.resolver.js";
import { LicenceResolver } from "./licence/licence.resolver.js";
import { PersonLicencesResolver } from "./person/person.resolver.js";
import { licencesReferences } from "./references.js";

/** The e-licence subgraph's schema (also what `npm run compose` prints). */
export function buildLicencesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [LicenceResolver, LicenceTypeResolver, PersonLicencesResolver] },
    licencesReferences,
  );
}
