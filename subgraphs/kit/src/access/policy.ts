import { isCitizen, type Caller } from "../auth/caller.js";
import type { Action } from "./actions.js";
import { authorize, authorizeCaller, type ResourceArgs, type Verdict } from "./authorize.js";
import { decideFields, type Decisions, type FieldSet } from "./decide-fields.js";
import { FULL } from "./field-view.js";
import type { ConfirmedCasePurpose, Relations } from "./item-decision.js";
import type { SharingSnapshot } from "./sharing-rules.js";

/** Where the sharing rules in force come from (a base's SharingDirectory). */
export interface RulesSource {
  current(): SharingSnapshot | null;
}

/** The authorization core as a service sees it: field decisions and action verdicts. */
export interface AccessPolicy {
  /** False only for the benchmark's measurement of what decisions and the log cost. */
  readonly enforcing: boolean;
  fields(
    caller: Caller,
    casePurpose: ConfirmedCasePurpose | null,
    relations: Relations,
    set: FieldSet,
  ): Decisions;
  authorizeCaller(caller: Caller, action: Action): Verdict;
  authorize<A extends Action>(caller: Caller, action: A, ...resource: ResourceArgs<A>): Verdict;
}

const relationKey = (r: Relations) =>
  [r.self, r.callerHousehold, r.applicant, r.applicantHousehold, r.keeper, r.issuer]
    .map((v) => (v === undefined ? "u" : v ? "1" : "0"))
    .join("");

/**
 * The rules in force: the catalog's sharing snapshot and the action table. Decisions depend on
 * the snapshot, the department (or citizenhood), the purpose and the relations only, so they
 * are memoised on those: a request pays a map lookup per record, not a rule per field.
 */
export class EnforcingPolicy implements AccessPolicy {
  readonly enforcing = true;
  private memo = new Map<string, Decisions>();
  private version: string | null = null;

  constructor(private readonly sharing: RulesSource) {}

  fields(
    caller: Caller,
    casePurpose: ConfirmedCasePurpose | null,
    relations: Relations,
    set: FieldSet,
  ): Decisions {
    const rules = this.sharing.current();
    const version = rules?.version ?? "none";
    if (version !== this.version || this.memo.size > 10_000) {
      this.memo.clear();
      this.version = version;
    }
    const purpose = caller.purpose?.startsWith("case:")
      ? `case>${casePurpose?.itemCode ?? "?"}`
      : (caller.purpose ?? "-");
    const who = isCitizen(caller) ? "citizen" : `dept:${caller.dept}`;
    const key = `${who}|${purpose}|${set.name}|${relationKey(relations)}`;
    let decisions = this.memo.get(key);
    if (!decisions) {
      decisions = decideFields(rules, caller, casePurpose, relations, set);
      this.memo.set(key, decisions);
    }
    return decisions;
  }

  authorizeCaller(caller: Caller, action: Action): Verdict {
    return authorizeCaller(caller, action);
  }

  authorize<A extends Action>(caller: Caller, action: A, ...resource: ResourceArgs<A>): Verdict {
    return authorize(caller, action, ...resource);
  }
}

/**
 * Every field released and every action allowed: injected by the benchmark alone, to measure
 * what decisions and the access log cost. Refused in production (startSubgraph).
 */
export class AllowAllPolicy implements AccessPolicy {
  readonly enforcing = false;
  private readonly sets = new Map<string, Decisions>();

  fields(_caller: Caller, _purpose: unknown, _relations: Relations, set: FieldSet): Decisions {
    let decisions = this.sets.get(set.name);
    if (!decisions) {
      decisions = Object.freeze(Object.fromEntries(Object.keys(set.fields).map((f) => [f, FULL])));
      this.sets.set(set.name, decisions);
    }
    return decisions;
  }

  authorizeCaller(): Verdict {
    return { allowed: true };
  }

  authorize(): Verdict {
    return { allowed: true };
  }
}
