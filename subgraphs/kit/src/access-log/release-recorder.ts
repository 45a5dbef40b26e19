import type { Caller } from "../auth/caller.js";
import type { FieldDecision } from "../access/field-view.js";
import type { ConfirmedCasePurpose } from "../access/item-decision.js";
import type { AccessLogRecord } from "./access-log.writer.js";

/** Outcomes ranked: a release outranks a yes/no answer, which outranks a refusal. */
const RANK: Record<string, number> = { FULL: 3, MASKED: 2, VERIFY: 1 };

/** What one request released (or refused) per person; written to the access log before replying. */
export class ReleaseRecorder {
  private readonly subjects = new Map<string, Record<string, string>>();

  constructor(
    private readonly base: string,
    private readonly caller: Caller,
    private readonly requestId: string,
    /** The case a `case:<id>` purpose stands for, as the cases base confirmed it. */
    private readonly casePurpose: ConfirmedCasePurpose | null = null,
  ) {}

  /** Notes one read of a data item of one person: the level released or the refusal's code. */
  note(subject: string, item: string, decision: FieldDecision): void {
    this.record(
      subject,
      item,
      decision.level === "DENIED" || decision.level === "VERIFY"
        ? String(decision.error.extensions.code)
        : decision.level,
    );
  }

  /** Notes a yes/no answer about a data item of one person (VERIFY level: no value left). */
  noteVerified(subject: string, item: string): void {
    this.record(subject, item, "VERIFY");
  }

  private record(subject: string, item: string, outcome: string): void {
    let items = this.subjects.get(subject);
    if (!items) {
      items = {};
      this.subjects.set(subject, items);
    }
    const before = items[item];
    if (before === undefined || (RANK[outcome] ?? 0) > (RANK[before] ?? 0)) items[item] = outcome;
  }

  get size(): number {
    return this.subjects.size;
  }

  records(): AccessLogRecord[] {
    const purpose = this.caller.purpose;
    const itemCode = purpose?.startsWith("item:")
      ? purpose.slice(5)
      : (this.casePurpose?.itemCode ?? null);
    return [...this.subjects].map(([subject, items]) => ({
      requestId: this.requestId,
      caller: this.caller,
      subject,
      base: this.base,
      items,
      caseNumber: this.casePurpose?.number ?? null,
      itemCode,
    }));
  }
}
