import { CoalescedRead } from "./coalesced-read.js";
import type { Orm } from "./orm.js";
import { withPgClient } from "./pg-client.js";

/**
 * A read-only lookup on a hot path, as a named statement: PostgreSQL parses and plans it once
 * per connection, and the rows come back as plain objects, without the ORM's query building,
 * hydration or identity map (in a profile of the person lookup those were a third of the
 * subgraph's CPU). The SQL names its columns with the Row's keys (`citizen_id as "citizenId"`)
 * and casts dates to text; the pool's connections answer timestamps as text too (MikroORM's
 * type parsers), so a statement that returns one gives a `map` that makes the Date.
 */
export interface PreparedRead<Row, Params extends unknown[]> {
  readonly name: string;
  readonly text: string;
  readonly map: ((raw: Record<string, unknown>) => Row) | null;
  /** Only for the type: which parameters the statement has. */
  readonly _params?: Params;
}

const names = new Set<string>();

/** Declares a statement once, at module load; a name used twice is a programming error. */
export function preparedRead<Row, Params extends unknown[]>(
  name: string,
  text: string,
  map: ((raw: Record<string, unknown>) => Row) | null = null,
): PreparedRead<Row, Params> {
  if (names.has(name)) throw new Error(`prepared statement ${name} is declared twice`);
  names.add(name);
  return { name, text, map };
}

/**
 * A write on a hot path (several rows' changes in one statement, each answering with what it
 * wrote), declared and run like a read: parsed once per connection, no query building.
 */
export function preparedWrite<Row, Params extends unknown[]>(
  name: string,
  text: string,
): PreparedRead<Row, Params> {
  return preparedRead<Row, Params>(name, text);
}

/** A read by a list of keys (its one parameter), whose rows each name the key they answer. */
export interface KeyedRead<Row> extends PreparedRead<Row, [string[]]> {
  readonly keyOf: (row: Row) => string;
}

/** Declares a keyed read; `keyOf` must give back the key exactly as asked (e.g. a lowercase UUID). */
export function keyedRead<Row>(
  name: string,
  text: string,
  keyOf: (row: Row) => string,
  map: ((raw: Record<string, unknown>) => Row) | null = null,
): KeyedRead<Row> {
  return { ...preparedRead<Row, [string[]]>(name, text, map), keyOf };
}

/** Runs prepared reads on one service's pool, counted with its other statements. */
export class PreparedReads {
  /** Each keyed statement's coalescer: the row type of a value is its key's. */
  private readonly coalesced = new Map<object, CoalescedRead<unknown>>();

  constructor(private readonly orm: Orm) {}

  /**
   * The rows of these keys, read in one statement with the keys other requests ask for in the
   * same turn of the event loop (see CoalescedRead). The rows are frozen.
   */
  byKeys<Row>(statement: KeyedRead<Row>, keys: readonly string[]): Promise<Row[]> {
    let read = this.coalesced.get(statement) as CoalescedRead<Row> | undefined;
    if (!read) {
      read = new CoalescedRead<Row>((all) => this.all(statement, [all]), statement.keyOf);
      this.coalesced.set(statement, read as CoalescedRead<unknown>);
    }
    return read.rows(keys);
  }

  /** Runs a prepared write (one statement, so atomic without a transaction) and gives its rows. */
  write<Row, Params extends unknown[]>(
    statement: PreparedRead<Row, Params>,
    params: Params,
  ): Promise<Row[]> {
    return this.all(statement, params);
  }

  async all<Row, Params extends unknown[]>(
    statement: PreparedRead<Row, Params>,
    params: Params,
  ): Promise<Row[]> {
    this.orm.statements.count += 1;
    const { name, text, map } = statement;
    const { rows } = await withPgClient(this.orm, (client) =>
      client.query({ name, text, values: params }),
    );
    return map ? rows.map(map) : (rows as Row[]);
  }
}
