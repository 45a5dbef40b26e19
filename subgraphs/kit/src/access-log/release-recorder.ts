import type { Caller } from "../auth/caller.js";
import type { FieldDecision } from "../access/field-view.js";
import type { AccessLogRecord } from "./access-log.writer.js";

/** What one request released (or refused) per person; written to the access log before replying. */
export class ReleaseRecorder {
  private readonly subjects = new Map<string, Record<string, string>>();

  constructor(
    private readonly base: string,
    private readonly caller: Caller,
    private readonly requestId: string,
  ) {}

  /** Notes one data item of one person: the level released or the refusal's code. */
  note(subject: string, item: string, decision: FieldDecision): void {
    let items = this.subjects.get(subject);
    if (!items) {
      items = {};
      this.subjects.set(subject, items);
    }
    const outcome =
      decision.level === "DENIED" ? String(decision.error.extensions.code) : decision.level;
    // A released level wins over a refusal noted for the same item in the same request.
    if (!(item in items) || decision.level !== "DENIED") items[item] = outcome;
  }

  get size(): number {
    return this.subjects.size;
  }

  records(): AccessLogRecord[] {
    return [...this.subjects].map(([subject, items]) => ({
      requestId: this.requestId,
      caller: this.caller,
      subject,
      base: this.base,
      items,
    }));
  }
}
