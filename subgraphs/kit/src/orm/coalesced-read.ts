import { AsyncResource } from "node:async_hooks";

interface Asker<Row> {
  keys: readonly string[];
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/** Askers with this many keys run alone, and no statement takes more: big reads gain nothing. */
const MAX_KEYS = 1_000;

/** PostgreSQL's class 22 (data exception): a key the statement's types refuse. */
const isDataException = (error: unknown) =>
  /^22/.test(String((error as { code?: unknown } | null)?.code ?? ""));

/**
 * One keyed read for every request in flight: the keys asked for within one turn of the event
 * loop go to PostgreSQL as one statement, and each asker gets only its own keys' rows. Under
 * load a person lookup was one statement per request, and each statement's socket write and
 * wake-up of a backend cost the subgraph more than the rest of the lookup. A shared statement
 * refused for its data (a malformed key) runs again for each asker alone, so one asker's keys
 * never fail another's; any other failure (the pool, the server) fails them all at once rather
 * than multiplying statements. Statements run outside every asker's request context (a shared
 * one belongs to none of them; a re-run, rare, is not worth a context kept for every asker). Rows may go to several askers, so they are frozen (alone too, so
 * that code which would change one fails in every test, not only under load).
 */
export class CoalescedRead<Row> {
  private waiting: Asker<Row>[] = [];
  private readonly scope = new AsyncResource("CoalescedRead");

  constructor(
    private readonly run: (keys: string[]) => Promise<Row[]>,
    private readonly keyOf: (row: Row) => string,
  ) {}

  rows(keys: readonly string[]): Promise<Row[]> {
    if (keys.length >= MAX_KEYS) {
      return this.run([...new Set(keys)]).then((rows) => this.mine(keys, rows));
    }
    return new Promise((resolve, reject) => {
      // After the poll phase: every request whose bytes arrived in this turn has asked by then.
      if (this.waiting.length === 0) {
        setImmediate(() => this.scope.runInAsyncScope(() => this.flush()));
      }
      this.waiting.push({ keys, resolve, reject });
    });
  }

  private flush(): void {
    let group: Asker<Row>[] = [];
    let size = 0;
    for (const asker of this.waiting.splice(0)) {
      if (size + asker.keys.length > MAX_KEYS) {
        void this.answer(group);
        group = [];
        size = 0;
      }
      group.push(asker);
      size += asker.keys.length;
    }
    void this.answer(group);
  }

  private async answer(askers: Asker<Row>[]): Promise<void> {
    if (askers.length === 1) return this.alone(askers[0]!);
    try {
      const byKey = this.byKey(await this.run([...new Set(askers.flatMap((a) => a.keys))]));
      for (const asker of askers) asker.resolve(pick(asker.keys, byKey));
    } catch (error) {
      if (!isDataException(error)) {
        for (const asker of askers) asker.reject(error);
        return;
      }
      for (const asker of askers) void this.alone(asker);
    }
  }

  private async alone(asker: Asker<Row>): Promise<void> {
    try {
      asker.resolve(this.mine(asker.keys, await this.run([...new Set(asker.keys)])));
    } catch (error) {
      asker.reject(error);
    }
  }

  /** Alone or shared, an asker gets the same: its keys' rows, each key once, frozen. */
  private mine(keys: readonly string[], rows: Row[]): Row[] {
    return pick(keys, this.byKey(rows));
  }

  private byKey(rows: Row[]): Map<string, Row[]> {
    const byKey = new Map<string, Row[]>();
    for (const row of rows) {
      Object.freeze(row);
      const key = this.keyOf(row);
      const same = byKey.get(key);
      if (same) same.push(row);
      else byKey.set(key, [row]);
    }
    return byKey;
  }
}

function pick<Row>(keys: readonly string[], byKey: Map<string, Row[]>): Row[] {
  return [...new Set(keys)].flatMap((key) => byKey.get(key) ?? []);
}
