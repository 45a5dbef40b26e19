import { createOrm, type Orm } from "../orm/orm.js";
import { AccessLogKeyEntity } from "./access-log-key.entity.js";
import { Migration20261122040000_access_log } from "./access-log.migration.js";
import { Migration20261124000000_access_log_partitions } from "./access-log.partitions.migration.js";

/** The access log's own database: every base writes to it, the catalog migrates and reads it. */
export function createAccessLogOrm(url: string, options: { poolMax?: number } = {}): Promise<Orm> {
  return createOrm({
    clientUrl: url,
    entities: [AccessLogKeyEntity],
    migrations: [
      { name: "Migration20261122040000_access_log", class: Migration20261122040000_access_log },
      {
        name: "Migration20261124000000_access_log_partitions",
        class: Migration20261124000000_access_log_partitions,
      },
    ],
    poolMax: options.poolMax ?? 4,
  });
}
