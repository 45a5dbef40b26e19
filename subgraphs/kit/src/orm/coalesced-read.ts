interface Asker<Row> {
  keys: readonly string[];
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/** Askers with this many keys run alone, and no statement takes more: big reads gain nothing. */
const MAX_KEYS = 1_000;

/**
 * One keyed read for every request in flight: the keys asked for within one turn of the event
 * loop go to PostgreSQL as one statement, and each asker gets only its own keys' rows. Under
 * load a person lookup was one statement per request, and each statement's socket write and
 * wake-up of a backend cost the subgraph more than the rest of the lookup. When a shared
 * statement fails, each asker's keys run again on their own, so one asker's keys never fail
 * another's. Rows may go to several askers, so they are frozen (alone too, so that code which
 * would change one fails in every test, not only under load).
 */
export class CoalescedRead<Row> {
  private waiting: Asker<Row>[] = [];

  constructor(
    private readonly run: (keys: string[]) => Promise<Row[]>,
    private readonly keyOf: (row: Row) => string,
  ) {}

  rows(keys: readonly string[]): Promise<Row[]> {
    if (keys.length >= MAX_KEYS) return this.run([...keys]).then(frozen);
    return new Promise((resolve, reject) => {
      // After the poll phase: every request whose bytes arrived in this turn has asked by then.
      if (this.waiting.length === 0) setImmediate(() => this.flush());
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
    if (askers.length === 1) return this.alone(askers[0]);
    let rows: Row[];
    try {
      rows = await this.run([...new Set(askers.flatMap((asker) => asker.keys))]);
    } catch {
      for (const asker of askers) void this.alone(asker);
      return;
    }
    const byKey = new Map<string, Row[]>();
    for (const row of frozen(rows)) {
      const key = this.keyOf(row);
      const same = byKey.get(key);
      if (same) same.push(row);
      else byKey.set(key, [row]);
    }
    for (const asker of askers) asker.resolve(asker.keys.flatMap((key) => byKey.get(key) ?? []));
  }

  private async alone(asker: Asker<Row>): Promise<void> {
    try {
      asker.resolve(frozen(await this.run([...asker.keys])));
    } catch (error) {
      asker.reject(error);
    }
  }
}

function frozen<Row>(rows: Row[]): Row[] {
  for (const row of rows) Object.freeze(row);
  return rows;
}
