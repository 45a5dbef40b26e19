import type { Caller } from "../auth/caller.js";
import type { FieldDecision } from "./field-view.js";
import {
  decideItem,
  releasesValue,
  type ConfirmedCasePurpose,
  type FieldSpec,
  type Relations,
} from "./item-decision.js";
import type { SharingSnapshot } from "./sharing-rules.js";

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;
export type Decisions = Readonly<Record<string, FieldDecision>>;

/** A base's record type as the rules see it: a name (for memoising) and its personal fields. */
export interface FieldSet {
  name: string;
  fields: FieldSpecs;
}

/** Decisions for every field of a record, each by the one decision sequence (decideItem). */
export function decideFields(
  rules: SharingSnapshot | null,
  caller: Caller,
  casePurpose: ConfirmedCasePurpose | null,
  relations: Relations,
  set: FieldSet,
): Decisions {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(set.fields).map(([field, spec]) => [
        field,
        decideItem(rules, caller, casePurpose, relations, spec),
      ]),
    ),
  );
}

/**
 * Whether the caller may learn that the subject exists at all: only when some field would be
 * released. Otherwise an existing and a missing subject must look the same (no oracle).
 */
export function disclosesExistence(decisions: Decisions): boolean {
  return Object.values(decisions).some(releasesValue);
}
