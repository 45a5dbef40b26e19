import type { LicencesContext } from "./context.js";
import { LicenceService } from "./licence/licence.service.js";
import type { Licence } from "./licence/licence.type.js";
import type { Person } from "./person/person.type.js";

/** Entity resolution for the gateway: a Person needs no lookup here; a Licence is batched. */
export const licencesReferences = {
  Person: {
    __resolveReference(reference: { citizenId: string }): Person {
      return { citizenId: reference.citizenId };
    },
  },
  Licence: {
    __resolveReference(
      reference: { identifier: string },
      ctx: LicencesContext,
    ): Promise<Licence | null> {
      return new LicenceService(ctx).byIdentifier(reference.identifier);
    },
  },
};
