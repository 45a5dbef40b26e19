import type { HubError } from "../errors/errors.js";

/** What a caller may see of one field, decided once per request and subject, not per field call. */
export type FieldDecision =
  | { level: "FULL" }
  | { level: "MASKED"; mask: (value: unknown) => unknown }
  | { level: "DENIED"; error: HubError };

export const FULL: FieldDecision = { level: "FULL" };

/**
 * A shallow view of a record in which each decided field is full, masked or replaced by its
 * error. GraphQL's default resolver turns an Error value into `null` plus that error at the
 * field's path, so the rest of the query is answered and no per-field resolver is needed.
 */
export function fieldView<T extends object>(
  record: T,
  decisions: Readonly<Record<string, FieldDecision>>,
): T {
  const view = { ...record } as Record<string, unknown>;
  for (const [field, decision] of Object.entries(decisions)) {
    if (decision.level === "MASKED") {
      const value = view[field];
      view[field] = value === null || value === undefined ? value : decision.mask(value);
    } else if (decision.level === "DENIED") {
      view[field] = decision.error;
    }
  }
  return view as T;
}

/** Throws the decision's error when a resolver-backed field is denied. */
export function assertReadable(decision: FieldDecision | undefined): void {
  if (decision?.level === "DENIED") throw decision.error;
}
