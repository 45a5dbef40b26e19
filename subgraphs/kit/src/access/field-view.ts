import type { HubError } from "../errors/errors.js";

/**
 * What a caller may see of one field, decided once per request and subject, not per field call.
 * VERIFY answers yes/no questions about the item; reading its value is refused with the error.
 */
export type FieldDecision =
  | { level: "FULL" }
  | { level: "MASKED"; mask: (value: unknown) => unknown }
  | { level: "VERIFY"; error: HubError }
  | { level: "DENIED"; error: HubError };

export const FULL: FieldDecision = { level: "FULL" };

/** Told about every decided field the query actually reads (for the access log). */
export type FieldReadNote = (field: string, decision: FieldDecision) => void;

const RECORD = Symbol("record");
const NOTE = Symbol("note");
type ViewInternals = { [RECORD]: Record<string, unknown>; [NOTE]?: FieldReadNote };

// One prototype per decision set: decision sets are memoised per snapshot, department and
// purpose, so a request builds views by Object.create, not by defining getters per object.
const prototypes = new WeakMap<object, object>();

function prototypeFor(decisions: Readonly<Record<string, FieldDecision>>): object {
  let proto = prototypes.get(decisions);
  if (proto) return proto;
  proto = {};
  for (const [field, decision] of Object.entries(decisions)) {
    Object.defineProperty(proto, field, {
      enumerable: true,
      get(this: ViewInternals) {
        this[NOTE]?.(field, decision);
        const value = this[RECORD][field];
        if (decision.level === "DENIED" || decision.level === "VERIFY") return decision.error;
        if (decision.level === "MASKED")
          return value === null || value === undefined ? value : decision.mask(value);
        return value;
      },
    });
  }
  prototypes.set(decisions, proto);
  return proto;
}

/**
 * A view of a record in which each decided field is full, masked or replaced by its error, and
 * each read of a decided field is noted. GraphQL's default resolver reads only the selected
 * fields and turns an Error value into `null` plus that error at the field's path, so the rest
 * of the query is answered, the log names exactly what was read, and no per-field resolver runs.
 */
export function fieldView<T extends object>(
  record: T,
  decisions: Readonly<Record<string, FieldDecision>>,
  note?: FieldReadNote,
): T {
  const view = Object.create(prototypeFor(decisions)) as Record<string | symbol, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!(key in decisions)) view[key] = value;
  }
  view[RECORD] = record;
  if (note) view[NOTE] = note;
  return view as T;
}

/** Throws the decision's error when a resolver-backed field's value may not be read. */
export function assertReadable(decision: FieldDecision | undefined): void {
  if (decision?.level === "DENIED" || decision?.level === "VERIFY") throw decision.error;
}
