import type { SubgraphContext } from "@gongxiang/kit";
import { PersonService } from "./person.service.js";
import type { Person } from "./person.type.js";

type PersonReference = { id: string } | { citizenId: string };

/** Resolves Person entities for other subgraphs, batched through the request's loaders. */
export const personReference = {
  Person: {
    __resolveReference(reference: PersonReference, ctx: SubgraphContext): Promise<Person | null> {
      const service = new PersonService(ctx);
      return "citizenId" in reference
        ? service.byKnownCitizenId(reference.citizenId)
        : service.byId(reference.id);
    },
  },
};
