import { createOrm, type Orm } from "@gongxiang/kit";
import { HouseholdEntity } from "./household/household.entity.js";
import { migrations } from "./migrations/index.js";
import { PersonEntity } from "./person/person.entity.js";

export const populationEntities = [PersonEntity, HouseholdEntity];

export function createPopulationOrm(
  databaseUrl: string,
  options: { poolMax?: number; log?: (message: string) => void } = {},
): Promise<Orm> {
  return createOrm({
    clientUrl: databaseUrl,
    entities: populationEntities,
    migrations,
    ...options,
  });
}
