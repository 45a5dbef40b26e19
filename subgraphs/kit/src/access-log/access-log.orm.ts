import { createOrm, type Orm } from "../orm/orm.js";
import { AccessLogEntity } from "./access-log.entity.js";
import { Migration20261122040000_access_log } from "./access-log.migration.js";

/** The access log's own database: every base writes to it, the catalog migrates and reads it. */
export function createAccessLogOrm(url: string, options: { poolMax?: number } = {}): Promise<Orm> {
  return createOrm({
    clientUrl: url,
    entities: [AccessLogEntity],
    migrations: [
      { name: "Migration20261122040000_access_log", class: Migration20261122040000_access_log },
    ],
    poolMax: options.poolMax ?? 4,
  });
}
