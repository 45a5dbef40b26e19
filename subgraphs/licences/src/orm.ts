import { createOrm, type Orm } from "@gongxiang/kit";
import { LicenceEntity } from "./licence/licence.entity.js";
import { migrations } from "./migrations/index.js";
import { SealKeyEntity } from "./seal/seal-key.entity.js";

export function createLicencesOrm(
  databaseUrl: string,
  options: { poolMax?: number; log?: (message: string) => void } = {},
): Promise<Orm> {
  return createOrm({
    clientUrl: databaseUrl,
    entities: [LicenceEntity, SealKeyEntity],
    migrations,
    ...options,
  });
}
