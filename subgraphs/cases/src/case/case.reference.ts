import type { CasesContext } from "../context.js";
import { CaseService } from "./case.service.js";
import type { Case } from "./case.type.js";

/** Other subgraphs refer to a case by id; the caller must be allowed to read it. */
export const caseReference = {
  __resolveReference(reference: { id: string }, ctx: CasesContext): Promise<Case | null> {
    return new CaseService(ctx).byId(reference.id);
  },
};
