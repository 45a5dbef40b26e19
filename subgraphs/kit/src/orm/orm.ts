import {
  MikroORM,
  ReflectMetadataProvider,
  type EntityManager,
  type Options,
} from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import type { Constructor, MigrationObject } from "@mikro-orm/core";

/** Counts SQL statements sent by one ORM: tests and benchmarks read it to prove batching. */
export class StatementCounter {
  count = 0;
}

export interface OrmSettings {
  clientUrl: string;
  entities: Constructor<object>[];
  migrations: MigrationObject[];
  poolMax?: number;
  /** Where the ORM's own messages (e.g. the migrator's) go; silent when absent. */
  log?: (message: string) => void;
}

export interface Orm {
  orm: MikroORM;
  statements: StatementCounter;
  /** A fresh, request-scoped EntityManager. */
  fork(): EntityManager;
  close(): Promise<void>;
}

/** The one typed place that builds a service's ORM: explicit entities, migrations, no schema sync. */
export async function createOrm(settings: OrmSettings): Promise<Orm> {
  const options: Options = {
    clientUrl: settings.clientUrl,
    entities: settings.entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: settings.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    ensureDatabase: false,
    allowGlobalContext: false,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    debug: false,
    logger: settings.log ?? (() => {}),
    colors: false,
  };
  const orm = await MikroORM.init(options);
  const statements = new StatementCounter();
  orm.em.getKnex().client.on("query", () => {
    statements.count += 1;
  });
  return {
    orm,
    statements,
    fork: () => orm.em.fork({ clear: true, useContext: false }),
    close: () => orm.close(true),
  };
}

/** Any constant will do: advisory locks are per database, and one lock serializes every migrator. */
const MIGRATION_LOCK = 0x67786d69; // "gxmi"

/**
 * Applies pending migrations; run by the start command, never as schema sync. Replicas starting
 * together would otherwise create the same tables at once and one would fail on PostgreSQL's
 * catalog (`pg_type` unique violation): the first holds a transaction-scoped advisory lock while
 * it migrates, the others wait for it and then find nothing pending.
 */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.orm.em.getConnection().transactional(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(?)", [MIGRATION_LOCK]);
    return orm.orm.getMigrator().up({ transaction: trx });
  });
  return applied.map((migration) => migration.name);
}

export type { EntityManager };
