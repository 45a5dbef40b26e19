import type { SubgraphContext } from "@gongxiang/kit";
import { HouseholdService } from "./household.service.js";
import type { Household } from "./household.type.js";

export const householdReference = {
  Household: {
    __resolveReference(
      reference: { number: string },
      ctx: SubgraphContext,
    ): Promise<Household | null> {
      return new HouseholdService(ctx).byNumber(reference.number);
    },
  },
};
